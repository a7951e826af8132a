import { NOTES_CLOSE } from '@praxis/contracts';
import type { TFunction } from 'i18next';

/** The WebSocket's state as the Hocuspocus provider reports it (its `status` event). */
export type NotesConnection = 'connecting' | 'connected' | 'disconnected';

export type NotesCloseReason = (typeof NOTES_CLOSE)[keyof typeof NOTES_CLOSE]['reason'];

/** Everything the status line depends on, gathered from the provider and the browser. */
export interface NotesStatusInput {
  connection: NotesConnection;
  /** navigator.onLine: false means the device knows it has no network at all. */
  online: boolean;
  /** Whether the provider has been connected at least once (then a new attempt is a reconnection). */
  hasConnected: boolean;
  /** Whether the first sync with the server has finished since the last connection. */
  synced: boolean;
  /**
   * Updates sent but not yet acknowledged. The server acknowledges an update only once it is committed
   * to the database, so anything above 0 means "not yet saved on the server".
   */
  unsyncedChanges: number;
  /** The viewer may not write: an observer, or the server granted a read-only connection. */
  readOnly: boolean;
  /** Whether edits survive a closed tab while offline (the IndexedDB copy is available). */
  keptOnDevice: boolean;
  /** The server refused the connection (authentication failed: not in the network). */
  refused: boolean;
  /** Why the server last closed the notes (NOTES_CLOSE), until the next successful sync. */
  closeReason: NotesCloseReason | null;
}

export type NotesStatusKey =
  | 'connecting'
  | 'saving'
  | 'saved'
  | 'offline'
  | 'offlineUnkept'
  | 'offlineReading'
  | 'reconnecting'
  | 'readOnly'
  | 'refused';

export interface NotesStatus {
  /** The sentences of the status line, in order (`notes.status.<key>`). */
  keys: NotesStatusKey[];
  /** A close the reader should know about (`notes.closed.<reason>`). */
  problem: NotesCloseReason | null;
  /** Whether the editor may take edits now (it stays editable offline: edits are kept). */
  editable: boolean;
}

export const INITIAL_NOTES_STATUS: NotesStatusInput = {
  connection: 'connecting',
  online: true,
  hasConnected: false,
  synced: false,
  unsyncedChanges: 0,
  readOnly: false,
  keptOnDevice: false,
  refused: false,
  closeReason: null,
};

/**
 * Which of our closes a provider `close` event is: the server closes a document with a reason (the
 * code travels only when the whole socket closes), so either identifies it.
 */
export function closeReasonOf(
  event: { code?: number; reason?: string } | null | undefined,
): NotesCloseReason | null {
  const entry = Object.values(NOTES_CLOSE).find(
    (close) => close.reason === event?.reason || close.code === event?.code,
  );
  return entry ? entry.reason : null;
}

/** What the status line says for a state of the connection: a pure mapping, tested on its own. */
export function notesStatus(input: NotesStatusInput): NotesStatus {
  if (input.refused) return { keys: ['refused'], problem: null, editable: false };
  const problem = input.closeReason;
  const connected = input.connection === 'connected';

  let connection: NotesStatusKey;
  if (!input.online && !connected) {
    connection = input.readOnly
      ? 'offlineReading'
      : input.keptOnDevice
        ? 'offline'
        : 'offlineUnkept';
  } else if (!connected || !input.synced) {
    connection = input.hasConnected ? 'reconnecting' : 'connecting';
  } else if (input.readOnly) {
    return { keys: ['readOnly'], problem, editable: false };
  } else {
    connection = input.unsyncedChanges > 0 ? 'saving' : 'saved';
  }
  return {
    keys: input.readOnly ? ['readOnly', connection] : [connection],
    problem,
    editable: !input.readOnly,
  };
}

/** The status line in the reader's language ("Read only · Reconnecting…"). */
export function notesStatusText(t: TFunction, status: NotesStatus): string {
  return status.keys.map((key) => t(`notes.status.${key}`)).join(' · ');
}

export function notesProblemText(t: TFunction, problem: NotesCloseReason): string {
  return t(`notes.closed.${problem}`);
}
