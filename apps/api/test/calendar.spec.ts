import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { localTime, outsideWakingHours } from '@praxis/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  status: string | null;
  summary: string;
  description: string;
}

/** Reads an .ics body back with a real iCalendar parser (ical.js). */
function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      summary: event.summary,
      description: event.description,
    };
  });
}

describe('calendar feeds', () => {
  let t: TestApp;
  let w: World;
  const as = (caller: 'convener' | 'member' | 'observer' | 'removed') =>
    request.agent(t.app.getHttpServer()).set('Cookie', w.cookies[caller]!);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('exports a session with a stable UID, a growing SEQUENCE, the agenda and cancellation', async () => {
    const created = await as('convener')
      .post(`/api/networks/${w.network.id}/sessions`)
      .send({
        title: 'Consumer advisory boards',
        startsAt: '2030-04-02T09:30:00Z',
        timeZone: 'Africa/Windhoek',
        durationMinutes: 90,
      })
      .expect(201);
    const id = created.body.id as string;
    const file = async () =>
      parse(
        (
          await as('member')
            .get(`/api/sessions/${id}/calendar.ics`)
            .expect(200)
            .expect('Content-Type', /text\/calendar/)
        ).text,
      );

    const [first] = await file();
    expect(first).toMatchObject({
      uid: `${id}@praxis`,
      sequence: 0,
      summary: 'Consumer advisory boards',
    });
    expect(first!.start.toISOString()).toBe('2030-04-02T09:30:00.000Z');
    expect(first!.end.toISOString()).toBe('2030-04-02T11:00:00.000Z');

    await as('convener')
      .put(`/api/sessions/${id}/agenda`)
      .send({ items: [{ title: 'Thailand’s experience', kind: 'presentation', minutes: 30 }] })
      .expect(200);
    await as('convener')
      .patch(`/api/sessions/${id}`)
      .send({ startsAt: '2030-04-03T09:30:00Z' })
      .expect(200);
    const [moved] = await file();
    expect(moved!.uid).toBe(first!.uid);
    expect(moved!.sequence).toBe(2);
    expect(moved!.start.toISOString()).toBe('2030-04-03T09:30:00.000Z');
    expect(moved!.description).toContain('1. Thailand’s experience (30 min)');
    expect(moved!.description).toContain(`/sessions/${id}`);

    await as('convener').patch(`/api/sessions/${id}`).send({ status: 'cancelled' }).expect(200);
    const [cancelled] = await file();
    expect(cancelled!.status).toBe('CANCELLED');
    expect(cancelled!.sequence).toBeGreaterThan(moved!.sequence);
  });

  it('serves the network feed to calendar apps by a personal, revocable token scoped to one network', async () => {
    const { body } = await as('member')
      .post(`/api/networks/${w.network.id}/calendar-feed`)
      .expect(201);
    const url = new URL(body.url as string);
    const token = url.searchParams.get('token')!;
    expect(url.pathname).toBe(`/api/networks/${w.network.id}/calendar.ics`);

    const feed = await t.http.get(`${url.pathname}${url.search}`).expect(200);
    expect(parse(feed.text).map((e) => e.uid)).toContain(`${w.session.id}@praxis`);
    expect(feed.text).not.toContain(w.otherSession.id);
    await t.http.get(`/api/networks/${w.otherNetwork.id}/calendar.ics?token=${token}`).expect(401);
    await t.http
      .get(`/api/networks/${w.network.id}/calendar.ics?token=${'A'.repeat(43)}`)
      .expect(401);
    await t.http.get(`/api/networks/${w.network.id}/calendar.ics`).expect(401);

    const { body: rotated } = await as('member')
      .post(`/api/networks/${w.network.id}/calendar-feed`)
      .expect(201);
    await t.http.get(`${url.pathname}${url.search}`).expect(401);
    const rotatedUrl = new URL(rotated.url as string);
    await t.http.get(`${rotatedUrl.pathname}${rotatedUrl.search}`).expect(200);
    await as('member').delete(`/api/networks/${w.network.id}/calendar-feed`).expect(204);
    await t.http.get(`${rotatedUrl.pathname}${rotatedUrl.search}`).expect(401);
  });

  it('stops a removed member’s feed token at once', async () => {
    const target = await w.newMember();
    const { AuthSessionsService } = jest.requireActual<
      typeof import('../src/auth/auth-sessions.service')
    >('../src/auth/auth-sessions.service');
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(target.id)}`;
    const { body } = await request(t.app.getHttpServer())
      .post(`/api/networks/${w.network.id}/calendar-feed`)
      .set('Cookie', cookie)
      .expect(201);
    const url = new URL(body.url as string);
    await t.http.get(`${url.pathname}${url.search}`).expect(200);
    await as('convener').delete(`/api/networks/${w.network.id}/members/${target.id}`).expect(204);
    await t.http.get(`${url.pathname}${url.search}`).expect(401);
  });
});

describe('time zones across daylight-saving changes', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('keeps a weekly 09:00 Paris series at 09:00 in Paris through March and October, shifting elsewhere', async () => {
    const convener = request.agent(t.app.getHttpServer()).set('Cookie', w.cookies.convener!);
    // The USA changes clocks on 8 March and 1 November 2026, Europe on 29 March and 25 October; Bangkok never.
    const weeks = [
      '2026-03-04',
      '2026-03-11',
      '2026-04-01',
      '2026-10-21',
      '2026-10-28',
      '2026-11-04',
    ];
    const created: { startsAt: string; id: string }[] = [];
    for (const day of weeks) {
      const startsAt = DateTime.fromISO(`${day}T09:00`, { zone: 'Europe/Paris' }).toUTC().toISO()!;
      const { body } = await convener
        .post(`/api/networks/${w.network.id}/sessions`)
        .send({
          title: `QI coaching ${day}`,
          startsAt,
          timeZone: 'Europe/Paris',
          durationMinutes: 60,
        })
        .expect(201);
      created.push(body);
    }
    expect(created.map((s) => s.startsAt.slice(11, 16))).toEqual([
      '08:00',
      '08:00',
      '07:00',
      '07:00',
      '08:00',
      '08:00',
    ]);
    expect(created.map((s) => localTime(s.startsAt, 'Europe/Paris').hour)).toEqual([
      9, 9, 9, 9, 9, 9,
    ]);
    expect(created.map((s) => localTime(s.startsAt, 'America/New_York').hour)).toEqual([
      3, 4, 3, 3, 4, 3,
    ]);
    expect(created.map((s) => localTime(s.startsAt, 'Asia/Bangkok').hour)).toEqual([
      15, 15, 14, 14, 15, 15,
    ]);
    expect(outsideWakingHours(created[0]!.startsAt, 'America/New_York')).toBe(true);

    const feed = await convener.get(`/api/networks/${w.network.id}/calendar.ics`).expect(200);
    const starts = parse(feed.text)
      .filter((e) => e.summary.startsWith('QI coaching'))
      .map((e) => e.start.toISOString().slice(11, 16));
    expect(starts).toEqual(['08:00', '08:00', '07:00', '07:00', '08:00', '08:00']);
  });
});
