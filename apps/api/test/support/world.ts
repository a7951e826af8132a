import { randomUUID } from 'node:crypto';
import type { Role } from '@praxis/contracts';
import type { DataSource } from 'typeorm';
import { AuthSessionsService } from '../../src/auth/auth-sessions.service';
import { User } from '../../src/auth/entities/user.entity';
import { hashPassword } from '../../src/auth/passwords';
import { SecretTokens } from '../../src/auth/secret-tokens';
import { Invitation } from '../../src/invitations/entities/invitation.entity';
import { Delegation } from '../../src/networks/entities/delegation.entity';
import { Membership } from '../../src/networks/entities/membership.entity';
import { Network } from '../../src/networks/entities/network.entity';
import { Session } from '../../src/sessions/entities/session.entity';
import type { TestApp } from './test-app';

export const CALLERS = [
  'admin',
  'convener',
  'member',
  'observer',
  'outsider',
  'removed',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];

export const WORLD_PASSWORD = 'world-password-1234';
let passwordHash: Promise<string> | undefined;

/**
 * A members-only network with a delegation and one person per role, a second network with its own
 * member (the outsider), a removed member and an admin; every caller comes with a session cookie.
 */
export async function buildWorld(t: TestApp) {
  const ds: DataSource = t.dataSource;
  passwordHash ??= hashPassword(WORLD_PASSWORD);
  const hash = await passwordHash;
  const suffix = randomUUID().slice(0, 8);
  const network = await ds.getRepository(Network).save({
    name: `World ${suffix}`,
    slug: `world-${suffix}`,
    description: '',
    visibility: 'members',
  });
  const otherNetwork = await ds.getRepository(Network).save({
    name: `Other ${suffix}`,
    slug: `other-${suffix}`,
    description: '',
    visibility: 'members',
  });
  const delegation = await ds
    .getRepository(Delegation)
    .save({ networkId: network.id, countryCode: 'NA', organization: 'Ministry of Health' });
  const otherDelegation = await ds
    .getRepository(Delegation)
    .save({ networkId: otherNetwork.id, countryCode: 'KE', organization: 'Ministry of Health' });

  const person = async (label: string, isAdmin = false) =>
    ds.getRepository(User).save({
      email: `${label}-${suffix}-${randomUUID().slice(0, 4)}@example.org`,
      passwordHash: hash,
      displayName: `${label} ${suffix}`,
      isAdmin,
    });
  const join = (user: User, net: Network, role: Role, delegationId: string | null = null) =>
    ds.getRepository(Membership).save({ userId: user.id, networkId: net.id, role, delegationId });

  const users = {
    admin: await person('admin', true),
    convener: await person('convener'),
    member: await person('member'),
    observer: await person('observer'),
    outsider: await person('outsider'),
    removed: await person('removed'),
  };
  await join(users.convener, network, 'convener');
  await join(users.member, network, 'member', delegation.id);
  await join(users.observer, network, 'observer');
  await join(users.outsider, otherNetwork, 'convener', otherDelegation.id);
  await join(users.removed, network, 'member', delegation.id);

  const session = await ds.getRepository(Session).save({
    networkId: network.id,
    title: `Session ${suffix}`,
    description: '',
    topics: ['Supply chain'],
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    timeZone: 'Africa/Windhoek',
    durationMinutes: 90,
    status: 'scheduled' as const,
  });
  const otherSession = await ds.getRepository(Session).save({
    networkId: otherNetwork.id,
    title: `Other session ${suffix}`,
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    timeZone: 'Africa/Nairobi',
    durationMinutes: 60,
  });

  const sessions = t.app.get(AuthSessionsService);
  const cookies = {} as Record<Caller, string | undefined>;
  for (const [role, user] of Object.entries(users)) {
    cookies[role as Caller] = `praxis_session=${await sessions.start(user.id)}`;
  }
  cookies.anonymous = undefined;
  await ds.getRepository(Membership).delete({ userId: users.removed.id, networkId: network.id });

  return {
    network,
    otherNetwork,
    session,
    otherSession,
    delegation,
    otherDelegation,
    users,
    cookies,
    /** A fresh member of the network, to be changed or removed. */
    async newMember(role: Role = 'member') {
      const user = await person('target');
      await join(user, network, role, delegation.id);
      return user;
    },
    async newPerson() {
      return person('someone');
    },
    /** A pending invitation and its link token. */
    async newInvitation(net: Network = network) {
      const { token, hash: tokenHash } = t.app.get(SecretTokens).issue();
      const invitation = await ds.getRepository(Invitation).save({
        networkId: net.id,
        email: `invitee-${randomUUID()}@example.org`,
        role: 'member' as Role,
        delegationId: null,
        locale: 'en' as const,
        tokenHash,
        expiresAt: new Date(Date.now() + 86_400_000),
        acceptedAt: null,
        revokedAt: null,
        lastSentAt: null,
        sendError: null,
        invitedById: users.convener.id,
      });
      return { invitation, token };
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
