import { randomUUID } from 'node:crypto';
import type { ArchiveResult, Proceedings } from '@praxis/contracts';
import { Session } from '../src/sessions/entities/session.entity';
import { commitmentItem, paragraph, storeNotes, writeNotes } from './support/notes-content';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

describe('proceedings and the archive', () => {
  let t: TestApp;
  let w: World;
  const word = `pharmacy${randomUUID().slice(0, 6)}`;

  const publish = (sessionId: string, caller: keyof World['cookies'], body: object = {}) => {
    const call = t.http.post(`/api/sessions/${sessionId}/proceedings`).send(body);
    const cookie = w.cookies[caller];
    return cookie ? call.set('Cookie', cookie) : call;
  };
  const get = (path: string, caller: keyof World['cookies']) => {
    const call = t.http.get(path);
    const cookie = w.cookies[caller];
    return cookie ? call.set('Cookie', cookie) : call;
  };
  const search = async (caller: keyof World['cookies'], query: Record<string, string>) =>
    (await get(`/api/proceedings?${new URLSearchParams(query).toString()}`, caller).expect(200))
      .body as ArchiveResult;

  const pastSession = async (
    title: string,
    topics: string[],
    startsAt = new Date(Date.now() - 86_400_000),
  ) =>
    t.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title,
      description: '',
      topics,
      startsAt,
      timeZone: 'Africa/Windhoek',
      durationMinutes: 60,
      status: 'ended' as const,
    });

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('waits for the session to start, and lets only conveners publish', async () => {
    const refused = await publish(w.session.id, 'convener').expect(409);
    expect(refused.body.code).toBe('session_not_started');
    await publish(w.session.id, 'member').expect(403);
    await publish(w.session.id, 'observer').expect(403);
    await publish(w.session.id, 'anonymous').expect(401);
    expect((await publish(w.otherSession.id, 'convener').expect(404)).body.code).toBe('not_found');
    await publish(w.session.id, 'convener', { visibility: 'everyone' }).expect(400);
  });

  it('publishes the agenda as it ran, attendance, notes, questions and commitments as a version', async () => {
    const session = await pastSession('Medicines supply review', ['Supply chain', 'Pharmacy']);
    const started = new Date(Date.now() - 80_000_000);
    await t.dataSource.query(
      `INSERT INTO agenda_items (session_id, position, title, kind, minutes, presenter_delegation_ids, actual_started_at)
       VALUES ($1, 0, 'Pharmacy walkthrough', 'walkthrough', 30, $2, $3)`,
      [session.id, [w.delegation.id], started],
    );
    await t.dataSource.query(
      `INSERT INTO attendance (session_id, user_id, delegation_id, country_code, source, joined_at, left_at)
       VALUES ($1, $2, $3, 'NA', 'room', $4, $4), ($1, $2, $3, 'NA', 'room', $4, NULL), ($1, $5, NULL, NULL, 'room', $4, NULL)`,
      [session.id, w.users.member.id, w.delegation.id, started, w.users.convener.id],
    );
    const [question] = (await t.dataSource.query(
      `INSERT INTO questions (session_id, user_id, text, answered_at) VALUES ($1, $2, 'How often are stock cards checked?', now()) RETURNING id`,
      [session.id, w.users.member.id],
    )) as { id: string }[];
    await t.dataSource.query(
      'INSERT INTO question_votes (question_id, user_id) VALUES ($1, $2), ($1, $3)',
      [question!.id, w.users.member.id, w.users.observer.id],
    );
    await storeNotes(t, session.id, (doc) =>
      writeNotes(doc, [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Pharmacy walkthrough' }],
        },
        paragraph(
          `Stock cards are checked daily; ${word} stockouts fell. Preparação para a supply chain.`,
        ),
        commitmentItem(
          { id: w.delegation.id, label: 'Namibia — MoH' },
          'will pilot stock cards in 3 hospitals',
          '2027-03-31',
        ),
        commitmentItem({ id: w.otherDelegation.id, label: 'Kenya' }, 'is not in this network'),
      ]),
    );

    const first = (await publish(session.id, 'convener').expect(201)).body as Proceedings;
    expect(first).toMatchObject({
      sessionId: session.id,
      networkId: w.network.id,
      version: 1,
      versions: 1,
      visibility: 'members',
      title: 'Medicines supply review',
      topics: ['Supply chain', 'Pharmacy'],
      questions: [{ text: 'How often are stock cards checked?', votes: 2, answered: true }],
    });
    expect(first.agenda).toEqual([
      expect.objectContaining({
        title: 'Pharmacy walkthrough',
        minutes: 30,
        startedAt: started.toISOString(),
        presenters: ['Namibia — Ministry of Health'],
      }),
    ]);
    expect(first.html).toContain(`${word} stockouts`);
    expect(first.commitments).toEqual([
      expect.objectContaining({
        delegationId: w.delegation.id,
        countryCode: 'NA',
        text: 'will pilot stock cards in 3 hospitals',
        dueDate: '2027-03-31',
        status: 'open',
      }),
    ]);
    expect(first.attendance.total).toBe(2);
    expect(first.attendance.groups).toContainEqual(
      expect.objectContaining({
        countryCode: 'NA',
        delegationId: w.delegation.id,
        count: 1,
        names: [w.users.member.displayName],
      }),
    );

    // Members read it; nobody outside the network does, not even by guessing the id.
    await get(`/api/proceedings/${first.id}`, 'observer').expect(200);
    await get(`/api/proceedings/${first.id}`, 'anonymous').expect(404);
    await get(`/api/proceedings/${first.id}`, 'outsider').expect(404);
    await get(`/api/proceedings/not-an-id`, 'member').expect(404);

    // Republishing makes version 2; version 1 stays as it was.
    const second = (await publish(session.id, 'convener', { visibility: 'public' }).expect(201))
      .body as Proceedings;
    expect(second).toMatchObject({ id: first.id, version: 2, versions: 2, visibility: 'public' });
    for (const group of second.attendance.groups) expect(group).not.toHaveProperty('names');
    expect(JSON.stringify(second.attendance)).not.toContain(w.users.member.displayName);
    const anonymous = (await get(`/api/proceedings/${first.id}`, 'anonymous').expect(200))
      .body as Proceedings;
    expect(anonymous.version).toBe(2);
    await get(`/api/proceedings/${first.id}?version=1`, 'anonymous').expect(404);
    const old = (await get(`/api/proceedings/${first.id}?version=1`, 'member').expect(200))
      .body as Proceedings;
    expect(old).toMatchObject({ version: 1, versions: 2, visibility: 'members' });
    await get(`/api/proceedings/${first.id}?version=9`, 'member').expect(404);
    await get(`/api/proceedings/${first.id}?version=zero`, 'member').expect(400);

    const markdown = await get(`/api/proceedings/${first.id}/markdown`, 'anonymous').expect(200);
    expect(markdown.headers['content-type']).toContain('text/markdown');
    expect(markdown.headers['content-disposition']).toContain('medicines-supply-review');
    expect(markdown.text).toContain('# Medicines supply review');
    expect(markdown.text).toContain(
      '- [ ] **NA — Ministry of Health**: will pilot stock cards in 3 hospitals (due 2027-03-31)',
    );

    const listed = await get(`/api/sessions/${session.id}/proceedings`, 'member').expect(200);
    expect(listed.body.items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
  });

  it('makes exactly one new version when the convener publishes twice at once', async () => {
    const session = await pastSession('Double click', []);
    const results = await Promise.all([
      publish(session.id, 'convener'),
      publish(session.id, 'convener'),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('publish_in_progress');
    const listed = await get(`/api/sessions/${session.id}/proceedings`, 'member').expect(200);
    expect(listed.body.items).toHaveLength(1);
  });

  it('publishes a session without notes (the web app asks first)', async () => {
    const session = await pastSession('No notes taken', []);
    const body = (await publish(session.id, 'convener').expect(201)).body as Proceedings;
    expect(body.html).toBe('');
    expect(body.commitments).toEqual([]);
  });

  describe('archive search', () => {
    beforeAll(async () => {
      const a = await pastSession(
        `Supply chain review ${word}`,
        ['Supply chain'],
        new Date('2024-05-10T09:00:00Z'),
      );
      await storeNotes(t, a.id, (doc) =>
        writeNotes(doc, [paragraph('Preparação dos distritos: supply chain for vaccines.')]),
      );
      await publish(a.id, 'convener', { visibility: 'public' }).expect(201);
      const b = await pastSession(
        `Malaria programme ${word}`,
        ['Malaria'],
        new Date('2025-02-01T09:00:00Z'),
      );
      await storeNotes(t, b.id, (doc) =>
        writeNotes(doc, [paragraph('The supply chain of malaria nets.')]),
      );
      await publish(b.id, 'convener', { visibility: 'members' }).expect(201);
    });

    it('finds words without their accents and highlights them', async () => {
      const result = await search('member', { q: 'preparacao', networkId: w.network.id });
      expect(result.items.map((item) => item.title)).toContain(`Supply chain review ${word}`);
      const item = result.items.find((i) => i.title.startsWith('Supply chain review'))!;
      expect(
        item.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase()),
      ).toContain('preparação');
    });

    it('understands web search syntax', async () => {
      const result = await search('member', {
        q: '"supply chain" -malaria',
        networkId: w.network.id,
      });
      const titles = result.items.map((item) => item.title);
      expect(titles).toContain(`Supply chain review ${word}`);
      expect(titles).not.toContain(`Malaria programme ${word}`);
      const both = await search('member', { q: `"supply chain" ${word}`, networkId: w.network.id });
      expect(both.items.length).toBeGreaterThanOrEqual(2);
    });

    it('shows anonymous callers public proceedings only, and members their networks’ too', async () => {
      const anonymous = await search('anonymous', { q: word, networkId: w.network.id });
      expect(anonymous.items.every((item) => item.visibility === 'public')).toBe(true);
      expect(anonymous.items.map((item) => item.title)).not.toContain(`Malaria programme ${word}`);
      const outsider = await search('outsider', { q: word, networkId: w.network.id });
      expect(outsider.items.map((item) => item.title)).not.toContain(`Malaria programme ${word}`);
      const member = await search('member', { q: word, networkId: w.network.id });
      expect(member.items.map((item) => item.title)).toContain(`Malaria programme ${word}`);
    });

    it('counts facets and filters by year, topic and country', async () => {
      const all = await search('member', { q: word, networkId: w.network.id });
      expect(all.facets.years).toEqual(
        expect.arrayContaining([
          { value: '2024', count: 1 },
          { value: '2025', count: 1 },
        ]),
      );
      expect(all.facets.topics).toEqual(expect.arrayContaining([{ value: 'Malaria', count: 1 }]));
      expect(all.facets.networks).toEqual([
        { value: w.network.id, label: w.network.name, count: all.total },
      ]);
      const year = await search('member', { q: word, networkId: w.network.id, year: '2024' });
      expect(year.items.map((item) => item.title)).toEqual([`Supply chain review ${word}`]);
      // The year facet still offers the other years while one is chosen.
      expect(year.facets.years.map((facet) => facet.value)).toEqual(
        expect.arrayContaining(['2024', '2025']),
      );
      const topic = await search('member', { q: word, networkId: w.network.id, topic: 'malaria' });
      expect(topic.items.map((item) => item.title)).toEqual([`Malaria programme ${word}`]);
      expect(
        (await search('member', { q: word, networkId: w.network.id, country: 'zz' })).items,
      ).toEqual([]);
    });

    it('lists newest first without a query, and answers odd input clearly', async () => {
      const newest = await search('member', { networkId: w.network.id });
      const dates = newest.items.map((item) => item.startsAt);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(
        (await search('member', { q: '"((( -', networkId: w.network.id })).items,
      ).toBeInstanceOf(Array);
      expect((await search('member', { q: '!!!', networkId: w.network.id })).total).toBe(
        newest.total,
      );
      for (const bad of [
        'year=abc',
        'page=0',
        'country=ZZZ',
        'networkId=nope',
        `q=${'x'.repeat(300)}`,
      ]) {
        const response = await get(`/api/proceedings?${bad}`, 'member').expect(400);
        expect(response.body.code).toBe('validation_failed');
      }
    });
  });
});
