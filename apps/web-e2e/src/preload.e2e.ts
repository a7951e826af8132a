import { DEMO_PASSWORD, expect, test } from './support/fixtures';

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

test("a session's page takes its preloaded session and network (one round trip, not two)", async ({
  page,
  context,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('member@demo.praxis.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My networks' })).toBeVisible();
  const { items: networks } = (await (await page.request.get('/api/networks')).json()) as {
    items: { id: string; slug: string }[];
  };
  const network = networks.find((candidate) => candidate.slug === 'mcln')!;
  const { items: sessions } = (await (
    await page.request.get(`/api/networks/${network.id}/sessions?when=past`)
  ).json()) as { items: { id: string; title: string }[] };
  const session = sessions[0]!;

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const fetched: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.pathname.startsWith('/api/')) fetched.push(url.pathname);
  });
  await page.goto(`/sessions/${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  await expect(page.locator(`link[rel="preload"][href="/api/networks/${network.id}"]`)).toHaveCount(
    1,
  );
  expect(fetched.filter((url) => url === `/api/sessions/${session.id}`)).toHaveLength(1);
  expect(fetched.filter((url) => url === `/api/networks/${network.id}`)).toHaveLength(1);
});
