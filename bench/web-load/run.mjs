// bench/web-load: how long a person on 3G with a slow phone waits for the archive and a session page.
// Chromium (Debian's) with network emulation (750 kb/s down, 250 kb/s up, 100 ms latency) and 4× CPU
// slowdown, cold cache (a fresh browser context per run); prints the median of five runs per page.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const GOAL_MS = 4000;
const NETWORK = { offline: false, latency: 100, downloadThroughput: (750 * 1000) / 8, uploadThroughput: (250 * 1000) / 8 };
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (!existsSync(MAIN) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
  console.error('Build first: npx nx run-many -t build -p contracts notes-schema api web');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'praxis-web-load-'));
const api = spawn(process.execPath, [MAIN], {
  env: { ...process.env, PORT: '0', DEMO: 'true', LOG_LEVEL: 'info', DATA_DIR: dataDir, DATABASE_URL: '', WEB_DIST: join(ROOT, 'dist/apps/web') },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
api.stdout.on('data', (chunk) => (output += chunk));
api.stderr.on('data', (chunk) => (output += chunk));
const stop = () => {
  api.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

const base = await new Promise((done, fail) => {
  const timer = setInterval(() => {
    const port = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    if (port) {
      clearInterval(timer);
      done(`http://127.0.0.1:${port}`);
    } else if (api.exitCode !== null) fail(new Error(output));
  }, 100);
});

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });

/** One cold load under emulation: ms from navigation start until `ready` (the page's main content) shows. */
async function coldLoad(path, ready, signIn) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 740 } });
  if (signIn) {
    const response = await context.request.post('/api/auth/login', {
      data: { email: 'member@demo.praxis.test', password: 'praxis-demo' },
    });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  const started = Date.now();
  await page.goto(path, { waitUntil: 'commit' });
  await ready(page).waitFor({ state: 'visible', timeout: 60_000 });
  const ms = Date.now() - started;
  await context.close();
  return { ms, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const setup = await browser.newContext({ baseURL: base });
  await setup.request.post('/api/auth/login', { data: { email: 'member@demo.praxis.test', password: 'praxis-demo' } });
  const networks = await (await setup.request.get('/api/networks')).json();
  const mcln = networks.items.find((n) => n.slug === 'mcln');
  const sessions = await (await setup.request.get(`/api/networks/${mcln.id}/sessions?when=past`)).json();
  const session = sessions.items[0];
  await setup.close();

  const pages = [
    { name: 'archive (signed out)', path: '/archive', ready: (p) => p.locator('main a[href^="/proceedings/"]').first(), signIn: false },
    { name: 'session page (member)', path: `/sessions/${session.id}`, ready: (p) => p.getByRole('heading', { level: 1, name: session.title }), signIn: true },
  ];
  console.log(`web-load: ${RUNS} cold runs per page, 3G (750/250 kb/s, 100 ms), 4× CPU slowdown, 360×740\n`);
  for (const target of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await coldLoad(target.path, target.ready, target.signIn));
    const ms = median(runs.map((r) => r.ms));
    const kb = median(runs.map((r) => r.bytes)) / 1024;
    console.log(
      `${target.name.padEnd(24)} median ${(ms / 1000).toFixed(2)} s (runs: ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')}), ` +
        `${kb.toFixed(0)} KB transferred — ${ms <= GOAL_MS ? 'PASS' : 'FAIL'} (goal < ${GOAL_MS / 1000} s)`,
    );
  }
} finally {
  await browser.close();
  stop();
}
