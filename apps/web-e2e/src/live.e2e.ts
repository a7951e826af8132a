import type { Page, Response } from '@playwright/test';
import { expect, press, signedInPage, signIn, test } from './support/fixtures';

/** The convener schedules a session starting now in the mcln network, with a three-item agenda. */
async function createSessionNow(page: Page): Promise<{ id: string; title: string }> {
  const networks = await page.request.get('/api/networks');
  expect(networks.ok()).toBe(true);
  const { items } = (await networks.json()) as { items: { id: string; slug: string }[] };
  const network = items.find((candidate) => candidate.slug === 'mcln');
  expect(network).toBeDefined();
  const title = `Live clinic on stock-outs ${Date.now()}`;
  const created = await page.request.post(`/api/networks/${network?.id}/sessions`, {
    data: {
      title,
      description: 'A live test session.',
      topics: ['Supply chain'],
      startsAt: new Date().toISOString(),
      timeZone: 'Africa/Windhoek',
      durationMinutes: 60,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const session = (await created.json()) as { id: string };
  const agenda = await page.request.put(`/api/sessions/${session.id}/agenda`, {
    data: {
      items: [
        { title: 'Welcome and round of countries', kind: 'presentation', minutes: 10 },
        { title: 'Namibia walks through its dashboard', kind: 'walkthrough', minutes: 30 },
        { title: 'Questions and answers', kind: 'qa', minutes: 20 },
      ],
    },
  });
  expect(agenda.ok(), await agenda.text()).toBe(true);
  return { id: session.id, title };
}

async function joinRoom(page: Page, sessionId: string, checkPreview: boolean): Promise<void> {
  // The pre-join check and the sidebars never load LiveKit: it comes with the video stage, after a token.
  const videoCode: Promise<string | null>[] = [];
  const onResponse = (response: Response) => {
    if (!/\.m?[jt]sx?(\?|$)/.test(response.url())) return;
    // An event name of livekit-client that survives minification.
    videoCode.push(
      response.text().then(
        (body) => (body.includes('participantPermissionsChanged') ? response.url() : null),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await page.goto(`/sessions/${sessionId}/live`);
  await expect(page.getByRole('heading', { name: 'Before you join' })).toBeVisible();
  await expect(page.getByText(/Your attendance is recorded for the network/)).toBeVisible();
  if (checkPreview) {
    // The fake camera of the browser plays in the preview.
    const preview = page.getByLabel('Camera preview');
    await expect(preview).toBeVisible();
    await expect
      .poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth))
      .toBeGreaterThan(0);
  }
  await press(page.getByRole('button', { name: 'Join', exact: true }));
  // No LiveKit server in the test environment: the room says so and works without video.
  await expect(
    page.getByText('Video is unavailable right now. The agenda, chat and questions keep working.'),
  ).toBeVisible();
  await expect(
    page
      .getByRole('tablist', { name: 'Live session panels' })
      .or(page.getByRole('region', { name: 'Chat' })),
  ).toBeVisible();
  page.off('response', onResponse);
  expect((await Promise.all(videoCode)).filter(Boolean)).toEqual([]);
}

/**
 * On a phone the room shows one panel at a time behind tabs; on a desktop every panel is in view and the
 * tabs are hidden. Either way, afterwards the panel is on screen.
 */
async function showPanel(page: Page, name: 'Agenda' | 'Chat' | 'Q&A' | 'People'): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  if (await tab.isVisible()) await press(tab);
  await expect(page.getByRole('region', { name })).toBeVisible();
}

async function sendChat(page: Page, text: string): Promise<void> {
  await showPanel(page, 'Chat');
  const chat = page.getByRole('region', { name: 'Chat' });
  await chat.getByRole('textbox', { name: 'Message' }).fill(text);
  await press(chat.getByRole('button', { name: 'Send' }));
  await expect(chat.getByRole('textbox', { name: 'Message' })).toHaveValue('');
}

test.describe('joining live (journey 3)', () => {
  test('a member and a convener meet in the live room without video: chat, Q&A and the agenda', async ({
    page,
    newPerson,
  }) => {
    const convener = await signedInPage(await newPerson(), 'convener@demo.praxis.test');
    const session = await createSessionNow(convener);

    await signIn(page, 'member@demo.praxis.test');
    await joinRoom(page, session.id, true);
    await joinRoom(convener, session.id, false);

    // Both are present.
    await showPanel(page, 'People');
    await expect(page.getByRole('region', { name: 'People' })).toContainText('2 people here');

    // Chat both ways.
    await sendChat(page, 'Hello from the Namibia delegation');
    await showPanel(convener, 'Chat');
    await expect(convener.getByRole('region', { name: 'Chat' })).toContainText(
      'Hello from the Namibia delegation',
    );
    await sendChat(convener, 'Welcome, everyone');
    await expect(page.getByRole('region', { name: 'Chat' })).toContainText('Welcome, everyone');
    await sendChat(page, 'Thank you: our pharmacist is ready');
    await expect(convener.getByRole('region', { name: 'Chat' })).toContainText(
      'Thank you: our pharmacist is ready',
    );

    // The member asks; the convener sees the question and marks it answered.
    const question = 'How do you keep the stock data current in remote districts?';
    await showPanel(page, 'Q&A');
    const memberQa = page.getByRole('region', { name: 'Q&A' });
    await memberQa.getByRole('textbox', { name: 'Your question' }).fill(question);
    await press(memberQa.getByRole('button', { name: 'Ask' }));
    await showPanel(convener, 'Q&A');
    const convenerQa = convener.getByRole('region', { name: 'Q&A' });
    const asked = convenerQa.getByRole('listitem').filter({ hasText: question });
    await expect(asked).toBeVisible();
    await press(asked.getByRole('button', { name: 'Mark answered' }));
    await expect(memberQa.getByRole('listitem').filter({ hasText: question })).toContainText(
      'Answered',
    );

    // Members get no agenda controls; the convener starts and advances the agenda.
    await showPanel(page, 'Agenda');
    const memberAgenda = page.getByRole('region', { name: 'Agenda' });
    await expect(memberAgenda.getByRole('button', { name: 'Start the agenda' })).toHaveCount(0);
    await showPanel(convener, 'Agenda');
    const convenerAgenda = convener.getByRole('region', { name: 'Agenda' });
    await press(convenerAgenda.getByRole('button', { name: 'Start the agenda' }));
    const current = memberAgenda.locator('[aria-current="step"]');
    await expect(current).toContainText('Welcome and round of countries');
    await expect(current).toContainText(/0:0\d elapsed/);
    await press(convenerAgenda.getByRole('button', { name: 'Next item' }));
    await expect(current).toContainText('Namibia walks through its dashboard');

    // Nothing sticks out sideways, whatever the screen: not the convener's controls either.
    for (const person of [page, convener]) {
      const width = person.viewportSize()?.width ?? 0;
      expect(await person.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    }
  });
});
