import { randomUUID } from 'node:crypto';
import { NOTES_CLOSE } from '@praxis/contracts';
import { notesPlainText, yDocToNotes } from '@praxis/notes-schema';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { NotesStore } from '../src/notes/notes-store.service';
import { onServer } from './support/database-server';
import { notesClient, type NotesClient, notesText, until } from './support/notes-client';
import { startTestApp, testDatabaseUrl, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

function typeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').push([paragraph]);
}

describe('collaborative notes (Hocuspocus on /collab)', () => {
  let t: TestApp;
  let w: World;
  let baseUrl: string;
  const clients: NotesClient[] = [];
  const open = (caller: keyof World['cookies'], sessionId = w.session.id, options = {}) => {
    const client = notesClient(baseUrl, sessionId, w.cookies[caller], options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const address = t.app.getHttpServer().address() as { port: number };
    baseUrl = `http://127.0.0.1:${address.port}`;
    await t.http
      .put(`/api/sessions/${w.session.id}/agenda`)
      .set('Cookie', w.cookies.convener!)
      .send({
        items: [
          {
            title: 'Pharmacy walkthrough',
            kind: 'walkthrough',
            minutes: 30,
            presenterIds: [],
            presenterDelegationIds: [w.delegation.id],
            notes: '',
          },
          {
            title: 'Open discussion',
            kind: 'discussion',
            minutes: 20,
            presenterIds: [],
            presenterDelegationIds: [],
            notes: '',
          },
        ],
      })
      .expect(200);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => t.close());

  it('opens with a section per agenda item and a Commitments section', async () => {
    const member = open('member');
    await member.ready;
    await until(member.doc, () => notesText(member.doc).includes('Commitments'));
    const text = notesPlainText(yDocToNotes(member.doc));
    expect(text).toContain('Pharmacy walkthrough');
    expect(text).toContain('Presenters: Namibia — Ministry of Health');
    expect(text).toContain('Open discussion');
    expect(text.indexOf('Open discussion')).toBeLessThan(text.indexOf('Commitments'));
  });

  it('lets two writers converge, and tells them "saved" only once PostgreSQL has the update', async () => {
    const member = open('member');
    const convener = open('convener');
    await Promise.all([member.ready, convener.ready]);
    await Promise.all([member.saved(), convener.saved()]);
    const fromMember = `member-${randomUUID()}`;
    const fromConvener = `convener-${randomUUID()}`;
    typeParagraph(member.doc, fromMember);
    typeParagraph(convener.doc, fromConvener);
    await until(member.doc, () => notesText(member.doc).includes(fromConvener));
    await until(convener.doc, () => notesText(convener.doc).includes(fromMember));
    expect(notesText(member.doc)).toBe(notesText(convener.doc));

    await member.saved();
    // Straight from the database, without waiting for anything still queued:
    const stored = await t.app.get(NotesStore).load(w.session.id);
    const copy = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(copy, update);
    expect(notesText(copy)).toContain(fromMember);
  });

  it('gives observers a read-only connection whose edits go nowhere', async () => {
    const observer = open('observer');
    const member = open('member');
    expect(await observer.ready).toEqual({ readOnly: true });
    expect(await member.ready).toEqual({ readOnly: false });
    await Promise.all([observer.saved(), member.saved()]);
    const forbidden = `observer-${randomUUID()}`;
    typeParagraph(observer.doc, forbidden);
    const marker = `member-${randomUUID()}`;
    typeParagraph(member.doc, marker);
    await until(observer.doc, () => notesText(observer.doc).includes(marker));
    await member.saved();
    expect(notesText(member.doc)).not.toContain(forbidden);
    const stored = await t.app.get(NotesStore).document(w.session.id);
    expect(notesText(stored)).not.toContain(forbidden);
    expect(observer.provider.hasUnsyncedChanges).toBe(true);
  });

  it('keeps out people outside the network, signed-out callers and other sites', async () => {
    await expect(open('outsider').ready).rejects.toThrow(/refused|closed/);
    await expect(open('anonymous').ready).rejects.toThrow(/refused|closed/);
    await expect(open('removed').ready).rejects.toThrow(/refused|closed/);
    await expect(open('member', randomUUID()).ready).rejects.toThrow(/refused|closed/);
    await expect(
      open('member', w.session.id, { origin: 'https://evil.example' }).ready,
    ).rejects.toThrow('closed');
  });

  it('keeps them out of notes that are already open, and lets observers in read-only', async () => {
    const member = open('member');
    expect(await member.ready).toEqual({ readOnly: false });
    await expect(open('outsider').ready).rejects.toThrow(/refused|closed/);
    await expect(open('removed').ready).rejects.toThrow(/refused|closed/);
    expect(await open('observer').ready).toEqual({ readOnly: true });
  });

  it('stamps cursor names from the identity, whatever a client claims', async () => {
    const member = open('member');
    const convener = open('convener');
    await Promise.all([member.ready, convener.ready]);
    member.provider.setAwarenessField('user', { name: 'The Minister', color: '#000000' });
    await new Promise<void>((resolve) => {
      const check = () => {
        const states = [...convener.provider.awareness!.getStates().values()];
        if (states.some((state) => state.user?.name === w.users.member.displayName)) resolve();
        else setTimeout(check, 50);
      };
      check();
    });
    const names = [...convener.provider.awareness!.getStates().values()].map((s) => s.user?.name);
    expect(names).not.toContain('The Minister');
  });

  it('closes a connection that sends an oversized message, with a reason', async () => {
    const member = open('member');
    await member.ready;
    // The socket carries every document of the tab: the server closes this document's connection.
    const closed = new Promise<string>((resolve) =>
      member.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    typeParagraph(member.doc, 'x'.repeat(600 * 1024));
    expect(await closed).toBe(NOTES_CLOSE.tooLarge.reason);
  });

  it('adds the sections of new agenda items to notes that are open, leaving what was written', async () => {
    const member = open('member');
    await member.ready;
    await until(member.doc, () => notesText(member.doc).includes('Commitments'));
    const before = notesPlainText(yDocToNotes(member.doc));
    const agenda = await t.http
      .get(`/api/sessions/${w.session.id}`)
      .set('Cookie', w.cookies.convener!)
      .expect(200);
    const items = (
      agenda.body as { agenda: { id: string; title: string; kind: string; minutes: number }[] }
    ).agenda;
    await t.http
      .put(`/api/sessions/${w.session.id}/agenda`)
      .set('Cookie', w.cookies.convener!)
      .send({
        items: [
          ...items.map((item) => ({
            id: item.id,
            title: `${item.title} (renamed)`,
            kind: item.kind,
            minutes: item.minutes,
            presenterIds: [],
            presenterDelegationIds: [],
            notes: '',
          })),
          {
            title: 'Country reports',
            kind: 'panel',
            minutes: 15,
            presenterIds: [],
            presenterDelegationIds: [],
            notes: '',
          },
        ],
      })
      .expect(200);
    await until(member.doc, () => notesText(member.doc).includes('Country reports'));
    const after = notesPlainText(yDocToNotes(member.doc));
    expect(after).not.toContain('(renamed)');
    expect(after.indexOf('Country reports')).toBeLessThan(after.lastIndexOf('Commitments'));
    for (const line of before.split('\n')) expect(after).toContain(line);
  });

  it('refuses a WebSocket upgrade from another site before any Yjs message', async () => {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/collab`, {
      headers: { cookie: w.cookies.member!, origin: 'https://evil.example' },
    });
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('closes the document of a client that sends a malformed update, and keeps serving the others', async () => {
    const member = open('member');
    await member.ready;
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/collab`, {
      headers: { cookie: w.cookies.member! },
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const closeReason = new Promise<string>((resolve) =>
      socket.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) === 7) resolve(decoding.readVarString(decoder));
      }),
    );
    const name = Buffer.from(`session:${w.session.id}`);
    // Auth (type 2, token "cookie"), then a sync "update" (0, 2) whose payload is not a Yjs update.
    socket.send(
      Buffer.concat([
        Buffer.from([name.length]),
        name,
        Buffer.from([2, 0, 6]),
        Buffer.from('cookie'),
      ]),
    );
    const garbage = Buffer.from([0xff, 0xfe, 0x01, 0x99, 0x42, 0x00, 0x13]);
    socket.send(
      Buffer.concat([
        Buffer.from([name.length]),
        name,
        Buffer.from([0, 2, garbage.length]),
        garbage,
      ]),
    );
    expect(await closeReason).toBe(NOTES_CLOSE.malformed.reason);
    socket.terminate();
    const marker = `still-${randomUUID()}`;
    const other = open('convener');
    await other.ready;
    typeParagraph(member.doc, marker);
    await until(other.doc, () => notesText(other.doc).includes(marker));
  });

  it('closes the notes of a member removed from the network within seconds', async () => {
    const user = await w.newMember('member');
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(user.id)}`;
    const client = notesClient(baseUrl, w.session.id, cookie);
    clients.push(client);
    expect(await client.ready).toEqual({ readOnly: false });
    const closed = new Promise<string>((resolve) =>
      client.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    const removedAt = Date.now();
    await t.dataSource.query('DELETE FROM memberships WHERE user_id = $1', [user.id]);
    expect(await closed).toBe('permission-denied');
    expect(Date.now() - removedAt).toBeLessThan(5_000);
  });
});

describe('notes on two API instances sharing Redis', () => {
  it('relays an edit made on one instance to an editor on the other, and compacts the notes on shutdown', async () => {
    const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
    const a = await startTestApp({ REDIS_URL: redisUrl });
    const b = await startTestApp({ REDIS_URL: redisUrl });
    const w = await buildWorld(a);
    const urlOf = (t: TestApp) =>
      `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    const onA = notesClient(urlOf(a), w.session.id, w.cookies.member);
    const onB = notesClient(urlOf(b), w.session.id, w.cookies.convener);
    const marker = `across-${randomUUID()}`;
    try {
      await Promise.all([onA.ready, onB.ready]);
      typeParagraph(onA.doc, marker);
      await until(onB.doc, () => notesText(onB.doc).includes(marker));
      await onA.saved();
      expect(notesText(await a.app.get(NotesStore).document(w.session.id))).toContain(marker);
    } finally {
      // The editors are still connected: shutting down closes them, unloads and compacts their notes.
      await a.close();
      await b.close();
      onA.close();
      onB.close();
    }
    const stored = await storedNotes(w.session.id);
    expect(stored.logRows).toBe(0);
    expect(notesText(stored.snapshot)).toContain(marker);
  });
});

/** What PostgreSQL holds for a session's notes, read after every API instance has stopped. */
function storedNotes(sessionId: string): Promise<{ logRows: number; snapshot: Y.Doc }> {
  return onServer(testDatabaseUrl(), async (client) => {
    const log = await client.query<{ rows: number }>(
      'SELECT count(*)::int AS rows FROM notes_updates WHERE session_id = $1',
      [sessionId],
    );
    const snapshot = await client.query<{ state: Buffer }>(
      'SELECT state FROM notes_snapshots WHERE session_id = $1',
      [sessionId],
    );
    const doc = new Y.Doc();
    if (snapshot.rows[0]) Y.applyUpdate(doc, new Uint8Array(snapshot.rows[0].state));
    return { logRows: log.rows[0]!.rows, snapshot: doc };
  });
}
