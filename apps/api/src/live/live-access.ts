import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  can,
  type NetworkStanding,
  type Participant,
  type Permission,
  type Role,
} from '@praxis/contracts';
import { Repository } from 'typeorm';
import { AccessPolicy, standingOf } from '../access/access-policy.service';
import type { User } from '../auth/entities/user.entity';
import { Session } from '../sessions/entities/session.entity';

/** May still take part (with this standing), or why not. */
export type LiveVerdict = { standing: NetworkStanding } | 'signedOut' | 'forbidden';

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
  ) {}

  /** The caller's standing in the session's network, or undefined when they may not take part. */
  async resolve(user: User, sessionId: string): Promise<LiveStanding | undefined> {
    const session = await this.sessions.findOneBy({ id: sessionId });
    if (!session) return undefined;
    const { standing, membership } = await this.policy.membershipOf(user, session.networkId);
    if (!can(standing, 'live.participate')) return undefined;
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

  /**
   * For many (session cookie, session) pairs at once: whether each may still take part. Three queries
   * whatever the number of pairs, so the revocation sweep stays cheap with a thousand people in a room.
   */
  async stillAllowed(
    pairs: { tokenHash: string; sessionId: string }[],
    permission: Permission = 'live.participate',
  ): Promise<Map<string, LiveVerdict>> {
    const hashes = [...new Set(pairs.map((p) => p.tokenHash))];
    const sessionIds = [...new Set(pairs.map((p) => p.sessionId))];
    const viewers: { token_hash: string; user_id: string; is_admin: boolean }[] =
      await this.sessions.query(
        `SELECT a.token_hash, u.id AS user_id, u.is_admin FROM auth_sessions a JOIN users u ON u.id = a.user_id
        WHERE a.token_hash = ANY($1) AND a.expires_at > now() AND u.disabled_at IS NULL`,
        [hashes],
      );
    const networks: { id: string; network_id: string }[] = await this.sessions.query(
      'SELECT id, network_id FROM sessions WHERE id = ANY($1)',
      [sessionIds],
    );
    const userIds = [...new Set(viewers.map((v) => v.user_id))];
    const members: { user_id: string; network_id: string; role: Role }[] = userIds.length
      ? await this.sessions.query(
          'SELECT user_id, network_id, role FROM memberships WHERE user_id = ANY($1) AND network_id = ANY($2)',
          [userIds, [...new Set(networks.map((n) => n.network_id))]],
        )
      : [];
    const viewerOf = new Map(viewers.map((v) => [v.token_hash, v]));
    const networkOf = new Map(networks.map((n) => [n.id, n.network_id]));
    const roleOf = new Map(members.map((m) => [`${m.user_id}|${m.network_id}`, m.role]));
    const verdicts = new Map<string, LiveVerdict>();
    for (const { tokenHash, sessionId } of pairs) {
      const viewer = viewerOf.get(tokenHash);
      const networkId = networkOf.get(sessionId);
      const standing: NetworkStanding =
        !viewer || !networkId
          ? null
          : standingOf(viewer.is_admin, roleOf.get(`${viewer.user_id}|${networkId}`));
      verdicts.set(
        `${tokenHash}|${sessionId}`,
        !viewer ? 'signedOut' : can(standing, permission) ? { standing } : 'forbidden',
      );
    }
    return verdicts;
  }

  allows(standing: NetworkStanding, permission: Permission): boolean {
    return can(standing, permission);
  }
}
