import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Invitation } from '../src/invitations/entities/invitation.entity';
import { decodeQuotedPrintable, lastLinkTo, messagesTo, newOutboxDir } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const newcomer = {
  displayName: 'Aline Uwase',
  password: 'twinning-pharmacy-2026',
  locale: 'fr',
  timeZone: 'Africa/Kigali',
};

describe('invitations', () => {
  let t: TestApp;
  let w: World;
  let outbox: string;
  const convener = () => request.agent(t.app.getHttpServer()).set('Cookie', w.cookies.convener!);
  const invite = (body: Record<string, unknown>) =>
    convener().post(`/api/networks/${w.network.id}/invitations`).send(body);

  beforeAll(async () => {
    outbox = newOutboxDir();
    t = await startTestApp({ OUTBOX_DIR: outbox });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('invites, mails the link in the invitee’s language, and the invitee joins with a new account', async () => {
    const email = `aline-${randomUUID()}@example.org`;
    const created = await invite({
      email: email.toUpperCase(),
      role: 'member',
      delegationId: w.delegation.id,
      locale: 'fr',
    }).expect(201);
    expect(created.body).toMatchObject({
      email,
      state: 'pending',
      locale: 'fr',
      sendError: null,
      invitedBy: w.users.convener.displayName,
    });
    expect(created.body.link).toMatch(/\/invitations\/[\w-]{43}$/);
    const mail = decodeQuotedPrintable(messagesTo(outbox, email).at(-1)!);
    expect(mail).toContain('vous invite à rejoindre « ' + w.network.name + ' »');
    const token = lastLinkTo(outbox, email, 'invitations');
    expect(created.body.link).toContain(token);

    const preview = await t.http.get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({
      networkName: w.network.name,
      email,
      role: 'member',
      accountExists: false,
      delegation: { countryCode: 'NA' },
    });

    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send(newcomer)
      .expect(200);
    expect(accepted.body).toEqual({ networkId: w.network.id, signedIn: true });
    const cookie = accepted.headers['set-cookie']![0]!.split(';')[0]!;
    const me = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({
      email,
      displayName: 'Aline Uwase',
      locale: 'fr',
      timeZone: 'Africa/Kigali',
    });
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        networkId: w.network.id,
        role: 'member',
        delegationId: w.delegation.id,
      }),
    ]);

    const used = await t.http.post(`/api/invitations/${token}/accept`).send(newcomer).expect(410);
    expect(used.body.code).toBe('invitation_used');
    const list = await convener().get(`/api/networks/${w.network.id}/invitations`).expect(200);
    expect(list.body.items.find((i: { email: string }) => i.email === email).state).toBe(
      'accepted',
    );
    const again = await invite({ email, role: 'observer' }).expect(409);
    expect(again.body.code).toBe('already_member');
  });

  it('refuses a second pending invitation and resends with a new link that replaces the old one', async () => {
    const email = `resend-${randomUUID()}@example.org`;
    const first = await invite({ email, role: 'observer' }).expect(201);
    expect((await invite({ email, role: 'member' }).expect(409)).body.code).toBe(
      'invitation_pending',
    );
    const oldToken = lastLinkTo(outbox, email, 'invitations');
    await convener()
      .post(`/api/networks/${w.network.id}/invitations/${first.body.id}/resend`)
      .expect(200);
    const newToken = lastLinkTo(outbox, email, 'invitations');
    expect(newToken).not.toBe(oldToken);
    expect((await t.http.get(`/api/invitations/${oldToken}`).expect(404)).body.code).toBe(
      'invitation_invalid',
    );
    await t.http.get(`/api/invitations/${newToken}`).expect(200);
  });

  it('refuses revoked and expired links with their reason', async () => {
    const revoked = await w.newInvitation();
    await convener()
      .post(`/api/networks/${w.network.id}/invitations/${revoked.invitation.id}/revoke`)
      .expect(200);
    expect((await t.http.get(`/api/invitations/${revoked.token}`).expect(410)).body.code).toBe(
      'invitation_revoked',
    );
    await convener()
      .post(`/api/networks/${w.network.id}/invitations/${revoked.invitation.id}/resend`)
      .expect(409);

    const expired = await w.newInvitation();
    await t.dataSource
      .getRepository(Invitation)
      .update({ id: expired.invitation.id }, { expiresAt: new Date(Date.now() - 1000) });
    const response = await t.http
      .post(`/api/invitations/${expired.token}/accept`)
      .send(newcomer)
      .expect(410);
    expect(response.body.code).toBe('invitation_expired');
    const list = await convener().get(`/api/networks/${w.network.id}/invitations`).expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === expired.invitation.id).state).toBe(
      'expired',
    );
  });

  it('refuses weak passwords, unknown time zones and missing fields without creating anything', async () => {
    const { token, invitation } = await w.newInvitation();
    const common = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ ...newcomer, password: 'password123' })
      .expect(400);
    expect(common.body.fields).toEqual([
      expect.objectContaining({ path: 'password', code: 'weak_password' }),
    ]);
    const short = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ ...newcomer, password: 'short' })
      .expect(400);
    expect(short.body.fields).toEqual([
      expect.objectContaining({ path: 'password', code: 'too_small', params: { minimum: 10 } }),
    ]);
    const zone = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ ...newcomer, timeZone: 'Mars/Base' })
      .expect(400);
    expect(zone.body.fields).toEqual([
      expect.objectContaining({ path: 'timeZone', code: 'unknown_time_zone' }),
    ]);
    const missing = await t.http.post(`/api/invitations/${token}/accept`).send({}).expect(400);
    expect(missing.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'displayName',
      'locale',
      'password',
      'timeZone',
    ]);
    expect(
      await t.dataSource.query('SELECT 1 FROM users WHERE email = $1', [invitation.email]),
    ).toEqual([]);
    await t.http.post(`/api/invitations/${token}/accept`).send(newcomer).expect(200);
  });

  it('adds an existing account without touching its password', async () => {
    const person = await w.newPerson();
    const { token, invitation } = await w.newInvitation();
    await t.dataSource
      .getRepository(Invitation)
      .update({ id: invitation.id }, { email: person.email });
    expect((await t.http.get(`/api/invitations/${token}`).expect(200)).body.accountExists).toBe(
      true,
    );
    const accepted = await t.http.post(`/api/invitations/${token}/accept`).send({}).expect(200);
    expect(accepted.body).toEqual({ networkId: w.network.id, signedIn: false });
    expect(accepted.headers['set-cookie']).toBeUndefined();
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND network_id = $2',
      [person.id, w.network.id],
    );
    expect(n).toBe(1);
  });

  it('refuses a delegation of another network', async () => {
    const response = await invite({
      email: `x-${randomUUID()}@example.org`,
      role: 'member',
      delegationId: w.otherDelegation.id,
    }).expect(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({ path: 'delegationId', code: 'not_in_network' }),
    ]);
  });

  it('treats another network’s invitation as unknown (identifier swap)', async () => {
    const foreign = await w.newInvitation(w.otherNetwork);
    await convener()
      .post(`/api/networks/${w.network.id}/invitations/${foreign.invitation.id}/revoke`)
      .expect(404);
  });
});

describe('invitations when the mail server fails', () => {
  it('keeps the invitation, listed with the reason, and hands the link to the convener', async () => {
    const t = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const w = await buildWorld(t);
      const convener = request.agent(t.app.getHttpServer()).set('Cookie', w.cookies.convener!);
      const created = await convener
        .post(`/api/networks/${w.network.id}/invitations`)
        .send({ email: `smtp-${randomUUID()}@example.org`, role: 'member' })
        .expect(201);
      expect(created.body.sendError).toMatch(/could not be sent/);
      expect(created.body.link).toMatch(/\/invitations\//);
      const list = await convener.get(`/api/networks/${w.network.id}/invitations`).expect(200);
      expect(list.body.items[0]).toMatchObject({
        id: created.body.id,
        state: 'pending',
        sendError: expect.any(String),
      });
    } finally {
      await t.close();
    }
  });
});
