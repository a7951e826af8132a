import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { Attendance } from './entities/attendance.entity';

export interface Attendee {
  userId: string;
  delegationId: string | null;
  countryCode: string | null;
}

/**
 * Attendance intervals per person and delegation, from the live room's presence and from LiveKit's
 * webhooks, tolerant of events that arrive late or out of order.
 */
@Injectable()
export class AttendanceService {
  constructor(@InjectRepository(Attendance) private readonly intervals: Repository<Attendance>) {}

  async joined(
    sessionId: string,
    who: Attendee,
    source: Attendance['source'],
    at: Date,
  ): Promise<void> {
    // A "left" that overtook this "joined" waits with joinedAt null: complete it instead of opening anew.
    const early = await this.intervals.findOne({
      where: { sessionId, userId: who.userId, source, joinedAt: IsNull() },
      order: { leftAt: 'ASC' },
    });
    if (early && early.leftAt && early.leftAt >= at) {
      await this.intervals.update({ id: early.id }, { joinedAt: at });
      return;
    }
    const open = await this.intervals.existsBy({
      sessionId,
      userId: who.userId,
      source,
      leftAt: IsNull(),
    });
    if (open) return;
    await this.intervals.insert({ sessionId, ...who, source, joinedAt: at, leftAt: null });
  }

  async left(
    sessionId: string,
    who: Attendee,
    source: Attendance['source'],
    at: Date,
  ): Promise<void> {
    const open = await this.intervals.findOne({
      where: {
        sessionId,
        userId: who.userId,
        source,
        leftAt: IsNull(),
        joinedAt: LessThanOrEqual(at),
      },
      order: { joinedAt: 'DESC' },
    });
    if (open) await this.intervals.update({ id: open.id }, { leftAt: at });
    else await this.intervals.insert({ sessionId, ...who, source, joinedAt: null, leftAt: at });
  }

  /** Closes every open interval of the session (the room finished, or the session ended). */
  async closeAll(sessionId: string, at: Date, source?: Attendance['source']): Promise<void> {
    await this.intervals.update(
      { sessionId, leftAt: IsNull(), ...(source ? { source } : {}) },
      { leftAt: at },
    );
  }

  list(sessionId: string): Promise<Attendance[]> {
    return this.intervals.find({ where: { sessionId }, order: { joinedAt: 'ASC' } });
  }
}
