import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type createSessionSchema,
  ErrorCode,
  FieldErrorCode,
  type listSessionsQuerySchema,
  type Presenter,
  SESSION_TRANSITIONS,
  type Session as SessionBody,
  type SessionList,
  type TopicSuggestions,
  type updateSessionSchema,
} from '@praxis/contracts';
import { DataSource, In, Repository } from 'typeorm';
import type { z } from 'zod';
import type { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';
import { Delegation } from '../networks/entities/delegation.entity';
import { Membership } from '../networks/entities/membership.entity';
import { AgendaItem } from './entities/agenda-item.entity';
import { SessionChange } from './entities/session-change.entity';
import { Session } from './entities/session.entity';
import { sessionBody, sessionSummary } from './session-body';
import { SessionNotices } from './session-notices';

type CreateSession = z.output<typeof createSessionSchema>;
type UpdateSession = z.output<typeof updateSessionSchema>;
type ListQuery = z.output<typeof listSessionsQuerySchema>;

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(AgendaItem) private readonly items: Repository<AgendaItem>,
    @InjectRepository(SessionChange) private readonly changes: Repository<SessionChange>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Delegation) private readonly delegations: Repository<Delegation>,
    private readonly notices: SessionNotices,
    private readonly dataSource: DataSource,
  ) {}

  /** Upcoming: not yet over, soonest first. Past: over (or ended), latest first. */
  async list(networkId: string, query: ListQuery): Promise<SessionList> {
    const q = this.sessions
      .createQueryBuilder('session')
      .addSelect(
        (sub) =>
          sub
            .select('coalesce(sum(item.minutes), 0)::int')
            .from(AgendaItem, 'item')
            .where('item.session_id = session.id'),
        'agenda_minutes',
      )
      .where('session.network_id = :networkId', { networkId });
    const over = `(session.status = 'ended' OR session.starts_at + session.duration_minutes * interval '1 minute' < now())`;
    if (query.when === 'upcoming') q.andWhere(`NOT ${over}`).orderBy('session.starts_at', 'ASC');
    else if (query.when === 'past') q.andWhere(over).orderBy('session.starts_at', 'DESC');
    else q.orderBy('session.starts_at', 'DESC');
    if (query.status) q.andWhere('session.status = :status', { status: query.status });
    if (query.topic)
      q.andWhere('lower(:topic) = ANY (SELECT lower(t) FROM unnest(session.topics) t)', {
        topic: query.topic,
      });
    q.addOrderBy('session.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    const [{ entities, raw }, total] = await Promise.all([
      q.getRawAndEntities<{ agenda_minutes: number }>(),
      q.getCount(),
    ]);
    return {
      items: entities.map((s, i) => sessionSummary(s, raw[i]!.agenda_minutes)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async topics(networkId: string): Promise<TopicSuggestions> {
    const rows: { topic: string; count: number }[] = await this.sessions.query(
      `SELECT min(t) AS topic, count(*)::int AS count
         FROM sessions s, unnest(s.topics) t
        WHERE s.network_id = $1
        GROUP BY lower(t) ORDER BY count DESC, min(t) ASC LIMIT 100`,
      [networkId],
    );
    return { items: rows };
  }

  async create(networkId: string, body: CreateSession): Promise<SessionBody> {
    const startsAt = new Date(body.startsAt);
    if (
      body.status === 'ended' &&
      startsAt.getTime() + body.durationMinutes * 60_000 > Date.now()
    ) {
      throw ApiException.validation([
        {
          path: 'startsAt',
          message: 'must lie in the past for a session recorded as ended',
          code: FieldErrorCode.mustBePast,
        },
      ]);
    }
    const session = await this.sessions.save(
      this.sessions.create({ ...body, networkId, startsAt, timeSetAt: new Date() }),
    );
    return this.get(session.id);
  }

  async get(sessionId: string): Promise<SessionBody> {
    const session = await this.sessions.findOneByOrFail({ id: sessionId });
    const [items, history] = await Promise.all([
      this.items.find({ where: { sessionId }, order: { position: 'ASC' } }),
      this.changes.find({ where: { sessionId }, relations: { by: true }, order: { at: 'ASC' } }),
    ]);
    const presentersOf = await this.presenterResolver(session.networkId, items);
    return sessionBody(session, items, presentersOf, history);
  }

  async update(sessionId: string, changes: UpdateSession, by: User): Promise<SessionBody> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw ApiException.notFound('The session');
      if (session.status === 'cancelled') {
        throw new ApiException(
          409,
          ErrorCode.sessionCancelled,
          'This session was cancelled; it can no longer be changed.',
        );
      }
      const before = {
        startsAt: session.startsAt,
        durationMinutes: session.durationMinutes,
        status: session.status,
      };
      const startsAt =
        changes.startsAt !== undefined ? new Date(changes.startsAt) : session.startsAt;
      const durationMinutes = changes.durationMinutes ?? session.durationMinutes;
      const moved =
        startsAt.getTime() !== before.startsAt.getTime() ||
        durationMinutes !== before.durationMinutes;
      const status = changes.status ?? session.status;
      if (status !== before.status && !SESSION_TRANSITIONS[before.status].includes(status)) {
        throw new ApiException(
          409,
          ErrorCode.invalidStatusChange,
          `A ${before.status} session cannot become ${status}.`,
        );
      }
      if (status === 'ended' && before.status === 'scheduled' && startsAt.getTime() > Date.now()) {
        throw new ApiException(
          409,
          ErrorCode.invalidStatusChange,
          'A session that has not started yet cannot be ended.',
        );
      }
      Object.assign(session, {
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.topics !== undefined ? { topics: changes.topics } : {}),
        ...(changes.timeZone !== undefined ? { timeZone: changes.timeZone } : {}),
        startsAt,
        durationMinutes,
        status,
      });
      if (moved) session.timeSetAt = new Date();
      session.sequence += 1;
      await manager.save(session);
      const record = (kind: SessionChange['kind']) =>
        manager.insert(SessionChange, {
          sessionId,
          kind,
          byId: by.id,
          fromStartsAt: before.startsAt,
          toStartsAt: session.startsAt,
          fromDurationMinutes: before.durationMinutes,
          toDurationMinutes: session.durationMinutes,
          status: session.status,
        });
      if (moved) await record('rescheduled');
      if (status !== before.status) await record(status === 'cancelled' ? 'cancelled' : 'status');
      return { session, before, moved, cancelled: status === 'cancelled' };
    });
    if (outcome.cancelled) this.notices.cancelled(outcome.session);
    else if (outcome.moved && outcome.session.status === 'scheduled')
      this.notices.rescheduled(outcome.session, outcome.before.startsAt);
    return this.get(sessionId);
  }

  /** Presenters as shown: members with their country, delegations with their organisation. */
  async presenterResolver(
    networkId: string,
    items: AgendaItem[],
  ): Promise<(item: AgendaItem) => Presenter[]> {
    const userIds = [...new Set(items.flatMap((i) => i.presenterIds))];
    const delegationIds = [...new Set(items.flatMap((i) => i.presenterDelegationIds))];
    const [members, delegations] = await Promise.all([
      userIds.length
        ? this.memberships.find({
            where: { networkId, userId: In(userIds) },
            relations: { user: true, delegation: true },
          })
        : [],
      delegationIds.length ? this.delegations.findBy({ networkId, id: In(delegationIds) }) : [],
    ]);
    const memberById = new Map(members.map((m) => [m.userId, m]));
    const delegationById = new Map(delegations.map((d) => [d.id, d]));
    return (item) => [
      ...item.presenterIds.flatMap((id): Presenter[] => {
        const m = memberById.get(id);
        return m
          ? [
              {
                kind: 'member',
                userId: id,
                displayName: m.user!.displayName,
                countryCode: m.delegation?.countryCode ?? null,
              },
            ]
          : [];
      }),
      ...item.presenterDelegationIds.flatMap((id): Presenter[] => {
        const d = delegationById.get(id);
        return d
          ? [
              {
                kind: 'delegation',
                delegationId: id,
                countryCode: d.countryCode,
                organization: d.organization,
              },
            ]
          : [];
      }),
    ];
  }
}
