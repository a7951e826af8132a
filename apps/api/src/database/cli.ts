import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { openDatabase } from './database-handle';
import { dataSourceOptions, runMigrations } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

const USAGE = `Usage: node dist/apps/api/database/cli.js <command>
  migrate          apply pending migrations to the configured database
  check            fail when the entities need a migration that does not exist yet
  generate <Name>  write apps/api/src/database/migrations/<timestamp>-<Name>.ts from the entities
  reset            development only: drop everything, migrate, and seed the demo data`;

async function main([command, name]: string[]): Promise<number> {
  switch (command) {
    case 'migrate':
      return migrate();
    case 'check':
      return check();
    case 'generate':
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
        console.error('generate needs a PascalCase name, e.g. AddSessions.');
        return 2;
      }
      return generate(name);
    case 'reset':
      return reset();
    default:
      console.error(USAGE);
      return 2;
  }
}

async function migrate(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const dataSource = await new DataSource(
    dataSourceOptions(database.url, database.embedded),
  ).initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

/** Applies every committed migration to a throw-away embedded database and diffs it with the entities. */
async function withFreshSchema<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const scratch = await startEmbeddedPostgres(null);
  const dataSource = await new DataSource(dataSourceOptions(scratch.url, true)).initialize();
  try {
    await runMigrations(dataSource);
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
    await scratch.stop();
  }
}

async function check(): Promise<number> {
  const pending = await withFreshSchema(
    async (ds) => (await ds.driver.createSchemaBuilder().log()).upQueries,
  );
  if (pending.length === 0) {
    console.log('Entities and migrations agree.');
    return 0;
  }
  console.error(`The entities need a migration:\n${pending.map((q) => `  ${q.query}`).join('\n')}`);
  return 1;
}

async function generate(name: string): Promise<number> {
  const log = await withFreshSchema((ds) => ds.driver.createSchemaBuilder().log());
  if (log.upQueries.length === 0) {
    console.log('Nothing to generate: entities and migrations agree.');
    return 0;
  }
  const timestamp = Date.now();
  const sql = (queries: { query: string }[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
  const folder = join(__dirname, '../../../../apps/api/src/database/migrations');
  const file = join(folder, `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql([...log.downQueries].reverse())}
  }
}
`,
  );
  writeMigrationIndex(folder);
  console.log(`Wrote ${file} and listed it in migrations/index.ts.`);
  return 0;
}

/** migrations/index.ts lists every migration file, oldest first. */
function writeMigrationIndex(folder: string): void {
  const migrations = readdirSync(folder)
    .map((f) => /^(\d{13})-(\w+)\.ts$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a[1]!.localeCompare(b[1]!))
    .map(([file, timestamp, name]) => ({
      module: `./${file!.slice(0, -3)}`,
      className: `${name}${timestamp}`,
    }));
  writeFileSync(
    join(folder, 'index.ts'),
    `${migrations.map((m) => `import { ${m.className} } from '${m.module}';`).join('\n')}

/** Every committed migration, oldest first (written by \`nx run api:db-generate\`). */
export const MIGRATIONS = [
${migrations.map((m) => `  ${m.className},`).join('\n')}
];
`,
  );
}

async function reset(): Promise<number> {
  const config = loadConfig();
  if (config.isProduction) {
    console.error('reset refuses to run in production.');
    return 2;
  }
  const database = await openDatabase(config.database);
  const dataSource = await new DataSource(
    dataSourceOptions(database.url, database.embedded),
  ).initialize();
  await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await dataSource.destroy();
  const app = await createApp(
    { ...config, demo: { ...config.demo, enabled: true } } as typeof config,
    database,
  );
  await app.close();
  await database.close();
  console.log('The database was reset and seeded with the demo data.');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
