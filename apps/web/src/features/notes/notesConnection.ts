import { NOTES_CLOSE, notesDocumentName, NOTES_PATH } from '@praxis/contracts';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { closeReasonOf, INITIAL_NOTES_STATUS, type NotesStatusInput } from './notesStatus';

/** How long the editor waits for this device's copy before showing the notes without it. */
const LOCAL_COPY_WAIT_MS = 1500;
/** After the server closed the notes (say, unavailable for a moment): first retry, then doubling. */
const REOPEN_FIRST_MS = 5_000;
const REOPEN_MAX_MS = 60_000;
/** After a refused change: the next try waits for the writer to change something, then this long. */
const REOPEN_AFTER_EDIT_MS = 2_000;
const PERMISSION_DENIED = 'permission-denied';

export interface NotesConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once this device's copy is loaded (or could not be, after a short wait). */
  ready: Promise<void>;
  subscribe: (listener: () => void) => () => void;
  getStatus: () => NotesStatusInput;
  destroy: () => void;
}

/** The notes WebSocket address on this origin (http → ws, https → wss). */
export function notesUrl(origin: string = window.location.origin): string {
  return `${origin.replace(/^http/, 'ws')}${NOTES_PATH}`;
}

/**
 * Opens a session's notes: a Yjs document, its copy on this device (IndexedDB, so edits made offline
 * survive a closed tab and are sent on the next connection) and the Hocuspocus connection. The
 * session cookie authenticates the upgrade; Hocuspocus still wants a token, so it gets a placeholder.
 * Everything the status line needs is gathered into one store.
 */
export function openNotesConnection({
  sessionId,
  userId,
  canWrite,
}: {
  sessionId: string;
  userId: string;
  canWrite: boolean;
}): NotesConnection {
  const name = notesDocumentName(sessionId);
  const doc = new Y.Doc();
  const listeners = new Set<() => void>();
  let status: NotesStatusInput = {
    ...INITIAL_NOTES_STATUS,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    readOnly: !canWrite,
  };
  const update = (change: Partial<NotesStatusInput>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener();
  };

  // One copy per person and session: someone else signing in on this device never sends it.
  const persistence =
    typeof indexedDB === 'undefined'
      ? null
      : new IndexeddbPersistence(`praxis-notes:${userId}:${name}`, doc);
  const localCopy = persistence
    ? persistence.whenSynced.then(() => update({ keptOnDevice: true }))
    : Promise.resolve();
  persistence?._db.catch(() => update({ keptOnDevice: false }));
  const ready = Promise.race([
    localCopy,
    new Promise<void>((resolve) => setTimeout(resolve, LOCAL_COPY_WAIT_MS)),
  ]);

  const websocket = new HocuspocusProviderWebsocket({ url: notesUrl(), autoConnect: false });
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let reopenDelay = REOPEN_FIRST_MS;
  let waitingForEdit = false;
  let destroyed = false;

  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name,
    document: doc,
    token: 'cookie',
    onStatus: ({ status: connection }) => {
      update({
        connection,
        hasConnected: status.hasConnected || connection === 'connected',
        synced: connection === 'connected' ? status.synced : false,
      });
    },
    onSynced: ({ state }) => {
      if (!state) return;
      reopenDelay = REOPEN_FIRST_MS;
      update({ synced: true, closeReason: null, unsyncedChanges: provider.unsyncedChanges });
    },
    onUnsyncedChanges: ({ number }) => {
      update({ unsyncedChanges: number });
    },
    onAuthenticated: ({ scope }) => {
      update({ refused: false, readOnly: !canWrite || scope === 'readonly' });
    },
    onAuthenticationFailed: () => {
      refuse();
    },
    onClose: ({ event }) => {
      // The server closes the document (not the socket) with a reason: open it again when it can work.
      if (event.reason === PERMISSION_DENIED) {
        refuse();
        return;
      }
      const reason = closeReasonOf(event);
      // A CLOSE message for the document comes as code 1000 with a reason; a closed socket comes with
      // its own code, and the provider reconnects by itself.
      const documentClosed = event.code === 1000 && Boolean(event.reason);
      if (reason || documentClosed) {
        update({ closeReason: reason ?? status.closeReason, synced: false });
      }
      if (!documentClosed) return;
      if (reason === NOTES_CLOSE.tooLarge.reason || reason === NOTES_CLOSE.documentFull.reason) {
        waitingForEdit = true;
      } else scheduleReopen(reopenDelay, true);
    },
  });

  /** Refused for good (not, or no longer, in the network): trying again would only be refused. */
  function refuse() {
    update({ refused: true });
    clearTimeout(reopenTimer);
    websocket.disconnect();
  }

  function scheduleReopen(delay: number, backOff: boolean) {
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(() => {
      if (destroyed || status.refused) return;
      if (backOff) reopenDelay = Math.min(reopenDelay * 2, REOPEN_MAX_MS);
      provider.detach();
      provider.attach();
    }, delay);
  }

  // A change refused as too large (or by a full document) is tried again once the writer changed
  // something, such as undoing it.
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (!waitingForEdit || origin === provider) return;
    waitingForEdit = false;
    scheduleReopen(REOPEN_AFTER_EDIT_MS, false);
  });

  const online = () => {
    update({ online: true });
    // Back online: try at once rather than at the end of the current back-off.
    if (!status.refused && websocket.status !== 'connected') {
      websocket.connect().catch(() => undefined);
    }
  };
  const offline = () => update({ online: false });
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);

  provider.attach();
  websocket.connect().catch(() => undefined);

  return {
    doc,
    provider,
    ready,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    destroy: () => {
      destroyed = true;
      clearTimeout(reopenTimer);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      listeners.clear();
      provider.destroy();
      websocket.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
