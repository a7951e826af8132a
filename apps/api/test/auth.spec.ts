import { demoEmail, startTestApp, type TestApp } from './support/test-app';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in, describes the person with their memberships, and signs out', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'Member@Demo.Praxis.Test', password: 'praxis-demo' })
      .expect(200);
    const cookie = login.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^praxis_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(login.body).toMatchObject({ email: 'member@demo.praxis.test', isAdmin: false });
    expect(login.body).not.toHaveProperty('passwordHash');

    const me = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        networkSlug: 'mcln',
        role: 'member',
        delegationId: expect.any(String),
      }),
    ]);

    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);
    const after = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(after.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'You need to sign in to do this.',
      code: 'unauthenticated',
    });
  });

  it('answers a wrong password and an unknown e-mail with the same generic 401', async () => {
    const wrongPassword = await t.http
      .post('/api/auth/login')
      .send({ email: demoEmail('observer'), password: 'not-the-password' })
      .expect(401);
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody-at-all@example.org', password: 'not-the-password' })
      .expect(401);
    expect(wrongPassword.body).toEqual(unknown.body);
    expect(unknown.body.code).toBe('invalid_credentials');
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a disabled person', async () => {
    const user = await t.newUser({ disabled: true });
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);
  });

  it('ends the session when its user is disabled afterwards', async () => {
    const user = await t.newUser();
    const agent = await t.signIn(user.email, user.password);
    await agent.get('/api/auth/me').expect(200);
    await t.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
    await agent.get('/api/auth/me').expect(401);
  });

  it('rejects an expired session', async () => {
    const user = await t.newUser();
    const agent = await t.signIn(user.email, user.password);
    await t.dataSource.query(
      `UPDATE auth_sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    await agent.get('/api/auth/me').expect(401);
  });

  it('names the fields of an invalid body, including unknown ones', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 42, remember: true })
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'email',
      'password',
      'remember',
    ]);
    expect(response.body.message).toMatch(/email/);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.org", ')
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'malformed_json',
      error: 'Bad Request',
    });
  });

  it('refuses a state-changing request from another site, and accepts one from the public origin', async () => {
    const forged = await t.http
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: demoEmail('member'), password: 'praxis-demo' })
      .expect(403);
    expect(forged.body.code).toBe('forbidden_origin');
    await t.http
      .post('/api/auth/login')
      .set('Origin', 'http://localhost:3000')
      .send({ email: demoEmail('member'), password: 'praxis-demo' })
      .expect(200);
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after repeated failures, even with the right password', async () => {
    const user = await t.newUser();
    for (let attempt = 0; attempt < 5; attempt++) {
      await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: 'wrong-password' })
        .expect(401);
    }
    const blocked = await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(429);
    expect(blocked.body.code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
  });
});
