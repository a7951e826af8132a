// One notes client: a real @hocuspocus/provider (4.8) over a `ws` socket that sends the session cookie on
// the upgrade, as apps/api/test/support/notes-client.ts does. Shared by the load-generator threads
// (editors.mjs, bulk.mjs). No awareness (the bench measures document updates, not cursors).
/* global setTimeout, clearTimeout */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * Opens `docName` on `url` (ws://host:port/collab). `token` is the praxis_session cookie value, or null
 * for the bare server. `ready` resolves once the first sync is done and the server acknowledged it
 * (unsyncedChanges back to 0), and rejects on refusal, close or `timeoutMs`.
 */
export function openNotes({ url, docName, token, cookieName, timeoutMs = 60_000, onAck }) {
  const headers = token ? { cookie: `${cookieName}=${token}` } : {};
  class CookieWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CookieWebSocket,
    maxAttempts: 1,
  });
  let settle;
  const ready = new Promise((resolve, reject) => (settle = { resolve, reject }));
  let done = false;
  const finish = (error) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (error) settle.reject(error);
    else settle.resolve();
  };
  const timer = setTimeout(() => finish(new Error(`no sync within ${timeoutMs} ms`)), timeoutMs);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: docName,
    document: doc,
    token: 'cookie',
    awareness: null,
    onAuthenticationFailed: ({ reason }) => finish(new Error(`refused: ${reason}`)),
  });
  // Every SyncStatus the server sends for one of our updates ("saved" on the notes server, "applied" on
  // the bare one) decrements unsyncedChanges: the hook lets the editors time each acknowledgement.
  if (onAck) {
    const decrement = provider.decrementUnsyncedChanges.bind(provider);
    provider.decrementUnsyncedChanges = () => {
      if (done) onAck();
      decrement();
    };
  }
  const check = () => {
    if (provider.synced && provider.unsyncedChanges === 0) finish();
  };
  provider.on('synced', check);
  provider.on('unsyncedChanges', check);
  provider.on('close', ({ event }) =>
    finish(new Error(`closed: ${event?.code ?? ''} ${event?.reason ?? ''}`.trim())),
  );
  provider.attach();
  return {
    doc,
    provider,
    socket,
    ready,
    /** Resolves when every change made so far has been acknowledged. */
    acked: () =>
      new Promise((resolve) => {
        const poll = () => {
          if (provider.unsyncedChanges === 0) {
            provider.off('unsyncedChanges', poll);
            resolve();
          }
        };
        provider.on('unsyncedChanges', poll);
        poll();
      }),
    close: () => {
      finish(new Error('closed by the bench'));
      try {
        provider.destroy();
        socket.destroy();
      } catch {
        /* already gone */
      }
    },
  };
}

/** The bench's paragraph in the notes' XML fragment (`default`, as Tiptap uses it), created on demand. */
export function ownParagraph(doc, label) {
  const fragment = doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.setAttribute('data-bench', label);
  paragraph.insert(0, [text]);
  fragment.push([paragraph]);
  return text;
}

/** Finds a bench paragraph's text by its label, or undefined. */
export function findParagraph(doc, label) {
  for (const node of doc.getXmlFragment('default').toArray()) {
    if (node instanceof Y.XmlElement && node.getAttribute('data-bench') === label) {
      const text = node.get(0);
      if (text instanceof Y.XmlText) return text;
    }
  }
  return undefined;
}
