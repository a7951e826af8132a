import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Locale } from '@praxis/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { formatInstant, SESSION_NOTICES } from '../mail/messages';

interface DueReminder {
  session_id: string;
  title: string;
  starts_at: Date;
  network_name: string;
  user_id: string;
  email: string;
  locale: Locale;
  time_zone: string;
  minutes_before: number;
}

/**
 * E-mail reminders before sessions (by default 24 h and 15 min; set per network). What is due is read
 * from the database on every tick, so nothing is lost across restarts; each reminder is claimed by
 * inserting its unique delivery row first, so with several API instances exactly one sends it.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.reminderPollSeconds;
    if (seconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sendDue(new Date()).catch((error: Error) => {
      this.logger.error(`Sending reminders failed: ${error.message}`);
      return 0;
    });
    await this.running;
    this.running = undefined;
  }

  /**
   * Sends every reminder due at `now` that nobody has sent yet; returns how many this call sent.
   * Reminders that fell due before the session's time was set are skipped rather than sent late.
   */
  async sendDue(now: Date): Promise<number> {
    const due: DueReminder[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.title, s.starts_at, n.name AS network_name,
              u.id AS user_id, u.email, u.locale, u.time_zone, r.minutes AS minutes_before
         FROM sessions s
         JOIN networks n ON n.id = s.network_id
         CROSS JOIN LATERAL unnest(n.reminder_minutes_before) AS r(minutes)
         JOIN memberships m ON m.network_id = s.network_id
         JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
        WHERE s.status = 'scheduled'
          AND s.starts_at > $1
          AND s.starts_at - r.minutes * interval '1 minute' <= $1
          AND s.starts_at - r.minutes * interval '1 minute' >= s.time_set_at
          AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d
                           WHERE d.session_id = s.id AND d.user_id = u.id
                             AND d.minutes_before = r.minutes AND d.starts_at = s.starts_at)
        ORDER BY s.starts_at
        LIMIT 500`,
      [now],
    );
    let sent = 0;
    for (const reminder of due) {
      if (await this.claimAndSend(reminder)) sent += 1;
    }
    return sent;
  }

  private async claimAndSend(reminder: DueReminder): Promise<boolean> {
    const claimed: { id: string }[] = await this.dataSource.query(
      `INSERT INTO reminder_deliveries (session_id, user_id, minutes_before, starts_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT "UQ_reminder_deliveries_once" DO NOTHING
       RETURNING id`,
      [reminder.session_id, reminder.user_id, reminder.minutes_before, reminder.starts_at],
    );
    if (claimed.length === 0) return false;
    try {
      const agenda: { title: string; minutes: number }[] = await this.dataSource.query(
        'SELECT title, minutes FROM agenda_items WHERE session_id = $1 ORDER BY position',
        [reminder.session_id],
      );
      const message = SESSION_NOTICES[reminder.locale].reminder({
        title: reminder.title,
        network: reminder.network_name,
        when: formatInstant(new Date(reminder.starts_at), reminder.locale, reminder.time_zone),
        agenda: agenda.map((item, i) => `${i + 1}. ${item.title} (${item.minutes} min)`).join('\n'),
        link: `${this.config.server.publicUrl}/sessions/${reminder.session_id}`,
      });
      await this.mail.send({ to: reminder.email, ...message });
      return true;
    } catch (error) {
      // Release the claim so a later tick tries again.
      await this.dataSource.query('DELETE FROM reminder_deliveries WHERE id = $1', [
        claimed[0]!.id,
      ]);
      this.logger.warn(
        `A reminder could not be sent and will be retried: ${(error as Error).message}`,
      );
      return false;
    }
  }
}
