import { expect, test } from './support/fixtures';

test('a page takes the API answers the server told the browser to preload (no second request)', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const fetched: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.pathname.startsWith('/api/')) fetched.push(`${url.pathname}${url.search}`);
  });

  await page.goto('/archive');
  await expect(page.locator('main a[href^="/proceedings/"]').first()).toBeVisible();
  await expect(page.locator('link[rel="preload"][href="/api/proceedings"]')).toHaveCount(1);
  expect(fetched.filter((url) => url === '/api/auth/me')).toHaveLength(1);
  expect(fetched.filter((url) => url === '/api/proceedings')).toHaveLength(1);
});
