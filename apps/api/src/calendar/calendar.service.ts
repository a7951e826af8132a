import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { In, Repository } from 'typeorm';
import { SecretTokens } from '../auth/secret-tokens';
import { AppConfig } from '../config/app-config';
import { Network } from '../networks/entities/network.entity';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { Session } from '../sessions/entities/session.entity';
import { endsAt } from '../sessions/session-body';
import { CalendarToken } from './calendar-token.entity';

const FEED_WINDOW_DAYS = 400;

/** iCalendar feeds (ical-generator): a stable UID per session, SEQUENCE growing with every change. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(AgendaItem) private readonly items: Repository<AgendaItem>,
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(CalendarToken) private readonly feedTokens: Repository<CalendarToken>,
    private readonly tokens: SecretTokens,
    private readonly config: AppConfig,
  ) {}

  async networkFeed(networkId: string): Promise<string> {
    const network = await this.networks.findOneByOrFail({ id: networkId });
    const since = new Date(Date.now() - FEED_WINDOW_DAYS * 86_400_000);
    const sessions = await this.sessions
      .createQueryBuilder('s')
      .where('s.network_id = :networkId AND s.starts_at >= :since', { networkId, since })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    return this.render(network.name, sessions);
  }

  async sessionFile(sessionId: string): Promise<{ filename: string; body: string }> {
    const session = await this.sessions.findOneOrFail({
      where: { id: sessionId },
      relations: { network: true },
    });
    const slug =
      session.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'session';
    return { filename: `${slug}.ics`, body: await this.render(session.network!.name, [session]) };
  }

  /** Issues (or replaces) the caller's personal feed URL for this network; the old one stops working. */
  async issueFeed(userId: string, networkId: string): Promise<string> {
    const { token, hash } = this.tokens.issue();
    await this.feedTokens.upsert({ userId, networkId, tokenHash: hash }, ['userId', 'networkId']);
    return `${this.config.server.publicUrl}/api/networks/${networkId}/calendar.ics?token=${token}`;
  }

  async revokeFeed(userId: string, networkId: string): Promise<void> {
    await this.feedTokens.delete({ userId, networkId });
  }

  private async render(calendarName: string, sessions: Session[]): Promise<string> {
    const items = sessions.length
      ? await this.items.find({
          where: { sessionId: In(sessions.map((s) => s.id)) },
          order: { position: 'ASC' },
        })
      : [];
    const calendar = ical({
      name: calendarName,
      prodId: { company: 'Praxis', product: 'Praxis', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
    });
    for (const session of sessions) {
      const agenda = items
        .filter((i) => i.sessionId === session.id)
        .map((i, n) => `${n + 1}. ${i.title} (${i.minutes} min)`)
        .join('\n');
      const url = `${this.config.server.publicUrl}/sessions/${session.id}`;
      calendar.createEvent({
        id: `${session.id}@praxis`,
        sequence: session.sequence,
        start: session.startsAt,
        end: endsAt(session),
        stamp: session.updatedAt,
        summary: session.title,
        description: [session.description, agenda && `Agenda:\n${agenda}`, url]
          .filter(Boolean)
          .join('\n\n'),
        url,
        status:
          session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }
}
