import request from 'supertest';
import { AUTHORIZATION_TABLE } from './authorization/table';
import { registeredRoutes } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';
import { CALLERS, type Caller, buildWorld, type World } from './support/world';

const { rest, identifierSwaps } = AUTHORIZATION_TABLE;

describe('authorization matrix (REST)', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_DIR: `/tmp/praxis-test-outbox-${process.pid}` });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('lists every registered route', () => {
    expect(
      registeredRoutes(t.app)
        .map((r) => r.route)
        .sort(),
    ).toEqual(Object.keys(rest).sort());
  });

  describe('identifier swaps (as a convener of another network)', () => {
    for (const [swap, { call, expect: expected }] of Object.entries(identifierSwaps)) {
      it(`${swap}: ${expected}`, async () => {
        const agent = request.agent(t.app.getHttpServer()).set('Cookie', world.cookies.outsider!);
        expect((await call(agent, world, t)).status).toBe(expected);
      });
    }

    it('changed nothing of the world’s network', async () => {
      const [delegation] = await t.dataSource.query(
        'SELECT organization FROM delegations WHERE id = $1',
        [world.delegation.id],
      );
      expect(delegation.organization).not.toBe('Taken over');
      const [membership] = await t.dataSource.query(
        'SELECT role FROM memberships WHERE user_id = $1 AND network_id = $2',
        [world.users.member.id, world.network.id],
      );
      expect(membership?.role).toBe('member');
      const [session] = await t.dataSource.query('SELECT title FROM sessions WHERE id = $1', [
        world.session.id,
      ]);
      expect(session.title).not.toBe('Taken over');
    });
  });

  for (const [route, { call, expect: expected }] of Object.entries(rest)) {
    it(`${route}: ${CALLERS.map((c) => `${c} ${expected[c]}`).join(', ')}`, async () => {
      const actual = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        const agent = request.agent(t.app.getHttpServer());
        const cookie = world.cookies[caller];
        if (cookie) agent.set('Cookie', cookie);
        actual[caller] = (await call(agent, world, t)).status;
      }
      expect(actual).toEqual(expected);
    });
  }
});
