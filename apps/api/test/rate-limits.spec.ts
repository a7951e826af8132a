import { randomUUID } from 'node:crypto';
import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld } from './support/world';

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

describe('rate limits shared by two API instances through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const outbox = { OUTBOX_DIR: `/tmp/praxis-test-outbox-${process.pid}`, REDIS_URL: redisUrl };
    a = await startTestApp(outbox);
    b = await startTestApp(outbox);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('counts failed sign-ins on either instance against the same account', async () => {
    const user = await a.newUser();
    const attempt = (app: TestApp, password: string) =>
      app.http.post('/api/auth/login').send({ email: user.email, password });
    // Five failures, split between the instances: neither saw five on its own.
    for (const app of [a, b, a, b, a]) await attempt(app, 'wrong-password').expect(401);
    const blocked = await attempt(b, user.password).expect(429);
    expect(blocked.body.code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits invitations to 100 sends per inviter and hour, across instances', async () => {
    const w = await buildWorld(a);
    const invite = (app: TestApp) =>
      app.http
        .post(`/api/networks/${w.network.id}/invitations`)
        .set('Cookie', w.cookies.convener!)
        .send({ email: `invitee-${randomUUID()}@example.org`, role: 'member' });
    for (let sent = 0; sent < 100; sent++) await invite(sent % 2 ? b : a).expect(201);
    const refused = await invite(b).expect(429);
    expect(refused.body.code).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // Another convener is not held back by this one's sends.
    const other = await w.newMember('convener');
    const otherCookie = `praxis_session=${await a.app.get(AuthSessionsService).start(other.id)}`;
    await a.http
      .post(`/api/networks/${w.network.id}/invitations`)
      .set('Cookie', otherCookie)
      .send({ email: `invitee-${randomUUID()}@example.org`, role: 'member' })
      .expect(201);
  });
});
