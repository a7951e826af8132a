/** What the session page says on arrival, set by the form that sent the convener there. */
export type SessionNotice = 'created' | 'recorded' | 'saved';

export interface SessionPageState {
  notice?: SessionNotice;
}

export function sessionNotice(state: unknown): SessionNotice | undefined {
  const notice = (state as SessionPageState | null | undefined)?.notice;
  return notice === 'created' || notice === 'recorded' || notice === 'saved' ? notice : undefined;
}
