import { expect, signIn, test } from './support/fixtures';

const OFFLINE = /You are offline/;

test('recently opened proceedings and the sessions list stay readable offline, until sign-out', async ({
  page,
  context,
}) => {
  await signIn(page, 'member@demo.praxis.test');
  // The service worker takes over this tab once it is active (clientsClaim).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });

  const { items: networks } = (await (await page.request.get('/api/networks')).json()) as {
    items: { id: string; slug: string; name: string }[];
  };
  const network = networks.find((candidate) => candidate.slug === 'mcln')!;
  const { items: found } = (await (
    await page.request.get(`/api/proceedings?networkId=${network.id}`)
  ).json()) as { items: { id: string; title: string; visibility: string }[] };
  const membersOnly = found.find((item) => item.visibility === 'members');
  expect(membersOnly, 'the demo has members-only proceedings in this network').toBeDefined();
  const { items: sessions } = (await (
    await page.request.get(`/api/networks/${network.id}/sessions`)
  ).json()) as { items: { title: string }[] };
  const upcoming = sessions[0];
  expect(upcoming, 'the demo network has upcoming sessions').toBeDefined();
  const proceedingsUrl = `/proceedings/${membersOnly!.id}`;
  const sessionsUrl = `/networks/${network.id}/sessions`;
  const proceedingsTitle = page.getByRole('heading', { level: 1, name: membersOnly!.title });
  const sessionsTitle = page.getByRole('heading', { level: 1, name: 'Sessions' });

  // Read them once while online.
  await page.goto(proceedingsUrl);
  await expect(proceedingsTitle).toBeVisible();
  await page.goto(sessionsUrl);
  await expect(page.getByText(upcoming!.title).first()).toBeVisible();
  await expect(page.getByText(OFFLINE)).toHaveCount(0);

  await context.setOffline(true);
  await page.goto(proceedingsUrl);
  await expect(proceedingsTitle).toBeVisible();
  await expect(page.getByText(OFFLINE)).toBeVisible();
  await page.goto(sessionsUrl);
  await expect(sessionsTitle).toBeVisible();
  await expect(page.getByText(upcoming!.title).first()).toBeVisible();

  // Signing out forgets this device's copies: the members-only proceedings are gone offline.
  await context.setOffline(false);
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await context.setOffline(true);
  expect((await page.goto(proceedingsUrl))?.status()).toBe(200); // the app shell, from this device
  await expect(page.getByText('The server cannot be reached')).toBeVisible();
  await expect(page.getByText(OFFLINE)).toBeVisible();
  await expect(proceedingsTitle).toHaveCount(0);
  await context.setOffline(false);
});
