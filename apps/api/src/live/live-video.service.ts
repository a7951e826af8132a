import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ErrorCode,
  JOIN_WINDOW_MINUTES_BEFORE,
  type JoinResponse,
  type ModerationAction,
} from '@praxis/contracts';
import { Repository } from 'typeorm';
import type { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';
import { AppConfig } from '../config/app-config';
import { LiveKitService, type MediaGrants } from '../livekit/livekit.service';
import { consumeOrThrow, createLimiter } from '../redis/rate-limiter';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { Membership } from '../networks/entities/membership.entity';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { Session } from '../sessions/entities/session.entity';
import { endsAt } from '../sessions/session-body';
import { LiveParticipant } from './entities/live-participant.entity';
import { ModerationRecord } from './entities/moderation-record.entity';
import { LiveAccess, type LiveStanding } from './live-access';

/** The LiveKit room of a session is named after it, never after anything in a request. */
export function roomOf(sessionId: string): string {
  return `session-${sessionId}`;
}

/** Video for a session: who may join, with which grants, and the conveners' controls. */
@Injectable()
export class LiveVideoService {
  private readonly joins: RateLimiterAbstract;

  constructor(
    private readonly livekit: LiveKitService,
    private readonly access: LiveAccess,
    private readonly config: AppConfig,
    @InjectRepository(LiveParticipant) private readonly participants: Repository<LiveParticipant>,
    @InjectRepository(ModerationRecord) private readonly records: Repository<ModerationRecord>,
    @InjectRepository(AgendaItem) private readonly items: Repository<AgendaItem>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @Inject(REDIS) redis: RedisClient,
  ) {
    this.joins = createLimiter(redis, 'video-joins', 30, 60);
  }

  async join(user: User, sessionId: string, now = new Date()): Promise<JoinResponse> {
    await consumeOrThrow(this.joins, user.id);
    const live = await this.access.resolve(user, sessionId);
    if (!live) throw ApiException.notFound('The session');
    const { session } = live;
    if (session.status === 'cancelled' || session.status === 'ended' || endsAt(session) <= now) {
      throw new ApiException(409, ErrorCode.sessionOver, 'This session is over.');
    }
    const opensAt = session.startsAt.getTime() - JOIN_WINDOW_MINUTES_BEFORE * 60_000;
    if (session.status !== 'live' && now.getTime() < opensAt) {
      throw new ApiException(
        409,
        ErrorCode.joinTooEarly,
        `The room opens ${JOIN_WINDOW_MINUTES_BEFORE} minutes before the start.`,
      );
    }
    if (!this.livekit.configured) {
      throw new ApiException(
        503,
        ErrorCode.videoUnavailable,
        'Video is not available right now; agenda, chat, questions and notes still work.',
      );
    }
    const participant = await this.participantFor(sessionId, user.id);
    const grants = await this.grantsFor(live, participant.mayPresent);
    const metadata = JSON.stringify({
      userId: user.id,
      countryCode: live.participant.countryCode,
      role: live.standing,
    });
    const token = await this.livekit.mint(
      roomOf(sessionId),
      participant.identity,
      user.displayName,
      metadata,
      grants,
    );
    return {
      serverUrl: this.livekit.serverUrl!,
      token,
      identity: participant.identity,
      room: roomOf(sessionId),
    };
  }

  /**
   * Grants follow PRODUCT.md's roles: observers subscribe only unless let present; members publish camera
   * and microphone; screen share only while presenting; conveners administer this room only.
   */
  async grantsFor(live: LiveStanding, mayPresent: boolean): Promise<MediaGrants> {
    const { standing, session, participant } = live;
    const presenting =
      mayPresent ||
      (await this.presentsCurrentItem(session, participant.userId, participant.delegationId));
    const moderator = this.access.allows(standing, 'live.moderate');
    const publisher = this.access.allows(standing, 'live.publish') || mayPresent;
    return {
      canPublish: publisher,
      canPublishData: publisher,
      canShareScreen: publisher && (presenting || moderator),
      roomAdmin: moderator,
    };
  }

  async moderate(
    by: User,
    sessionId: string,
    action: ModerationAction,
  ): Promise<{ appliedToVideo: boolean }> {
    const session = await this.participants.manager.findOneByOrFail(Session, { id: sessionId });
    const target = await this.memberships.findOne({
      where: { userId: action.userId, networkId: session.networkId },
      relations: { user: true },
    });
    if (!target) throw ApiException.notFound('The participant');
    const participant = await this.participantFor(sessionId, action.userId);
    const room = roomOf(sessionId);
    let applied: boolean;
    switch (action.action) {
      case 'mute':
        applied = await this.livekit.muteAll(room, participant.identity);
        break;
      case 'remove':
        applied = await this.livekit.remove(room, participant.identity);
        break;
      case 'allowPresenting':
      case 'stopPresenting': {
        const mayPresent = action.action === 'allowPresenting';
        await this.participants.update({ id: participant.id }, { mayPresent });
        applied = await this.applyGrants(session, target.user!, mayPresent, participant.identity);
        break;
      }
    }
    await this.records.insert({
      sessionId,
      byId: by.id,
      action: action.action,
      targetUserId: action.userId,
      appliedToVideo: applied,
    });
    return { appliedToVideo: applied };
  }

  async endForAll(by: User, sessionId: string): Promise<boolean> {
    const applied = await this.livekit.endRoom(roomOf(sessionId));
    await this.records.insert({
      sessionId,
      byId: by.id,
      action: 'endForAll',
      targetUserId: null,
      appliedToVideo: applied,
    });
    return applied;
  }

  /** After the agenda moves on, presenters change: update the live participants' permissions. */
  async refreshGrants(sessionId: string): Promise<void> {
    if (!this.livekit.configured) return;
    const rows = await this.participants.find({ where: { sessionId }, relations: { user: true } });
    const session = await this.participants.manager.findOneByOrFail(Session, { id: sessionId });
    for (const row of rows)
      await this.applyGrants(session, row.user!, row.mayPresent, row.identity);
  }

  async userOfIdentity(identity: string): Promise<LiveParticipant | null> {
    return this.participants.findOne({
      where: { identity },
      relations: { user: true, session: true },
    });
  }

  /** userId → LiveKit identity, for everyone who ever asked to join this session's video. */
  async identitiesOf(sessionId: string): Promise<Map<string, string>> {
    const rows = await this.participants.find({
      where: { sessionId },
      select: { userId: true, identity: true },
    });
    return new Map(rows.map((r) => [r.userId, r.identity]));
  }

  private async applyGrants(
    session: Session,
    user: User,
    mayPresent: boolean,
    identity: string,
  ): Promise<boolean> {
    const live = await this.access.resolve(user, session.id);
    if (!live) return this.livekit.remove(roomOf(session.id), identity);
    return this.livekit.updatePermissions(
      roomOf(session.id),
      identity,
      await this.grantsFor(live, mayPresent),
    );
  }

  private async presentsCurrentItem(
    session: Session,
    userId: string,
    delegationId: string | null,
  ): Promise<boolean> {
    if (!session.currentItemId) return false;
    const item = await this.items.findOneBy({ id: session.currentItemId });
    return (
      !!item &&
      (item.presenterIds.includes(userId) ||
        (!!delegationId && item.presenterDelegationIds.includes(delegationId)))
    );
  }

  private async participantFor(sessionId: string, userId: string): Promise<LiveParticipant> {
    const identity = `p-${createHmac('sha256', this.config.auth.sessionSecret).update(`${sessionId}:${userId}`).digest('base64url').slice(0, 22)}`;
    await this.participants
      .createQueryBuilder()
      .insert()
      .values({ sessionId, userId, identity, mayPresent: false })
      .orIgnore()
      .execute();
    return this.participants.findOneByOrFail({ sessionId, userId });
  }
}
