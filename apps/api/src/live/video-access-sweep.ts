import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { can, JOIN_WINDOW_MINUTES_BEFORE, type Role } from '@praxis/contracts';
import { DataSource } from 'typeorm';
import { standingOf } from '../access/access-policy.service';
import { LiveKitService } from '../livekit/livekit.service';
import { roomOf } from './live-video.service';

const SWEEP_MS = 2_000;
/** After a failed removal (LiveKit unreachable, or the person was not in the room), try again this much later. */
const RETRY_MS = 30_000;
const ATTEMPTS = 5;

interface VideoSeat {
  session_id: string;
  identity: string;
  is_admin: boolean;
  disabled: boolean;
  signed_in: boolean;
  role: Role | null;
}

/**
 * Takes people out of a session's video room once they may no longer take part (removed from the network,
 * account disabled, signed out everywhere), whether or not they have the live room open: a LiveKit
 * connection outlives the ten-minute token that opened it.
 */
@Injectable()
export class VideoAccessSweep implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('VideoAccessSweep');
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;
  /** Removals asked of LiveKit, by `sessionId|identity`, so each loss of access costs one call. */
  private readonly removals = new Map<string, { attempts: number; retryAt: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly livekit: LiveKitService,
  ) {}

  onModuleInit(): void {
    if (!this.livekit.configured) return;
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(now = Date.now()): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const seats = await this.seatsInOpenRooms();
      const current = new Set<string>();
      for (const seat of seats) {
        const key = `${seat.session_id}|${seat.identity}`;
        current.add(key);
        const standing =
          seat.disabled || !seat.signed_in ? null : standingOf(seat.is_admin, seat.role);
        if (can(standing, 'live.participate')) {
          this.removals.delete(key); // Allowed again (re-invited): a later loss counts anew.
          continue;
        }
        const earlier = this.removals.get(key);
        if (earlier && earlier.retryAt > now) continue;
        const attempts = (earlier?.attempts ?? 0) + 1;
        const removed = await this.livekit.remove(roomOf(seat.session_id), seat.identity);
        this.removals.set(key, {
          attempts,
          retryAt: removed || attempts >= ATTEMPTS ? Infinity : now + RETRY_MS,
        });
      }
      for (const key of this.removals.keys()) if (!current.has(key)) this.removals.delete(key);
    } catch (error) {
      this.logger.warn(`The video access sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  /**
   * Everyone given a video token for a session whose room may be open now, with what decides their access.
   * Two statements: the open sessions first (a partial index holds only scheduled and live ones; usually
   * there are none and the sweep ends there), then their participants by session, so the cost follows the
   * rooms that are open rather than every token ever given.
   */
  private async seatsInOpenRooms(): Promise<VideoSeat[]> {
    const open: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM sessions
        WHERE status = 'live'
           OR (status = 'scheduled' AND starts_at <= now() + make_interval(mins => $1)
               AND starts_at + make_interval(mins => duration_minutes) > now())`,
      [JOIN_WINDOW_MINUTES_BEFORE],
    );
    if (open.length === 0) return [];
    return this.dataSource.query(
      `SELECT p.session_id, p.identity, u.is_admin, u.disabled_at IS NOT NULL AS disabled, m.role,
              EXISTS (SELECT 1 FROM auth_sessions a WHERE a.user_id = p.user_id AND a.expires_at > now())
                AS signed_in
         FROM live_participants p
         JOIN sessions s ON s.id = p.session_id
         JOIN users u ON u.id = p.user_id
         LEFT JOIN memberships m ON m.user_id = p.user_id AND m.network_id = s.network_id
        WHERE p.session_id = ANY($1)`,
      [open.map((session) => session.id)],
    );
  }
}
