import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { can, type NetworkStanding, type Permission, type Role } from '@praxis/contracts';
import { Repository } from 'typeorm';
import type { User } from '../auth/entities/user.entity';
import { SecretTokens } from '../auth/secret-tokens';
import { CalendarToken } from '../calendar/calendar-token.entity';
import { Session } from '../sessions/entities/session.entity';
import type { ScopeKind } from './access.decorator';
import { Membership } from '../networks/entities/membership.entity';
import { Network } from '../networks/entities/network.entity';

/**
 * The one place that answers "what may this person do in this network?". REST routes use it through the
 * guard; sockets and the notes server call it on every event, so a change of role, a removal or a
 * disabled account takes effect at once everywhere.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(CalendarToken) private readonly calendarTokens: Repository<CalendarToken>,
    private readonly tokens: SecretTokens,
  ) {}

  async standing(user: User | undefined, networkId: string): Promise<NetworkStanding> {
    return (await this.membershipOf(user, networkId)).standing;
  }

  /** The caller's standing and membership (with its delegation), in one query. */
  async membershipOf(
    user: User | undefined,
    networkId: string,
  ): Promise<{ standing: NetworkStanding; membership: Membership | null }> {
    if (!user || user.disabledAt) return { standing: null, membership: null };
    const membership = await this.memberships.findOne({
      where: { userId: user.id, networkId },
      relations: { delegation: true },
    });
    return { standing: standingOf(user.isAdmin, membership?.role), membership };
  }

  allows(standing: NetworkStanding, permission: Permission): boolean {
    return can(standing, permission);
  }

  /** The network a scoped id belongs to (the network itself, or a session's network), if it exists. */
  async networkOf(
    scope: ScopeKind,
    id: string,
  ): Promise<Pick<Network, 'id' | 'visibility'> | null> {
    const query = this.networks
      .createQueryBuilder('network')
      .select(['network.id', 'network.visibility']);
    if (scope === 'session')
      query.innerJoin(Session, 'session', 'session.network_id = network.id AND session.id = :id', {
        id,
      });
    else query.where('network.id = :id', { id });
    return query.getOne();
  }

  /** The person behind a calendar-feed token, valid for this network only. */
  async feedTokenOwner(token: string, networkId: string): Promise<User | undefined> {
    if (!this.tokens.looksValid(token)) return undefined;
    const row = await this.calendarTokens.findOne({
      where: { tokenHash: this.tokens.hash(token), networkId },
      relations: { user: true },
    });
    return row?.user && !row.user.disabledAt ? row.user : undefined;
  }
}

/** Admins stand as `admin` everywhere; everyone else as their membership's role, or nowhere. */
export function standingOf(isAdmin: boolean, role: Role | null | undefined): NetworkStanding {
  return isAdmin ? 'admin' : (role ?? null);
}
