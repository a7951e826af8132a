import type { JoinResponse, ModerationAction } from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

/** A LiveKit token for the session's video room (503 video_unavailable when no video server runs). */
export function requestVideoToken(sessionId: string): Promise<JoinResponse> {
  return apiFetch<JoinResponse>(path`/sessions/${sessionId}/join`, { method: 'POST' });
}

/** A convener's action on one participant; `appliedToVideo` is false when no video room runs. */
export function moderate(
  sessionId: string,
  action: ModerationAction,
): Promise<{ appliedToVideo: boolean }> {
  return apiFetch(path`/sessions/${sessionId}/moderation`, { method: 'POST', body: action });
}

/** Closes the video room for everyone (conveners). */
export function endVideo(sessionId: string): Promise<void> {
  return apiFetch(path`/sessions/${sessionId}/end-video`, { method: 'POST' });
}
