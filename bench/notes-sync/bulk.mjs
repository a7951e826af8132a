// Worker thread for the bulk ingest. run.mjs starts two: one hosts the writer, which sends `updates` small
// updates (one Yjs transaction each: one character appended to its paragraph) as fast as its socket takes
// them; the other hosts the observer (a second client on the same document, which must end up with every
// update) and then the late joiners, one after the other. Both threads share the process-wide monotonic
// clock, so their timestamps compare. Driven by run.mjs through postMessage; never started by hand.
/* global setTimeout, setImmediate */
import { parentPort, workerData } from 'node:worker_threads';
import { findParagraph, openNotes, ownParagraph } from './client.mjs';

const { base, cookieName, sentFlag } = workerData;
/** Set by the writer when its last update is sent: the "right after" joiner starts then. */
const sent = new Int32Array(sentFlag);
const BASE = BigInt(base);
const now = () => Number(process.hrtime.bigint() - BASE) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const turn = () => new Promise((r) => setImmediate(r));
const TYPED =
  'Stockouts of first-line ARVs fell after the district pharmacy moved to monthly orders. ';
const HIGH_WATER = 1 << 20; // stop writing while more than 1 MiB waits in the socket
const LABEL = 'bulk';
/** CPU of this thread only (process.cpuUsage() would count every thread of the load generator). */
const threadCpu = (since) =>
  process.threadCpuUsage ? process.threadCpuUsage(since) : process.cpuUsage(since);

let client = null;
let text = null;

function until(predicate, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const poll = () => {
      if (predicate()) return resolve(now());
      if (now() - t0 > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(poll, 2);
    };
    poll();
  });
}

const commands = {
  /** Connects this thread's client; the writer also makes the paragraph and waits for its ack. */
  async open({ url, docName, token, writer }) {
    client = openNotes({ url, docName, token, cookieName });
    await client.ready;
    if (writer) {
      text = ownParagraph(client.doc, LABEL);
      await client.acked();
    } else {
      await until(() => findParagraph(client.doc, LABEL), 10_000, 'the bulk paragraph');
      text = findParagraph(client.doc, LABEL);
    }
    return null;
  },

  /** Writer: sends the updates, then waits until the server acknowledged every one of them. */
  async write({ updates, timeoutMs }) {
    const ws = () => client.socket.webSocket;
    let bytes = 0;
    const sizeOf = (update) => (bytes += update.length);
    client.doc.on('update', sizeOf);
    let waits = 0;
    const cpu0 = threadCpu();
    const t0 = now();
    for (let i = 0; i < updates; i++) {
      text.insert(text.length, TYPED[i % TYPED.length]);
      if (i % 256 === 255) {
        // As fast as the socket takes them: yield now and then (acks and echoes are read meanwhile) and
        // wait while the socket's send buffer is over the high-water mark.
        await turn();
        while ((ws()?.bufferedAmount ?? 0) > HIGH_WATER) {
          waits++;
          await sleep(1);
        }
      }
    }
    const sentAt = now();
    Atomics.store(sent, 0, 1);
    Atomics.notify(sent, 0);
    client.doc.off('update', sizeOf);
    let ackedAt = null;
    let error = null;
    try {
      ackedAt = await Promise.race([
        client.acked().then(() => now()),
        sleep(timeoutMs).then(() => {
          throw new Error(
            `not every update acknowledged within ${timeoutMs / 1000} s (${client.provider.unsyncedChanges} left)`,
          );
        }),
      ]);
    } catch (e) {
      error = e.message;
    }
    const cpu = threadCpu(cpu0);
    return {
      t0,
      bytes,
      sendMs: sentAt - t0,
      ackedAt,
      length: text.length,
      backpressureWaits: waits,
      writerCpuMs: (cpu.user + cpu.system) / 1000,
      error,
    };
  },

  /** Observer: resolves with the time its paragraph holds `updates` characters. */
  async observe({ updates, timeoutMs }) {
    const cpu0 = threadCpu();
    let at = null;
    let error = null;
    try {
      at = await until(() => text.length >= updates, timeoutMs, 'the observer');
    } catch (e) {
      error = e.message;
    }
    const cpu = threadCpu(cpu0);
    return { at, length: text.length, observerCpuMs: (cpu.user + cpu.system) / 1000, error };
  },

  /** One late joiner: from opening the socket until it is synced with every update in the paragraph. */
  async join({ url, docName, token, updates, timeoutMs, afterSent = false }) {
    if (afterSent) await Atomics.waitAsync(sent, 0, 0).value; // until the writer's last send
    const t0 = now();
    const marks = {};
    const joiner = openNotes({ url, docName, token, cookieName, timeoutMs });
    joiner.provider.on('open', () => (marks.open ??= now() - t0));
    joiner.provider.on('authenticated', () => (marks.authenticated ??= now() - t0));
    try {
      await joiner.ready;
      const ms = now() - t0;
      const length = findParagraph(joiner.doc, LABEL)?.length ?? 0;
      return { t0, ms, ...marks, length, complete: length >= updates };
    } catch (e) {
      return { t0, ms: null, ...marks, length: 0, complete: false, error: e.message };
    } finally {
      joiner.close();
    }
  },

  async close() {
    client?.close();
    client = text = null;
    return null;
  },
};

parentPort.on('message', async ({ id, cmd, args }) => {
  try {
    parentPort.postMessage({ id, result: await commands[cmd](args ?? {}) });
  } catch (error) {
    parentPort.postMessage({ id, error: error.stack ?? String(error) });
  }
});
