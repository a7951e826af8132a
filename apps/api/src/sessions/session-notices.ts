import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '@praxis/contracts';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { formatInstant, SESSION_NOTICES } from '../mail/messages';
import type { Session } from './entities/session.entity';

interface Recipient {
  email: string;
  locale: Locale;
  time_zone: string;
  network_name: string;
}

/** E-mails members when a session moves or is cancelled, each in their language and time zone. */
@Injectable()
export class SessionNotices {
  private readonly logger = new Logger('SessionNotices');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  sessionLink(sessionId: string): string {
    return `${this.config.server.publicUrl}/sessions/${sessionId}`;
  }

  /** Sent after the change is committed; a failure is logged and never undoes the change. */
  rescheduled(session: Session, from: Date): void {
    void this.toMembers(session, (r) =>
      SESSION_NOTICES[r.locale].rescheduled({
        title: session.title,
        network: r.network_name,
        from: formatInstant(from, r.locale, r.time_zone),
        to: formatInstant(session.startsAt, r.locale, r.time_zone),
        link: this.sessionLink(session.id),
      }),
    );
  }

  cancelled(session: Session): void {
    void this.toMembers(session, (r) =>
      SESSION_NOTICES[r.locale].cancelled({
        title: session.title,
        network: r.network_name,
        when: formatInstant(session.startsAt, r.locale, r.time_zone),
        link: this.sessionLink(session.id),
      }),
    );
  }

  private async toMembers(
    session: Session,
    compose: (r: Recipient) => { subject: string; text: string },
  ): Promise<void> {
    try {
      const recipients: Recipient[] = await this.dataSource.query(
        `SELECT u.email, u.locale, u.time_zone, n.name AS network_name
           FROM memberships m JOIN users u ON u.id = m.user_id JOIN networks n ON n.id = m.network_id
          WHERE m.network_id = $1 AND u.disabled_at IS NULL`,
        [session.networkId],
      );
      for (const recipient of recipients) {
        await this.mail
          .send({ to: recipient.email, ...compose(recipient) })
          .catch((error: Error) => {
            this.logger.warn(`A session notice could not be sent: ${error.message}`);
          });
      }
    } catch (error) {
      this.logger.error(`Session notices for ${session.id} failed: ${(error as Error).message}`);
    }
  }
}
