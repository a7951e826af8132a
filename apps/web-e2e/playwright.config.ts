import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/support/chromium';

/**
 * Journeys of PRODUCT.md in Debian's Chromium against the built app. The global setup starts the API
 * (serving the built web app) on a free port with the demo data and exports its URL as E2E_BASE_URL.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../.test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../.test-results/e2e.json' }]],
  globalSetup: './src/support/global-setup.ts',
  globalTeardown: './src/support/global-teardown.ts',
  use: {
    launchOptions: chromiumLaunchOptions(),
    permissions: ['camera', 'microphone'],
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: '**/phone.e2e.ts' },
    // The journeys that build, schedule, meet and write, again on a 360-px phone with touch: every person
    // in them (see `newPerson`) is on that phone and taps (see `press`). phone.e2e.ts sets its own phone.
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } },
      testMatch: [
        '**/networks.e2e.ts',
        '**/sessions.e2e.ts',
        '**/live.e2e.ts',
        '**/notes.e2e.ts',
        '**/phone.e2e.ts',
      ],
    },
  ],
});
