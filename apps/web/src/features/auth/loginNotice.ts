import type { ReturnToState } from './returnTo';

/** A sentence the login page shows on arrival, set by the page that sent the visitor there. */
export type LoginNotice =
  { kind: 'joined'; networkName: string; email?: string } | { kind: 'passwordReset' };

export interface LoginState extends ReturnToState {
  notice?: LoginNotice;
}

export function loginNotice(state: unknown): LoginNotice | undefined {
  const notice = (state as LoginState | null | undefined)?.notice;
  if (notice?.kind === 'joined' && typeof notice.networkName === 'string') return notice;
  if (notice?.kind === 'passwordReset') return notice;
  return undefined;
}
