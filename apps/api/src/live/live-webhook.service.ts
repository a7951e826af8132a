import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@praxis/contracts';
import type { WebhookEvent } from 'livekit-server-sdk';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { LiveKitService } from '../livekit/livekit.service';
import { Membership } from '../networks/entities/membership.entity';
import { LiveKitEvent } from './entities/livekit-event.entity';
import { AttendanceService } from './attendance.service';
import { LiveVideoService, roomOf } from './live-video.service';

const ROOM_PREFIX = 'session-';

/** Turns LiveKit's verified webhooks into attendance; each event id counts once. */
@Injectable()
export class LiveWebhookService {
  private readonly logger = new Logger('LiveKitWebhook');

  constructor(
    private readonly livekit: LiveKitService,
    private readonly video: LiveVideoService,
    private readonly attendance: AttendanceService,
    @InjectRepository(LiveKitEvent) private readonly seen: Repository<LiveKitEvent>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  /** Returns false for a replayed event (nothing changes); throws 401 for a forged one. */
  async handle(rawBody: string, authorization: string | undefined): Promise<boolean> {
    let event: WebhookEvent;
    try {
      event = await this.livekit.receive(rawBody, authorization);
    } catch {
      this.logger.warn('Refused a webhook whose signature did not verify.');
      throw new ApiException(401, ErrorCode.unauthenticated, 'The webhook signature is not valid.');
    }
    const inserted = await this.seen
      .createQueryBuilder()
      .insert()
      .values({ id: event.id, event: event.event })
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;

    const roomName = event.room?.name ?? '';
    if (!roomName.startsWith(ROOM_PREFIX)) return true;
    const sessionId = roomName.slice(ROOM_PREFIX.length);
    const at = new Date(Number(event.createdAt) * 1000);
    if (event.event === 'room_finished') {
      await this.attendance.closeAll(sessionId, at, 'video');
      return true;
    }
    if (event.event !== 'participant_joined' && event.event !== 'participant_left') return true;
    const identity = event.participant?.identity;
    const participant = identity ? await this.video.userOfIdentity(identity) : null;
    if (!participant || participant.sessionId !== sessionId) return true;
    const membership = await this.memberships.findOne({
      where: { userId: participant.userId, networkId: participant.session!.networkId },
      relations: { delegation: true },
    });
    const who = {
      userId: participant.userId,
      delegationId: membership?.delegationId ?? null,
      countryCode: membership?.delegation?.countryCode ?? null,
    };
    if (event.event === 'participant_joined')
      await this.attendance.joined(sessionId, who, 'video', at);
    else await this.attendance.left(sessionId, who, 'video', at);
    return true;
  }

  /** When the session ends, closes the video intervals of people LiveKit no longer lists (if it answers). */
  async reconcile(sessionId: string): Promise<void> {
    const present = await this.livekit.listIdentities(roomOf(sessionId));
    if (!present) return;
    const identities = await this.video.identitiesOf(sessionId);
    const open = (await this.attendance.list(sessionId)).filter(
      (i) => i.source === 'video' && !i.leftAt,
    );
    for (const interval of open) {
      if (!present.includes(identities.get(interval.userId) ?? ''))
        await this.attendance.left(sessionId, interval, 'video', new Date());
    }
  }
}
