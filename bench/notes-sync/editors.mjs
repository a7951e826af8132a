// Worker thread of the load generator: hosts a share of the editors of one document, types at its share of
// the aggregate rate (round robin over its editors, one small Yjs transaction each: "<step>:<send time>;"
// appended to the editor's own paragraph), and records, for every editor, the arrival of every other
// editor's insert (send and arrival clocks are the same process-wide monotonic clock, process.hrtime) in a
// 0.1 ms histogram, plus the time until the server acknowledged each own update (SyncStatus). Driven by
// run.mjs through postMessage; never started by hand.
/* global setTimeout */
import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import { openNotes, ownParagraph } from './client.mjs';

const { url, docName, tokens, labels, base, cookieName } = workerData;
const BASE = BigInt(base);
const now = () => Number(process.hrtime.bigint() - BASE) / 1e6; // ms, shared by every thread of the process

const BUCKET_MS = 0.1;
const BUCKETS = 50_000; // 0.1 ms buckets up to 5 s; the last bucket takes everything slower
const STAMP = /(\d+):(\d+(?:\.\d+)?);/g;

let closing = false;
let disconnects = 0;
const closeReasons = {};
const editors = tokens.map((token, i) => ({
  token,
  label: labels[i],
  client: null,
  text: null,
  inFlight: [], // [stepId, sentAt] of own updates not yet acknowledged, in order
}));
let rr = 0;

let step = newStep(-1);
function newStep(id) {
  return {
    id,
    sent: 0,
    received: 0,
    acked: 0,
    frames: 0,
    frameBytes: 0,
    hist: new Uint32Array(BUCKETS + 1),
    ackHist: new Uint32Array(BUCKETS + 1),
    maxMs: 0,
  };
}
let late = 0; // deliveries of a step that is over (or before any)

const bucket = (ms) => Math.min(BUCKETS, Math.max(0, Math.floor(ms / BUCKET_MS)));

function onEvents(events) {
  const t = now();
  for (const event of events) {
    if (event.transaction.local || !(event.target instanceof Y.XmlText)) continue;
    for (const op of event.delta) {
      if (typeof op.insert !== 'string') continue;
      for (const m of op.insert.matchAll(STAMP)) {
        if (Number(m[1]) !== step.id) {
          late++;
          continue;
        }
        const ms = t - Number(m[2]);
        step.received++;
        if (ms > step.maxMs) step.maxMs = ms;
        step.hist[bucket(ms)]++;
      }
    }
  }
}

async function pool(items, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

const commands = {
  async connect({ concurrency, timeoutMs }) {
    const t0 = now();
    const errors = [];
    await pool(editors, concurrency, async (e) => {
      e.client = openNotes({
        url,
        docName,
        token: e.token,
        cookieName,
        timeoutMs,
        onAck: () => {
          const sent = e.inFlight.shift();
          if (sent && sent[0] === step.id) {
            step.acked++;
            step.ackHist[bucket(now() - sent[1])]++;
          }
        },
      });
      try {
        await e.client.ready;
      } catch (error) {
        errors.push(error.message);
        return;
      }
      e.client.provider.on('close', ({ event }) => {
        if (closing) return;
        disconnects++;
        const key = `${event?.code ?? ''} ${event?.reason ?? ''}`.trim();
        closeReasons[key] = (closeReasons[key] ?? 0) + 1;
      });
      e.client.doc.getXmlFragment('default').observeDeep(onEvents);
      e.client.socket.on('message', (event) => {
        step.frames++;
        step.frameBytes += event.data?.byteLength ?? 0;
      });
      // Each editor types into its own paragraph; the structure is made before anything is measured.
      e.inFlight.push([-1, now()]);
      e.text = ownParagraph(e.client.doc, e.label);
    });
    return {
      ok: editors.length - errors.length,
      failed: errors.length,
      errors: errors.slice(0, 3),
      ms: now() - t0,
    };
  },

  /** Paragraphs (of every editor) each editor of this thread sees, lowest first. */
  paragraphs() {
    let min = Infinity;
    for (const e of editors) {
      if (!e.client) continue;
      const n = e.client.doc
        .getXmlFragment('default')
        .toArray()
        .filter((node) => node instanceof Y.XmlElement && node.getAttribute('data-bench')).length;
      if (n < min) min = n;
    }
    return min;
  },

  begin({ stepId }) {
    step = newStep(stepId);
    return null;
  },

  /** Types `rate` updates/s (this thread's share) for `seconds`, round robin over this thread's editors. */
  async send({ stepId, rate, seconds }) {
    const s = step;
    const total = Math.round(rate * seconds);
    const t0 = now();
    let seq = 0;
    let behind = 0;
    await new Promise((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor(((now() - t0) * rate) / 1000) + 1);
        if (due - seq > behind) behind = due - seq;
        while (seq < due) {
          const e = editors[rr];
          rr = (rr + 1) % editors.length;
          if (!e.text) continue;
          const t = now();
          seq++;
          s.sent++;
          e.inFlight.push([stepId, t]);
          e.text.insert(e.text.length, `${stepId}:${t.toFixed(2)};`);
        }
        if (seq >= total) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    return { sent: seq, ms: now() - t0, maxBehind: behind };
  },

  stats({ withHistogram }) {
    const s = step;
    return {
      stepId: s.id,
      sent: s.sent,
      received: s.received,
      acked: s.acked,
      frames: s.frames,
      frameBytes: s.frameBytes,
      unacked: editors.reduce((a, e) => a + e.inFlight.length, 0),
      maxMs: s.maxMs,
      late,
      disconnects,
      closeReasons,
      connected: editors.filter((e) => e.client?.provider.isAuthenticated).length,
      hist: withHistogram ? s.hist : undefined,
      ackHist: withHistogram ? s.ackHist : undefined,
    };
  },

  endStep() {
    step = newStep(-1);
    return null;
  },

  async close() {
    closing = true;
    for (const e of editors) e.client?.close();
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
