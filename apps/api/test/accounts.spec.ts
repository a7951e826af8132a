import request from 'supertest';
import { decodeQuotedPrintable, lastLinkTo, messagesTo, newOutboxDir } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';

describe('accounts', () => {
  let t: TestApp;
  let outbox: string;
  beforeAll(async () => {
    outbox = newOutboxDir();
    t = await startTestApp({ OUTBOX_DIR: outbox });
  });
  afterAll(() => t.close());

  it('updates the profile and validates it', async () => {
    const user = await t.newUser();
    const agent = await t.signIn(user.email, user.password);
    const updated = await agent
      .patch('/api/account')
      .send({ displayName: 'Grace Banda', locale: 'pt', timeZone: 'Africa/Blantyre' })
      .expect(200);
    expect(updated.body).toMatchObject({
      displayName: 'Grace Banda',
      locale: 'pt',
      timeZone: 'Africa/Blantyre',
    });
    const bad = await agent
      .patch('/api/account')
      .send({ locale: 'de', timeZone: 'GMT+2', isAdmin: true })
      .expect(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'isAdmin',
      'locale',
      'timeZone',
    ]);
  });

  it('changing the password ends every other session and keeps the caller signed in', async () => {
    const user = await t.newUser();
    const laptop = await t.signIn(user.email, user.password);
    const phone = await t.signIn(user.email, user.password);
    const wrong = await laptop
      .post('/api/account/password')
      .send({ currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-pass-1' })
      .expect(400);
    expect(wrong.body.fields).toEqual([
      expect.objectContaining({ path: 'currentPassword', code: 'wrong_password' }),
    ]);
    const weak = await laptop
      .post('/api/account/password')
      .send({ currentPassword: user.password, newPassword: 'qwertyuiop' })
      .expect(400);
    expect(weak.body.fields).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'weak_password' }),
    ]);

    await laptop
      .post('/api/account/password')
      .send({ currentPassword: user.password, newPassword: 'a-brand-new-pass-1' })
      .expect(204);
    await laptop.get('/api/auth/me').expect(200);
    await phone.get('/api/auth/me').expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'a-brand-new-pass-1' })
      .expect(200);
  });

  it('resets a forgotten password by a single-use link, ending all sessions', async () => {
    const user = await t.newUser();
    await t.dataSource.query(`UPDATE users SET locale = 'es' WHERE id = $1`, [user.id]);
    const session = await t.signIn(user.email, user.password);
    await t.http
      .post('/api/auth/password-reset')
      .send({ email: user.email.toUpperCase() })
      .expect(202);
    expect(decodeQuotedPrintable(messagesTo(outbox, user.email).at(-1)!)).toMatch(
      /Alguien pidió restablecer la contraseña/,
    );
    const token = lastLinkTo(outbox, user.email, 'reset-password');

    const weak = await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'iloveyou123' })
      .expect(400);
    expect(weak.body.fields[0].code).toBe('weak_password');
    await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'pharmacy-stock-cards' })
      .expect(204);
    await session.get('/api/auth/me').expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'pharmacy-stock-cards' })
      .expect(200);
    const reused = await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'another-long-one-9' })
      .expect(400);
    expect(reused.body.code).toBe('reset_link_invalid');
  });

  it('answers the same for unknown addresses and sends nothing', async () => {
    const email = 'nobody-here@example.org';
    const response = await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
    expect(response.text).toBe('');
    expect(messagesTo(outbox, email)).toEqual([]);
  });

  it('throttles reset requests for one address', async () => {
    const user = await t.newUser();
    for (let i = 0; i < 3; i++)
      await t.http.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const throttled = await t.http
      .post('/api/auth/password-reset')
      .send({ email: user.email })
      .expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('admin: people', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds people and disables one everywhere at once', async () => {
    const admin = await t.newUser({ isAdmin: true });
    const adminAgent = await t.signIn(admin.email, admin.password);
    const person = await t.newUser();
    const session = await t.signIn(person.email, person.password);

    const found = await adminAgent
      .get('/api/admin/users')
      .query({ q: person.email.slice(0, 20) })
      .expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toContain(person.id);
    expect(
      (await adminAgent.get('/api/admin/users').query({ q: '%' }).expect(200)).body.total,
    ).toBe(0);

    const disabled = await adminAgent
      .patch(`/api/admin/users/${person.id}`)
      .send({ disabled: true })
      .expect(200);
    expect(disabled.body.disabled).toBe(true);
    await session.get('/api/auth/me').expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password })
      .expect(401);

    await adminAgent.patch(`/api/admin/users/${person.id}`).send({ disabled: false }).expect(200);
    await t.http
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password })
      .expect(200);
    await adminAgent.patch(`/api/admin/users/${admin.id}`).send({ disabled: true }).expect(403);
    await request(t.app.getHttpServer())
      .patch(`/api/admin/users/${person.id}`)
      .send({ disabled: 'yes' })
      .expect(401);
  });
});
