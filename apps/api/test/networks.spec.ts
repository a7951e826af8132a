import { DEMO_IDS } from '../src/database/demo/demo-accounts';
import { demoEmail, startTestApp, type TestApp } from './support/test-app';

describe('networks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists only the networks a member belongs to', async () => {
    const member = await t.signIn(demoEmail('member'));
    const response = await member.get('/api/networks').expect(200);
    expect(response.body).toEqual({
      items: [
        expect.objectContaining({
          slug: 'mcln',
          name: 'Multi-Country Learning Network for Quality Improvement',
        }),
      ],
      total: 1,
    });
  });

  it('lists every network for an admin', async () => {
    const admin = await t.signIn(demoEmail('admin'));
    const response = await admin.get('/api/networks').expect(200);
    expect(response.body.items.map((n: { slug: string }) => n.slug)).toEqual(
      expect.arrayContaining(['mcln', 'acln', 'twinning']),
    );
  });

  it('asks anonymous callers to sign in for the list', async () => {
    await t.http.get('/api/networks').expect(401);
  });

  it('shows a members-only network to its members and hides it from everyone else', async () => {
    const member = await t.signIn(demoEmail('member'));
    await member.get(`/api/networks/${DEMO_IDS.networks.mcln}`).expect(200);
    const outsider = await t.newUser();
    const outsiderAgent = await t.signIn(outsider.email, outsider.password);
    await outsiderAgent.get(`/api/networks/${DEMO_IDS.networks.mcln}`).expect(404);
    await outsiderAgent.get(`/api/networks/${DEMO_IDS.networks.twinning}`).expect(404);
    await t.http.get(`/api/networks/${DEMO_IDS.networks.mcln}`).expect(401);
  });

  it('shows a public network to anyone', async () => {
    const response = await t.http.get(`/api/networks/${DEMO_IDS.networks.acln}`).expect(200);
    expect(response.body).toMatchObject({ slug: 'acln', visibility: 'public' });
  });

  it('answers 404 for a malformed or unknown id (401 to anonymous callers)', async () => {
    const member = await t.signIn(demoEmail('member'));
    await member.get('/api/networks/not-a-uuid').expect(404);
    await member.get('/api/networks/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/networks/00000000-0000-4000-8000-000000000000').expect(401);
  });

  it('does not show a network of which the person is no longer a member', async () => {
    const user = await t.newUser();
    const network = await t.newNetwork();
    await t.addMember(user, network, 'member');
    const agent = await t.signIn(user.email, user.password);
    await agent.get(`/api/networks/${network.id}`).expect(200);
    await t.dataSource.query('DELETE FROM memberships WHERE user_id = $1', [user.id]);
    await agent.get(`/api/networks/${network.id}`).expect(404);
    expect((await agent.get('/api/networks').expect(200)).body.total).toBe(0);
  });
});
