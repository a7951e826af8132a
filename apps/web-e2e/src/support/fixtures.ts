import { test as base, expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'praxis-demo';

/** Every journey runs against the server the global setup started. */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start the API.');
    await use(url);
  },
});

export { expect };
