import { devices } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './support/fixtures';

// A 360-px phone with touch: every step is a tap, nothing relies on hover.
test.use({
  ...devices['Pixel 5'],
  viewport: { width: 360, height: 740 },
  hasTouch: true,
  isMobile: true,
});

test('on a phone, a member signs in, finds a session, reads it, and finds proceedings in the archive', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('member@demo.praxis.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'My networks' })).toBeVisible();

  const { items: networks } = (await (await page.request.get('/api/networks')).json()) as {
    items: { id: string; slug: string; name: string }[];
  };
  const network = networks.find((candidate) => candidate.slug === 'mcln')!;
  await page.getByRole('link', { name: network.name }).first().tap();
  await expect(page.getByRole('heading', { level: 1, name: network.name })).toBeVisible();
  await page.goto(`/networks/${network.id}/sessions?when=past`);
  const { items: past } = (await (
    await page.request.get(`/api/networks/${network.id}/sessions?when=past`)
  ).json()) as { items: { id: string; title: string }[] };
  await page.getByRole('link', { name: past[0]!.title }).first().tap();
  await expect(page.getByRole('heading', { level: 1, name: past[0]!.title })).toBeVisible();
  // Nothing sticks out sideways on a 360-px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByRole('link', { name: 'Archive' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  const { items: found } = (await (await page.request.get('/api/proceedings')).json()) as {
    items: { id: string; title: string }[];
  };
  const word = found[0]!.title.split(/\s+/).find((w) => w.length > 5)!;
  await page.getByRole('searchbox').fill(word);
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('link', { name: found[0]!.title }).first().tap();
  await expect(page.getByRole('heading', { level: 1, name: found[0]!.title })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
