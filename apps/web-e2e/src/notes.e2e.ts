import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { expect, press, signedInPage, test } from './support/fixtures';

/** A session of the demo network `mcln`, created through the API by the signed-in convener. */
async function createSession(page: Page, title: string, startsAt: Date): Promise<string> {
  const networks = (await (await page.request.get('/api/networks')).json()) as {
    items: { id: string; slug: string }[];
  };
  const network = networks.items.find((candidate) => candidate.slug === 'mcln')!;
  const created = await page.request.post(`/api/networks/${network.id}/sessions`, {
    data: {
      title,
      topics: ['Supply chain'],
      startsAt: startsAt.toISOString(),
      timeZone: 'Africa/Windhoek',
      durationMinutes: 60,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const agenda = await page.request.put(`/api/sessions/${id}/agenda`, {
    data: { items: [{ title: 'Pharmacy walkthrough', kind: 'walkthrough', minutes: 30 }] },
  });
  expect(agenda.ok(), await agenda.text()).toBe(true);
  return id;
}

/** Puts the caret at the end of a paragraph, however many lines it wraps onto. */
async function caretAtEnd(paragraph: Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('The paragraph is not on screen.');
  await press(paragraph, { position: { x: box.width - 1, y: box.height - 4 } });
  // A click can land before the last character (a collaborator's caret label beside it, a late reflow):
  // End puts the caret at the end of the line the click chose, the paragraph's last.
  await paragraph.page().keyboard.press('End');
}

test('two people write the notes together, the convener publishes, the archive finds them', async ({
  newPerson,
}) => {
  const convener = await signedInPage(await newPerson(), 'convener@demo.praxis.test');
  const member = await signedInPage(await newPerson(), 'member@demo.praxis.test');
  const title = `Notes clinic ${Date.now()}`;
  const sessionId = await createSession(convener, title, new Date(Date.now() - 60_000));
  const word = `stockcards${Date.now().toString(36)}`;

  for (const page of [convener, member]) await page.goto(`/sessions/${sessionId}`);
  const convenerNotes = convener.getByRole('textbox', { name: 'Session notes' });
  const memberNotes = member.getByRole('textbox', { name: 'Session notes' });
  // The server gives fresh notes a section per agenda item.
  await expect(convenerNotes.getByRole('heading', { name: 'Pharmacy walkthrough' })).toBeVisible();
  await expect(memberNotes.getByRole('heading', { name: 'Pharmacy walkthrough' })).toBeVisible();

  await caretAtEnd(convenerNotes.getByRole('heading', { name: 'Pharmacy walkthrough' }));
  await convener.keyboard.press('Enter');
  await convener.keyboard.type(`The convener notes ${word} on every shelf.`);
  await expect(memberNotes).toContainText(`The convener notes ${word} on every shelf.`);
  // The member sees the convener's cursor, with the name the server stamped.
  await expect(
    member.locator('.collaboration-carets__label', { hasText: 'Claire Mbeki' }).first(),
  ).toBeVisible();

  await caretAtEnd(memberNotes.getByText(`The convener notes ${word}`));
  await member.keyboard.type(' Namibia agrees.');
  await expect(convenerNotes).toContainText('Namibia agrees.');
  await expect(convener.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await press(convener.getByRole('button', { name: 'Publish proceedings' }));
  await expect(convener.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    convener.getByText(`The convener notes ${word} on every shelf. Namibia agrees.`),
  ).toBeVisible();

  await member.goto(`/archive?q=${word}`);
  await expect(member.getByRole('link', { name: title })).toBeVisible();
  await expect(member.locator('mark', { hasText: word })).toBeVisible();
});

function xssPayloads(): string[] {
  const folders = [
    join(__dirname, '..', '..', 'api', 'test', 'fixtures', 'xss'),
    join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'xss'),
  ];
  const payloads = new Set<string>();
  for (const folder of folders) {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n'))
        if (line.trim()) payloads.add(line);
    }
  }
  return [...payloads];
}

/** Writes raw Yjs content into a session's notes over /collab, as a hostile client could. */
async function writeRawNotes(
  context: BrowserContext,
  baseURL: string,
  sessionId: string,
  payloads: string[],
): Promise<void> {
  const cookie = (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join('; ');
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseURL.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: CookieWebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `session:${sessionId}`,
    document: doc,
    token: 'cookie',
  });
  provider.attach();
  await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  const elements: Y.XmlElement[] = [];
  for (const payload of payloads) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('onmouseover', payload);
    const text = new Y.XmlText();
    text.insert(0, payload, { link: { href: 'javascript:alert(document.domain)' } });
    paragraph.insert(0, [text]);
    const image = new Y.XmlElement('img');
    image.setAttribute('src', 'x');
    image.setAttribute('onerror', 'alert(1)');
    elements.push(paragraph, image);
  }
  doc.getXmlFragment('default').push(elements);
  await new Promise<void>((resolve) => {
    const check = () => (provider.hasUnsyncedChanges ? undefined : resolve());
    provider.on('unsyncedChanges', check);
    check();
  });
  provider.destroy();
  socket.destroy();
}

test('proceedings carrying the XSS corpus open no dialog in the browser', async ({
  newPerson,
  baseURL,
}) => {
  const convener = await signedInPage(await newPerson(), 'convener@demo.praxis.test');
  const sessionId = await createSession(
    convener,
    `XSS corpus ${Date.now()}`,
    new Date(Date.now() - 3_600_000),
  );
  const payloads = xssPayloads();
  expect(payloads.length).toBeGreaterThan(500);
  await writeRawNotes(convener.context(), baseURL!, sessionId, payloads);
  const published = await convener.request.post(`/api/sessions/${sessionId}/proceedings`, {
    data: { visibility: 'members' },
  });
  expect(published.status(), await published.text()).toBe(201);
  const { id } = (await published.json()) as { id: string };

  const dialogs: string[] = [];
  convener.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await convener.goto(`/proceedings/${id}`);
  await expect(convener.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(convener.getByText(payloads[0]!, { exact: false }).first()).toBeVisible();
  // Hover and click across the rendered notes, where event handlers would fire if any survived.
  const links = convener.locator('article a');
  for (let index = 0; index < Math.min(await links.count(), 25); index += 1) {
    await links.nth(index).hover();
  }
  await convener.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
