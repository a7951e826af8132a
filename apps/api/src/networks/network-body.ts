import type {
  Delegation as DelegationBody,
  Member,
  Network as NetworkBody,
  NetworkStanding,
} from '@praxis/contracts';
import type { Delegation } from './entities/delegation.entity';
import type { Membership } from './entities/membership.entity';
import type { Network } from './entities/network.entity';

export function networkBody(network: Network, viewerRole: NetworkStanding): NetworkBody {
  return {
    id: network.id,
    name: network.name,
    slug: network.slug,
    description: network.description,
    visibility: network.visibility,
    viewerRole,
    reminderMinutesBefore: network.reminderMinutesBefore,
  };
}

export function delegationBody(delegation: Delegation, memberCount: number): DelegationBody {
  return {
    id: delegation.id,
    networkId: delegation.networkId,
    countryCode: delegation.countryCode,
    organization: delegation.organization,
    retiredAt: delegation.retiredAt?.toISOString() ?? null,
    memberCount,
  };
}

export function memberBody(membership: Membership, withEmail: boolean): Member {
  return {
    userId: membership.userId,
    displayName: membership.user!.displayName,
    ...(withEmail ? { email: membership.user!.email } : {}),
    role: membership.role,
    delegationId: membership.delegationId,
    countryCode: membership.delegation?.countryCode ?? null,
    joinedAt: membership.createdAt.toISOString(),
  };
}
