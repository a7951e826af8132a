import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './support/fixtures';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

/** Serious and critical axe violations of the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the main pages pass axe on a ${name} (${viewport.width}×${viewport.height})`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    const context = await browser.newContext({ baseURL, viewport, hasTouch: name === 'phone' });
    const page = await context.newPage();
    const checked: Record<string, string[]> = {};
    const check = async (label: string, heading: RegExp | string) => {
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      checked[label] = await violations(page);
      await testInfo.attach(`${name}-${label}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    };

    await page.goto('/archive');
    await check('archive (signed out)', /archive/i);
    const archive = (await (await page.request.get('/api/proceedings')).json()) as {
      items: { id: string }[];
    };
    await page.goto(`/proceedings/${archive.items[0]!.id}`);
    await check('public proceedings', /Preparação/);

    await page.goto('/login');
    await check('sign in', /sign in/i);
    await page.getByLabel('Email').fill('member@demo.praxis.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await check('my networks', 'My networks');

    const networks = (await (await page.request.get('/api/networks')).json()) as {
      items: { id: string; slug: string }[];
    };
    const mcln = networks.items.find((n) => n.slug === 'mcln')!;
    await page.goto(`/networks/${mcln.id}/sessions`);
    await check('sessions', /sessions/i);
    const sessions = (await (
      await page.request.get(`/api/networks/${mcln.id}/sessions?when=past`)
    ).json()) as {
      items: { id: string; title: string }[];
    };
    const past = sessions.items[0]!;
    await page.goto(`/sessions/${past.id}`);
    await check('session (with notes)', past.title);
    await expect(page.getByRole('textbox', { name: 'Session notes' })).toBeVisible();
    checked['session (with notes)'] = await violations(page);

    await page.goto(`/archive?networkId=${mcln.id}`);
    await check('archive (member)', /archive/i);
    await page.goto(`/networks/${mcln.id}/members`);
    await check('members', /members/i);

    // The convener's pages, and the live room (without video: none runs here) with its panels.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await page.goto('/login');
    await page.getByLabel('Email').fill('convener@demo.praxis.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in may lead back to the page one came from: wait for the person, not a page.
    await expect(page.getByRole('banner')).toContainText('Claire Mbeki');
    for (const [section, heading] of [
      ['delegations', /delegations/i],
      ['invitations', /invitations/i],
      ['settings', /settings/i],
      ['sessions/new', /new session|schedule/i],
    ] as const) {
      await page.goto(`/networks/${mcln.id}/${section}`);
      await check(`convener: ${section}`, heading);
    }
    const created = await page.request.post(`/api/networks/${mcln.id}/sessions`, {
      data: {
        title: `Axe clinic ${Date.now()}`,
        topics: ['Quality improvement'],
        startsAt: new Date().toISOString(),
        timeZone: 'Africa/Kigali',
        durationMinutes: 60,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const live = (await created.json()) as { id: string; title: string };
    await page.request.put(`/api/sessions/${live.id}/agenda`, {
      data: { items: [{ title: 'Pharmacy walkthrough', kind: 'walkthrough', minutes: 30 }] },
    });
    await page.goto(`/sessions/${live.id}/agenda`);
    await check('convener: agenda editor', /agenda/i);
    await page.goto(`/sessions/${live.id}/live`);
    await expect(page.getByRole('heading', { name: 'Before you join' })).toBeVisible();
    await check('live: before joining', live.title);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(page.getByText(/Video is unavailable right now/)).toBeVisible();
    await check('live: room', live.title);

    expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((label) => [label, []])));
    await context.close();
  });
}
