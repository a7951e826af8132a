/** The Yjs notes of a session: one document per session on the WebSocket path `/collab`. */
export const NOTES_PATH = '/collab';
export const NOTES_FIELD = 'default';

export const notesDocumentName = (sessionId: string): string => `session:${sessionId}`;

const DOCUMENT_NAME = /^session:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function sessionIdOfNotes(documentName: string): string | null {
  return DOCUMENT_NAME.exec(documentName)?.[1]?.toLowerCase() ?? null;
}

export const NOTES_LIMITS = {
  /** One WebSocket message (a Yjs update or sync step) may not be larger than this. */
  messageBytes: 512 * 1024,
  /** The stored state of one session's notes may not grow beyond this. */
  documentBytes: 8 * 1024 * 1024,
} as const;

/**
 * Why the server closed a document's connection: the provider's `close` event carries the reason (the
 * editor shows it in the reader's language); the code is the server's, for its logs.
 */
export const NOTES_CLOSE = {
  tooLarge: { code: 4413, reason: 'message-too-large' },
  documentFull: { code: 4414, reason: 'document-full' },
  malformed: { code: 4400, reason: 'malformed-update' },
  unavailable: { code: 4503, reason: 'notes-unavailable' },
} as const;

/** What the server stamps into each connection's awareness `user` field: never taken from the client. */
export interface NotesCursorUser {
  name: string;
  countryCode: string | null;
  color: string;
}
