import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

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

/** Signs a demo person in through the sign-in page and waits for their networks. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await press(page.getByRole('button', { name: 'Sign in' }));
  await expect(page.getByRole('heading', { level: 1, name: 'My networks' })).toBeVisible();
}

/** A new page in `context` with a demo person signed in. */
export async function signedInPage(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

export { expect };
