import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEMO_PASSWORD, expect, press, test } from './support/fixtures';

const NETWORK = 'Multi-Country Learning Network for Quality Improvement';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await press(page.getByRole('button', { name: 'Sign in' }));
  await press(page.getByRole('link', { name: NETWORK }));
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
}

async function openSessions(page: Page): Promise<void> {
  await press(
    page.getByRole('navigation', { name: /^Sections of/ }).getByRole('link', { name: 'Sessions' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
}

/** "4:00 – 5:00 PM" as Intl's formatRange writes it in English (any kind of space around the dash). */
function timeRange(start: DateTime, end: DateTime): RegExp {
  const from =
    start.toFormat('a') === end.toFormat('a') ? start.toFormat('h:mm') : start.toFormat('h:mm a');
  const pattern = `${from}\\s*–\\s*${end.toFormat('h:mm')}\\s${end.toFormat('a')}`.replaceAll(
    ' ',
    '\\s',
  );
  return new RegExp(pattern);
}

test.describe('scheduling a session (journey 2)', () => {
  test('a convener schedules a session and fits its agenda; a member sees it in their own time zone', async ({
    page,
    newPerson,
  }) => {
    // A month ahead, 09:00 in New York: the convener's own zone, offered by default.
    const date = DateTime.now()
      .setZone('America/New_York')
      .plus({ days: 30 })
      .toFormat('yyyy-MM-dd');
    const start = DateTime.fromISO(`${date}T09:00`, { zone: 'America/New_York' });
    const title = `Dashboards for stock-outs ${Date.now()}`;

    await signIn(page, 'convener@demo.praxis.test');
    await openSessions(page);
    await press(page.getByRole('link', { name: 'Schedule a session' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule a session' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await page.getByRole('combobox', { name: 'Topics' }).fill('Supply chain');
    await page.getByRole('combobox', { name: 'Topics' }).press('Enter');
    await expect(page.getByRole('list', { name: 'Chosen topics' })).toContainText('Supply chain');
    await expect(
      page.getByRole('combobox', { name: 'Time zone of the date and time' }),
    ).toHaveValue('America/New_York');
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByLabel('Start time').fill('09:00');
    await page.getByRole('spinbutton', { name: 'Duration in minutes' }).fill('60');

    // While editing: the start in each delegation's local time.
    const namibiaRow = page
      .getByRole('region', { name: 'Local time for each delegation' })
      .getByRole('row', { name: /Namibia/ });
    const windhoek = start.setZone('Africa/Windhoek').setLocale('en');
    await expect(namibiaRow).toContainText(
      new RegExp(`${windhoek.toFormat('h:mm')}\\s${windhoek.toFormat('a')}`),
    );
    await expect(namibiaRow).toContainText('Africa / Windhoek');

    await press(page.getByRole('button', { name: 'Schedule session' }));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/^Session scheduled\./)).toBeVisible();
    const sessionUrl = page.url();

    // The agenda: three items whose minutes exceed the hour, then fixed.
    await press(page.getByRole('link', { name: 'Edit agenda' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Edit agenda' })).toBeVisible();
    const items = [
      { title: 'Welcome', kind: 'presentation', minutes: '20' },
      { title: 'Namibia: stock-out dashboards', kind: 'walkthrough', minutes: '30' },
      { title: 'Discussion', kind: 'discussion', minutes: '25' },
    ];
    for (const [index, item] of items.entries()) {
      const number = index + 1;
      await press(page.getByRole('button', { name: 'Add item' }));
      const itemTitle = page.getByRole('textbox', { name: `Title of item ${number}` });
      await expect(itemTitle).toBeFocused();
      await itemTitle.fill(item.title);
      await page.getByRole('combobox', { name: `Kind of item ${number}` }).selectOption(item.kind);
      await page.getByRole('spinbutton', { name: `Minutes of item ${number}` }).fill(item.minutes);
    }
    const second = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: 'Title of item 2' }) });
    await press(second.getByText('Choose presenters of item 2 (0 chosen)'));
    await second.getByRole('checkbox', { name: /^Namibia — / }).check();

    await expect(page.getByText(/Over by 15 minutes/)).toBeVisible();
    await expect(page.getByText(/Over by 15 minutes/)).toContainText('(75 of 60 minutes planned)');
    await page.getByRole('spinbutton', { name: 'Minutes of item 3' }).fill('10');
    await expect(page.getByText('Fits: 60 of 60 minutes')).toBeVisible();

    // Discussion before the walkthrough, by keyboard.
    await page.getByRole('button', { name: 'Move up: Discussion' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move up: Discussion' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Title of item 2' })).toHaveValue('Discussion');

    await press(page.getByRole('button', { name: 'Save agenda' }));
    await expect(page.getByText('Agenda saved.')).toBeVisible();

    await press(page.getByRole('link', { name: 'Back to the session' }));
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await expect(agenda.getByRole('heading', { level: 3 })).toHaveText([
      /^Welcome/,
      /^Discussion/,
      /^Namibia: stock-out dashboards/,
    ]);
    await expect(agenda).toContainText('Fits: 60 of 60 minutes');

    // A member, in another browser, in Windhoek.
    const member = await (await newPerson()).newPage();
    await signIn(member, 'member@demo.praxis.test');
    await openSessions(member);
    await press(member.getByRole('link', { name: title }));
    expect(member.url()).toBe(sessionUrl);

    const when = member.getByRole('region', { name: 'When' });
    const end = windhoek.plus({ minutes: 60 });
    // "Wednesday, December 23, 2026, 4:00 – 5:00 PM": the member's date and hours, not New York's.
    await expect(when.locator('time').first()).toContainText(
      windhoek.toFormat('cccc, LLLL d, yyyy'),
    );
    await expect(when.locator('time').first()).toContainText(timeRange(windhoek, end));
    await expect(when).toContainText('Your time zone: Africa / Windhoek (GMT+2)');

    // The session's own zone is one click away.
    await press(when.getByText("Show in the session's time zone (America / New York)"));
    const newYork = start.setLocale('en');
    await expect(when.locator('details time')).toContainText(
      timeRange(newYork, newYork.plus({ minutes: 60 })),
    );

    await expect(member.getByRole('region', { name: 'Agenda' })).toContainText(
      'Namibia: stock-out dashboards',
    );
    await expect(member.getByRole('button', { name: 'Cancel session' })).toHaveCount(0);
    await expect(member.getByRole('link', { name: 'Edit agenda' })).toHaveCount(0);
  });
});
