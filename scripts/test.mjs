// `npm test`: lint, type-check, build, then every test tier. Stops at the first failing step.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { assertNodeVersion } from './node-version.mjs';
import { run } from './run.mjs';
import { chromiumPath } from './chromium.mjs';
import { connect } from 'node:net';
import { URL } from 'node:url';

assertNodeVersion();
const ci = process.env.CI === 'true';
const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const nx = (...args) => ['npx', ['nx', ...args, '--outputStyle=static']];
const jest = (config, name) => [
  'npx',
  ['jest', '-c', config, '--json', `--outputFile=${results}/${name}.json`],
];

// Without a reachable PostgreSQL (outside CI) the integration tier falls back to the embedded PGlite, which
// has one backend: its test files then run one at a time.
const integrationArgs = (await postgresReachable()) || ci ? [] : ['--runInBand'];

const steps = [
  ['Lint', ...nx('run-many', '-t', 'lint')],
  [
    'Lint (workspace scripts)',
    'npx',
    ['eslint', 'scripts', 'eslint.config.mjs', '--max-warnings=0'],
  ],
  ['Type-check', ...nx('run-many', '-t', 'typecheck')],
  ['Build', ...nx('run-many', '-t', 'build', '-p', 'contracts', 'notes-schema', 'api', 'web')],
  ['Bundle budget (production build)', ...jest('apps/web/jest.budget.config.cjs', 'budget')],
  ['Unit tests (contracts, notes schema, API, web)', ...jest('jest.config.cjs', 'unit')],
  [
    'API integration tests (PostgreSQL)',
    'npx',
    [...jest('apps/api/jest.integration.config.cjs', 'integration')[1], ...integrationArgs],
  ],
];

const browser = chromiumPath();
if (browser) {
  steps.push([
    'End-to-end journeys (Chromium)',
    'npx',
    ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts'],
  ]);
} else if (ci) {
  console.error(
    'Chromium is missing, and CI requires the browser tier: `apt-get install chromium` (Debian).',
  );
  process.exit(1);
} else {
  console.warn(
    '\n' +
      '!'.repeat(78) +
      '\n' +
      '!! SKIPPING the end-to-end browser tests: no Chromium found at /usr/bin/chromium (or CHROMIUM_PATH).\n' +
      '!! Install it to run them: `sudo apt-get install chromium` on Debian/Ubuntu.\n' +
      '!'.repeat(78) +
      '\n',
  );
}

for (const [title, command, args] of steps) {
  console.log(`\n=== ${title} ===`);
  const code = await run(command, args);
  if (code !== 0) {
    console.error(`\n${title} failed (exit code ${code}).`);
    summarize();
    process.exit(code);
  }
}
summarize();

/** One closing line over every tier: "Tests: N passed, N failed". */
function summarize() {
  let passed = 0;
  let failed = 0;
  for (const name of ['budget', 'unit', 'integration']) {
    const file = `${results}/${name}.json`;
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const e2e = `${results}/e2e.json`;
  if (existsSync(e2e)) {
    const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
}

function postgresReachable() {
  const url = new URL(process.env.DATABASE_URL || 'postgres://127.0.0.1:5432');
  return new Promise((resolve) => {
    const socket = connect(Number(url.port || 5432), url.hostname);
    socket.setTimeout(2000);
    socket.once('connect', () => resolve(true) || socket.destroy());
    socket.once('timeout', () => resolve(false) || socket.destroy());
    socket.once('error', () => resolve(false));
  });
}
