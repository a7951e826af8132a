// `npm start`: builds the API and the web app, then runs the API, which serves the web app at PUBLIC_URL.
import { spawn } from 'node:child_process';
import { assertNodeVersion } from './node-version.mjs';
import { run } from './run.mjs';

assertNodeVersion();
const built = await run('npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'contracts',
  'notes-schema',
  'api',
  'web',
  '--outputStyle=static',
]);
if (built !== 0) process.exit(built);

const api = spawn(
  process.execPath,
  ['--enable-source-maps', '--env-file-if-exists=.env', 'dist/apps/api/main.js'],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
