import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { can, type NetworkStanding, type Participant, type Permission } from '@praxis/contracts';
import { Repository } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.service';
import type { User } from '../auth/entities/user.entity';
import { Membership } from '../networks/entities/membership.entity';
import { Session } from '../sessions/entities/session.entity';

export interface LiveStanding {
  session: Session;
  standing: NetworkStanding;
  participant: Participant;
}

/** The access questions of the live room, answered by the one access policy on every event. */
@Injectable()
export class LiveAccess {
  constructor(
    private readonly policy: AccessPolicy,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  /** The caller's standing in the session's network, or undefined when they may not take part. */
  async resolve(user: User, sessionId: string): Promise<LiveStanding | undefined> {
    const session = await this.sessions.findOneBy({ id: sessionId });
    if (!session) return undefined;
    const standing = await this.policy.standing(user, session.networkId);
    if (!can(standing, 'live.participate')) return undefined;
    const membership = await this.memberships.findOne({
      where: { userId: user.id, networkId: session.networkId },
      relations: { delegation: true },
    });
    return {
      session,
      standing,
      participant: {
        userId: user.id,
        displayName: user.displayName,
        role: standing!,
        countryCode: membership?.delegation?.countryCode ?? null,
        delegationId: membership?.delegationId ?? null,
      },
    };
  }

  allows(standing: NetworkStanding, permission: Permission): boolean {
    return can(standing, permission);
  }
}
