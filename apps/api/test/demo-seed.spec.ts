import { DEMO_IDS } from '../src/database/demo/demo-accounts';
import { demoEmail, startTestApp, type TestApp } from './support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has the three networks of the demo facts with their country delegations', async () => {
    const rows: { slug: string; countries: string[] }[] = await t.dataSource.query(
      `SELECT n.slug, array_agg(DISTINCT d.country_code ORDER BY d.country_code) AS countries
         FROM networks n JOIN delegations d ON d.network_id = n.id
        WHERE n.id = ANY($1) GROUP BY n.slug ORDER BY n.slug`,
      [Object.values(DEMO_IDS.networks)],
    );
    expect(rows).toEqual([
      {
        slug: 'acln',
        countries: [
          'BW',
          'GY',
          'HT',
          'KE',
          'KH',
          'LA',
          'MZ',
          'NA',
          'NG',
          'PG',
          'TH',
          'UG',
          'VN',
          'ZM',
          'ZW',
        ],
      },
      { slug: 'mcln', countries: ['HT', 'KE', 'MW', 'MZ', 'NA', 'NG', 'TH', 'UG', 'VN', 'ZW'] },
      { slug: 'twinning', countries: ['RW'] },
    ]);
  });

  it('puts the convener, member and observer in mcln only, the member in the Namibia delegation', async () => {
    const rows: { email: string; role: string; slug: string; country: string | null }[] =
      await t.dataSource.query(
        `SELECT u.email, m.role, n.slug, d.country_code AS country
         FROM users u JOIN memberships m ON m.user_id = u.id JOIN networks n ON n.id = m.network_id
         LEFT JOIN delegations d ON d.id = m.delegation_id
        WHERE u.email LIKE '%@demo.praxis.test' ORDER BY u.email`,
      );
    expect(rows).toEqual([
      { email: demoEmail('convener'), role: 'convener', slug: 'mcln', country: null },
      { email: demoEmail('member'), role: 'member', slug: 'mcln', country: 'NA' },
      { email: demoEmail('observer'), role: 'observer', slug: 'mcln', country: 'TH' },
    ]);
  });

  it('has past and upcoming sessions with agendas presented by delegations', async () => {
    const member = await t.signIn(demoEmail('member'));
    const upcoming = await member
      .get(`/api/networks/${DEMO_IDS.networks.mcln}/sessions`)
      .expect(200);
    const past = await member
      .get(`/api/networks/${DEMO_IDS.networks.mcln}/sessions?when=past`)
      .expect(200);
    expect(upcoming.body.total).toBeGreaterThanOrEqual(2);
    expect(past.body.items.map((s: { status: string }) => s.status)).toContain('ended');
    const session = await member.get(`/api/sessions/${upcoming.body.items[0].id}`).expect(200);
    expect(session.body.agenda.length).toBeGreaterThan(2);
    expect(
      session.body.agenda.flatMap((i: { presenters: unknown[] }) => i.presenters),
    ).toContainEqual(expect.objectContaining({ kind: 'delegation' }));
  });

  it('has published proceedings for the past sessions, the public ones findable by anyone', async () => {
    const anonymous = await t.http.get('/api/proceedings?q=preparacao').expect(200);
    expect(anonymous.body.items.map((i: { title: string }) => i.title)).toContain(
      'Preparação para a acreditação: lessons from 15 countries',
    );
    const member = await t.signIn(demoEmail('member'));
    const archive = await member
      .get(`/api/proceedings?networkId=${DEMO_IDS.networks.mcln}`)
      .expect(200);
    expect(archive.body.total).toBe(2);
    const first = await member.get(`/api/proceedings/${archive.body.items[0].id}`).expect(200);
    expect(first.body.commitments.length).toBeGreaterThan(0);
    expect(first.body.attendance.total).toBeGreaterThan(0);
    expect(first.body.html).toContain('<h2>');
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const role of ['admin', 'convener', 'member', 'observer'] as const) {
      const agent = await t.signIn(demoEmail(role));
      const me = await agent.get('/api/auth/me').expect(200);
      expect(me.body.isAdmin).toBe(role === 'admin');
    }
  });

  it('does not seed twice', async () => {
    const count = () =>
      t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM users WHERE email LIKE '%@demo.praxis.test') AS accounts,
                (SELECT count(*)::int FROM networks WHERE slug IN ('mcln', 'acln', 'twinning')) AS networks`,
      );
    const again = await startTestApp({ DEMO: 'true' });
    await again.close();
    expect(await count()).toEqual([{ accounts: 4, networks: 3 }]);
  });
});
