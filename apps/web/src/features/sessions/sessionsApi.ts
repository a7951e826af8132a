import type {
  CalendarFeed,
  CreateSessionRequest,
  PutAgendaRequest,
  Session,
  SessionList,
  TopicSuggestions,
  UpdateSessionRequest,
} from '@praxis/contracts';
import { API_BASE, apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export type SessionsWhen = 'upcoming' | 'past';

export interface SessionsQuery {
  when: SessionsWhen;
  topic?: string;
  page: number;
}

export const SESSIONS_PAGE_SIZE = 20;

/** Every list of the network's sessions, whatever its filters: what a change must refresh. */
export const networkSessionsQueryKey = (networkId: string) =>
  ['networks', networkId, 'sessions'] as const;
export const sessionsQueryKey = (networkId: string, query: SessionsQuery) =>
  [...networkSessionsQueryKey(networkId), query] as const;
export const topicsQueryKey = (networkId: string) => ['networks', networkId, 'topics'] as const;
export const sessionQueryKey = (sessionId: string) => ['sessions', sessionId] as const;

export function fetchSessions(
  networkId: string,
  query: SessionsQuery,
  signal?: AbortSignal,
): Promise<SessionList> {
  const search = new URLSearchParams({
    when: query.when,
    page: String(query.page),
    pageSize: String(SESSIONS_PAGE_SIZE),
  });
  if (query.topic) search.set('topic', query.topic);
  return apiFetch<SessionList>(`${path`/networks/${networkId}/sessions`}?${search.toString()}`, {
    signal,
  });
}

export function fetchTopics(networkId: string, signal?: AbortSignal): Promise<TopicSuggestions> {
  return apiFetch<TopicSuggestions>(path`/networks/${networkId}/topics`, { signal });
}

export function createSession(networkId: string, body: CreateSessionRequest): Promise<Session> {
  return apiFetch<Session>(path`/networks/${networkId}/sessions`, { method: 'POST', body });
}

export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<Session> {
  return apiFetch<Session>(path`/sessions/${sessionId}`, { signal });
}

export function updateSession(sessionId: string, body: UpdateSessionRequest): Promise<Session> {
  return apiFetch<Session>(path`/sessions/${sessionId}`, { method: 'PATCH', body });
}

export function putAgenda(sessionId: string, body: PutAgendaRequest): Promise<Session> {
  return apiFetch<Session>(path`/sessions/${sessionId}/agenda`, { method: 'PUT', body });
}

/** The session as an iCalendar file, for "Add to calendar" (a plain link: the cookie goes along). */
export function sessionCalendarUrl(sessionId: string): string {
  return `${API_BASE}${path`/sessions/${sessionId}/calendar.ics`}`;
}

/** A personal feed address for calendar apps; asking again replaces (and stops) the previous one. */
export function issueCalendarFeed(networkId: string): Promise<CalendarFeed> {
  return apiFetch<CalendarFeed>(path`/networks/${networkId}/calendar-feed`, { method: 'POST' });
}

export function revokeCalendarFeed(networkId: string): Promise<undefined> {
  return apiFetch<undefined>(path`/networks/${networkId}/calendar-feed`, { method: 'DELETE' });
}
