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
import { type PreparedStatement, PreparedStatements } from '../database/prepared-statements';
import { Session } from '../sessions/entities/session.entity';

interface StandingRow {
  token_hash: string;
  session_id: string;
  signed_in: boolean;
  session_exists: boolean;
  is_admin: boolean | null;
  role: Role | null;
}

/**
 * Per (cookie hash, session) pair: still signed in (not expired, signed out or disabled), the user's admin
 * flag, whether the session still exists, and the user's role in its network.
 */
const STANDINGS: PreparedStatement = {
  name: 'live-still-allowed',
  text: `
  SELECT p.token_hash, p.session_id, u.id IS NOT NULL AS signed_in, s.id IS NOT NULL AS session_exists,
    u.is_admin, m.role
  FROM unnest($1::varchar[], $2::text[]) AS p(token_hash, session_id)
  LEFT JOIN auth_sessions a ON a.token_hash = p.token_hash AND a.expires_at > now()
  LEFT JOIN users u ON u.id = a.user_id AND u.disabled_at IS NULL
  LEFT JOIN sessions s ON s.id = p.session_id::uuid
  LEFT JOIN memberships m ON m.user_id = u.id AND m.network_id = s.network_id`,
};

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
    private readonly statements: PreparedStatements,
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
   * For many (session cookie, session) pairs at once: whether each may still take part. One prepared
   * statement whatever the number of pairs, so the revocation sweeps (live rooms and notes, every 2 s)
   * stay cheap with a thousand people in a room.
   */
  async stillAllowed(
    pairs: { tokenHash: string; sessionId: string }[],
    permission: Permission = 'live.participate',
  ): Promise<Map<string, LiveVerdict>> {
    const distinct = [
      ...new Map(pairs.map((pair) => [`${pair.tokenHash}|${pair.sessionId}`, pair])).values(),
    ];
    const rows = await this.statements.query<StandingRow>(STANDINGS, [
      distinct.map((pair) => pair.tokenHash),
      distinct.map((pair) => pair.sessionId),
    ]);
    const verdicts = new Map<string, LiveVerdict>();
    for (const row of rows) {
      const standing: NetworkStanding = row.session_exists
        ? standingOf(row.is_admin === true, row.role)
        : null;
      verdicts.set(
        `${row.token_hash}|${row.session_id}`,
        !row.signed_in ? 'signedOut' : can(standing, permission) ? { standing } : 'forbidden',
      );
    }
    return verdicts;
  }

  allows(standing: NetworkStanding, permission: Permission): boolean {
    return can(standing, permission);
  }
}
