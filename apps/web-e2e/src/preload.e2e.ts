import type { BrowserContext, Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/**
 * Every API request the page sends from now on (path and query), with the browser's cache off: a preloaded
 * answer the app takes shows up once, one it ignores shows up twice.
 */
async function apiRequests(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const fetched: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.pathname.startsWith('/api/')) fetched.push(`${url.pathname}${url.search}`);
  });
  return fetched;
}

const times = (fetched: string[], url: string) => fetched.filter((each) => each === url).length;

test('a page takes the API answers the server told the browser to preload (no second request)', async ({
  page,
  context,
}) => {
  const fetched = await apiRequests(context, page);
  await page.goto('/archive');
  await expect(page.locator('main a[href^="/proceedings/"]').first()).toBeVisible();
  await expect(page.locator('link[rel="preload"][href="/api/proceedings"]')).toHaveCount(1);
  expect(times(fetched, '/api/auth/me')).toBe(1);
  expect(times(fetched, '/api/proceedings')).toBe(1);
});

test("a session's page takes its preloaded session and network (one round trip, not two)", async ({
  page,
  context,
}) => {
  await signIn(page, 'member@demo.praxis.test');
  const { items: networks } = (await (await page.request.get('/api/networks')).json()) as {
    items: { id: string; slug: string }[];
  };
  const network = networks.find((candidate) => candidate.slug === 'mcln')!;
  const { items: sessions } = (await (
    await page.request.get(`/api/networks/${network.id}/sessions?when=past`)
  ).json()) as { items: { id: string; title: string }[] };
  const session = sessions[0]!;

  const fetched = await apiRequests(context, page);
  await page.goto(`/sessions/${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  await expect(page.locator(`link[rel="preload"][href="/api/networks/${network.id}"]`)).toHaveCount(
    1,
  );
  expect(times(fetched, `/api/sessions/${session.id}`)).toBe(1);
  expect(times(fetched, `/api/networks/${network.id}`)).toBe(1);
});
