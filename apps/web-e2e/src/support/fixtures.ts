import { test as base, expect, type BrowserContext, type Locator } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'praxis-demo';

interface Fixtures {
  /**
   * A second (third…) person's browser, with the same device as the project's own page: a journey run by
   * the `phone` project puts everyone on a 360-px touch screen. Closed after the test.
   */
  newPerson: () => Promise<BrowserContext>;
}

/** Every journey runs against the server the global setup started. */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start the API.');
    await use(url);
  },
  newPerson: async (
    { browser, baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        permissions: ['camera', 'microphone'],
      });
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** A tap on a touch screen, a click elsewhere: the phone journeys never rely on a mouse. */
export async function press(
  target: Locator,
  options: { position?: { x: number; y: number } } = {},
): Promise<void> {
  if (test.info().project.use.hasTouch) await target.tap(options);
  else await target.click(options);
}

export { expect };
