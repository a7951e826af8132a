import './yjs-esm-builds';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { openDatabase } from './database/database-handle';
import { DEMO_ACCOUNTS } from './database/demo/demo-accounts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const database = await openDatabase(config.database);
  const app = await createApp(config, database);
  await app.listen(config.server.port, config.server.host);

  const logger = new Logger('Praxis');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  config.server.allowedOrigins.addLocalPort(port);
  if (!config.server.publicUrlFromEnv) config.server.publicUrl = `http://localhost:${port}`;
  logger.log(`Praxis is running at http://localhost:${port}`);
  logger.log(
    database.embedded
      ? `Database: embedded PostgreSQL in ${config.database.dataDir}`
      : 'Database: PostgreSQL from DATABASE_URL',
  );
  if (config.demo.enabled) {
    logger.log(
      `Demo logins (password "${config.demo.password}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing open requests and closing.`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Praxis could not start:', error);
  process.exit(1);
});
