// Worker thread of bench/load: note editors (real @hocuspocus/provider clients, bench/notes-sync's), each
// typing into its session's notes; "saved" acknowledgement latency and closes are recorded.
/* global setTimeout, clearTimeout, performance */
import { parentPort, workerData } from 'node:worker_threads';
import { openNotes, ownParagraph } from '../notes-sync/client.mjs';

const { collabUrl, cookieName, editors } = workerData;
const now = () => performance.timeOrigin + performance.now();
const clients = [];
const saved = [];
const counts = { typed: 0, saved: 0, closes: 0 };
let timers = [];

const commands = {
  async connect() {
    await Promise.all(
      editors.map(async ({ token, sessionId }, index) => {
        const pending = [];
        const client = openNotes({
          url: collabUrl,
          docName: `session:${sessionId}`,
          token,
          cookieName,
          onAck: () => {
            const sentAt = pending.shift();
            if (sentAt !== undefined) {
              saved.push(now() - sentAt);
              counts.saved += 1;
            }
          },
        });
        await client.ready;
        client.provider.on('close', () => (counts.closes += 1));
        client.text = ownParagraph(client.doc, `load-${index}`);
        client.pending = pending;
        clients.push(client);
      }),
    );
    return null;
  },

  run({ updatesPerSecond }) {
    for (const client of clients) {
      const type = () => {
        client.pending.push(now());
        client.text.insert(client.text.length, 'x');
        counts.typed += 1;
        const timer = setTimeout(type, -Math.log(1 - Math.random()) * (1000 / updatesPerSecond));
        timers.push(timer);
        if (timers.length > 10_000) timers = timers.slice(-1_000);
      };
      type();
    }
    return null;
  },

  stop() {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
    return null;
  },

  take() {
    const result = { saved: saved.splice(0), counts: { ...counts } };
    Object.assign(counts, { typed: 0, saved: 0, closes: 0 });
    return result;
  },

  disconnect() {
    for (const client of clients) client.close();
    clients.length = 0;
    return null;
  },
};

parentPort.on('message', async ({ id, cmd, args }) => {
  try {
    parentPort.postMessage({ id, result: await commands[cmd](args ?? {}) });
  } catch (error) {
    parentPort.postMessage({ id, error: error.message });
  }
});
