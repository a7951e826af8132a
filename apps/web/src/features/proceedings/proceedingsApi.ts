import type {
  Proceedings,
  ProceedingsVisibility,
  PublishProceedingsRequest,
  SessionProceedingsSummary,
} from '@praxis/contracts';
import { API_BASE, apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export interface SessionProceedingsList {
  items: SessionProceedingsSummary[];
}

/** The published versions of one session's proceedings, newest first. */
export const sessionProceedingsQueryKey = (sessionId: string) =>
  ['sessions', sessionId, 'proceedings'] as const;
/** Every version of one proceedings: what a new version must refresh. */
export const proceedingsBaseQueryKey = (proceedingsId: string) =>
  ['proceedings', proceedingsId] as const;
export const proceedingsQueryKey = (proceedingsId: string, version: number | undefined) =>
  [...proceedingsBaseQueryKey(proceedingsId), { version: version ?? 'latest' }] as const;

export function fetchSessionProceedings(
  sessionId: string,
  signal?: AbortSignal,
): Promise<SessionProceedingsList> {
  return apiFetch<SessionProceedingsList>(path`/sessions/${sessionId}/proceedings`, { signal });
}

export function publishProceedings(
  sessionId: string,
  visibility: ProceedingsVisibility,
): Promise<Proceedings> {
  const body: PublishProceedingsRequest = { visibility };
  return apiFetch<Proceedings>(path`/sessions/${sessionId}/proceedings`, { method: 'POST', body });
}

function versionQuery(version: number | undefined): string {
  return version === undefined ? '' : `?version=${version}`;
}

/** The latest version, or the one asked for. */
export function fetchProceedings(
  proceedingsId: string,
  version: number | undefined,
  signal?: AbortSignal,
): Promise<Proceedings> {
  return apiFetch<Proceedings>(`${path`/proceedings/${proceedingsId}`}${versionQuery(version)}`, {
    signal,
  });
}

/** The proceedings as a Markdown file (a plain link: the cookie goes along). */
export function proceedingsMarkdownUrl(proceedingsId: string, version?: number): string {
  return `${API_BASE}${path`/proceedings/${proceedingsId}/markdown`}${versionQuery(version)}`;
}

/** The address of a proceedings page in the app. */
export function proceedingsPagePath(proceedingsId: string, version?: number): string {
  return `/proceedings/${encodeURIComponent(proceedingsId)}${versionQuery(version)}`;
}
