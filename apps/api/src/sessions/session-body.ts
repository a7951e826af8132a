import {
  planAgenda,
  type Presenter,
  type Session as SessionBody,
  type SessionSummary,
} from '@praxis/contracts';
import type { AgendaItem } from './entities/agenda-item.entity';
import type { SessionChange } from './entities/session-change.entity';
import type { Session } from './entities/session.entity';

export function endsAt(session: Session): Date {
  return new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
}

export function sessionSummary(session: Session, agendaMinutes: number): SessionSummary {
  return {
    id: session.id,
    networkId: session.networkId,
    title: session.title,
    description: session.description,
    topics: session.topics,
    startsAt: session.startsAt.toISOString(),
    endsAt: endsAt(session).toISOString(),
    timeZone: session.timeZone,
    durationMinutes: session.durationMinutes,
    status: session.status,
    sequence: session.sequence,
    agendaMinutes,
    overrunMinutes: Math.max(0, agendaMinutes - session.durationMinutes),
  };
}

export function sessionBody(
  session: Session,
  items: AgendaItem[],
  presentersOf: (item: AgendaItem) => Presenter[],
  history: SessionChange[],
): SessionBody {
  const plan = planAgenda(
    session.startsAt,
    session.durationMinutes,
    items.map((i) => i.minutes),
  );
  return {
    ...sessionSummary(session, plan.totalMinutes),
    agenda: items.map((item, index) => ({
      id: item.id,
      position: index,
      title: item.title,
      kind: item.kind,
      minutes: item.minutes,
      presenterIds: item.presenterIds,
      presenterDelegationIds: item.presenterDelegationIds,
      presenters: presentersOf(item),
      notes: item.notes,
      plannedStart: plan.plannedStarts[index]!,
    })),
    history: history.map((change) => ({
      at: change.at.toISOString(),
      kind: change.kind,
      by: change.by?.displayName ?? '',
      fromStartsAt: change.fromStartsAt?.toISOString() ?? null,
      toStartsAt: change.toStartsAt?.toISOString() ?? null,
      fromDurationMinutes: change.fromDurationMinutes,
      toDurationMinutes: change.toDurationMinutes,
      status: change.status,
    })),
  };
}
