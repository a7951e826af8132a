import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { buildWorld, type World } from './support/world';
import { startTestApp, type TestApp } from './support/test-app';

describe('networks, delegations and members', () => {
  let t: TestApp;
  let w: World;
  const as = (caller: keyof World['cookies']) => {
    const agent = request.agent(t.app.getHttpServer());
    const cookie = w.cookies[caller];
    if (cookie) agent.set('Cookie', cookie);
    return agent;
  };
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  describe('networks', () => {
    it('lets an admin create a network and refuses a taken slug with a field error', async () => {
      const slug = `net-${randomUUID().slice(0, 8)}`;
      const created = await as('admin')
        .post('/api/networks')
        .send({ name: 'Joint Learning Network', slug })
        .expect(201);
      expect(created.body).toMatchObject({
        slug,
        visibility: 'members',
        description: '',
        viewerRole: 'admin',
      });
      const again = await as('admin')
        .post('/api/networks')
        .send({ name: 'Another', slug })
        .expect(409);
      expect(again.body).toMatchObject({
        code: 'slug_taken',
        fields: [{ path: 'slug', code: 'taken' }],
      });
    });

    it('names malformed and oversized fields', async () => {
      const response = await as('admin')
        .post('/api/networks')
        .send({ name: 'x'.repeat(161), slug: 'Not A Slug', visibility: 'everyone' })
        .expect(400);
      expect(
        response.body.fields
          .map((f: { path: string; code: string }) => `${f.path}:${f.code}`)
          .sort(),
      ).toEqual(['name:too_big', 'slug:invalid_regex', 'visibility:invalid_value']);
    });

    it('lets a convener edit the network and shows each member their role', async () => {
      await as('convener')
        .patch(`/api/networks/${w.network.id}`)
        .send({ visibility: 'public' })
        .expect(200);
      const seen = await as('observer').get(`/api/networks/${w.network.id}`).expect(200);
      expect(seen.body).toMatchObject({ visibility: 'public', viewerRole: 'observer' });
      const visitor = await t.http.get(`/api/networks/${w.network.id}`).expect(200);
      expect(visitor.body.viewerRole).toBeNull();
      await t.http.get(`/api/networks/${w.network.id}/members`).expect(401);
      await as('convener')
        .patch(`/api/networks/${w.network.id}`)
        .send({ visibility: 'members' })
        .expect(200);
      await t.http.get(`/api/networks/${w.network.id}`).expect(401);
      await as('convener').patch(`/api/networks/${w.network.id}`).send({}).expect(400);
    });
  });

  describe('delegations', () => {
    it('creates with a normalised country code and refuses unknown ones', async () => {
      const created = await as('convener')
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'ht', organization: 'Ministère de la Santé Publique — Unité Qualité' })
        .expect(201);
      expect(created.body).toMatchObject({ countryCode: 'HT', memberCount: 0, retiredAt: null });
      const bad = await as('convener')
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'XX', organization: 'Nowhere' })
        .expect(400);
      expect(bad.body.fields).toEqual([
        expect.objectContaining({ path: 'countryCode', code: 'unknown_country' }),
      ]);
    });

    it('retires and brings back a delegation; retired ones are listed only on request', async () => {
      const { body } = await as('convener')
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'MZ', organization: 'Ministério da Saúde' })
        .expect(201);
      await as('convener')
        .patch(`/api/networks/${w.network.id}/delegations/${body.id}`)
        .send({ retired: true })
        .expect(200);
      const active = await as('member')
        .get(`/api/networks/${w.network.id}/delegations`)
        .expect(200);
      expect(active.body.items.map((d: { id: string }) => d.id)).not.toContain(body.id);
      const all = await as('member')
        .get(`/api/networks/${w.network.id}/delegations?includeRetired=true`)
        .expect(200);
      expect(all.body.items.find((d: { id: string }) => d.id === body.id).retiredAt).toEqual(
        expect.any(String),
      );
      await as('convener')
        .patch(`/api/networks/${w.network.id}/delegations/${body.id}`)
        .send({ retired: false })
        .expect(200);
    });

    it('counts members per delegation', async () => {
      const list = await as('member').get(`/api/networks/${w.network.id}/delegations`).expect(200);
      expect(
        list.body.items.find((d: { id: string }) => d.id === w.delegation.id).memberCount,
      ).toBeGreaterThanOrEqual(1);
    });

    it('treats another network’s delegation as unknown (identifier swap)', async () => {
      await as('convener')
        .patch(`/api/networks/${w.network.id}/delegations/${w.otherDelegation.id}`)
        .send({ organization: 'Taken over' })
        .expect(404);
    });
  });

  describe('members', () => {
    it('groups members by country and shows e-mail addresses to conveners only', async () => {
      const forMember = await as('member').get(`/api/networks/${w.network.id}/members`).expect(200);
      const namibia = forMember.body.groups.find(
        (g: { countryCode: string | null }) => g.countryCode === 'NA',
      );
      expect(namibia.members.map((m: { userId: string }) => m.userId)).toContain(w.users.member.id);
      expect(JSON.stringify(forMember.body)).not.toMatch(/@example\.org/);
      expect(JSON.stringify(forMember.body)).not.toContain(w.users.outsider.id);
      const forConvener = await as('convener')
        .get(`/api/networks/${w.network.id}/members`)
        .expect(200);
      expect(JSON.stringify(forConvener.body)).toContain(w.users.member.email);
      expect(forConvener.body.total).toBe(
        forConvener.body.groups.reduce(
          (n: number, g: { members: unknown[] }) => n + g.members.length,
          0,
        ),
      );
    });

    it('changes a role and a delegation; removal takes effect at once', async () => {
      const target = await w.newMember('observer');
      const agent = request.agent(t.app.getHttpServer());
      agent.set(
        'Cookie',
        `praxis_session=${await t.app.get(AuthSessionsService).start(target.id)}`,
      );
      await agent.get(`/api/networks/${w.network.id}/members`).expect(200);
      await agent
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'KE', organization: 'x y' })
        .expect(403);

      const changed = await as('convener')
        .patch(`/api/networks/${w.network.id}/members/${target.id}`)
        .send({ role: 'convener', delegationId: null })
        .expect(200);
      expect(changed.body).toMatchObject({
        role: 'convener',
        delegationId: null,
        countryCode: null,
      });
      await agent
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'KE', organization: 'Kenya MoH' })
        .expect(201);

      await as('convener').delete(`/api/networks/${w.network.id}/members/${target.id}`).expect(204);
      await agent.get(`/api/networks/${w.network.id}`).expect(404);
    });

    it('refuses a delegation of another network and members of another network', async () => {
      const target = await w.newMember();
      const bad = await as('convener')
        .patch(`/api/networks/${w.network.id}/members/${target.id}`)
        .send({ delegationId: w.otherDelegation.id })
        .expect(400);
      expect(bad.body.fields).toEqual([
        expect.objectContaining({ path: 'delegationId', code: 'not_in_network' }),
      ]);
      await as('convener')
        .delete(`/api/networks/${w.network.id}/members/${w.users.outsider.id}`)
        .expect(404);
    });

    it('never leaves a network without a convener', async () => {
      const response = await as('convener')
        .patch(`/api/networks/${w.network.id}/members/${w.users.convener.id}`)
        .send({ role: 'member' })
        .expect(409);
      expect(response.body.code).toBe('last_convener');
      await as('admin')
        .delete(`/api/networks/${w.network.id}/members/${w.users.convener.id}`)
        .expect(409);
    });
  });
});
