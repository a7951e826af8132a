// Worker thread of the load generator: hosts a share of the socket.io clients, sends chat at its share
// of the target rate, records every delivery's latency (send and arrival clocks are the same process-wide
// monotonic clock, process.hrtime) into a 0.1 ms histogram, and counts acks, rejections, losses and
// disconnects. Driven by run.mjs through postMessage; never started by hand.
/* global setTimeout */
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';
import * as parser from 'socket.io-parser';

const { url, tokens, sessionId, base, workerId, cookieName } = workerData;
const BASE = BigInt(base);
const now = () => Number(process.hrtime.bigint() - BASE) / 1e6; // ms, shared by every thread of the process

export const BUCKET_MS = 0.1;
export const BUCKETS = 50_000; // 0.1 ms buckets up to 5 s; the last bucket takes everything slower

/**
 * socket.io's own parser, except that presence broadcasts (`presence:changed`) are counted and not
 * JSON-parsed: everyone learns about everyone, so N joins send O(N²) participants in all, and parsing them
 * in the load generator would measure the generator, not the server. Wire format and server behaviour are
 * unchanged; the join snapshot (the `session:join` ack) is parsed as usual.
 */
const PRESENCE_PREFIX = '2/live,["presence:changed"';
class SkimmingDecoder extends parser.Decoder {
  add(obj) {
    if (typeof obj === 'string' && obj.startsWith(PRESENCE_PREFIX)) {
      presenceUpdates++;
      presenceBytes += obj.length;
      return;
    }
    super.add(obj);
  }
}
const skimmingParser = {
  protocol: parser.protocol,
  PacketType: parser.PacketType,
  Encoder: parser.Encoder,
  Decoder: SkimmingDecoder,
};

let presenceUpdates = 0;
let presenceBytes = 0;
let disconnects = 0;
const disconnectReasons = {};
let closing = false;
const clients = tokens.map((token, i) => ({ token, i, sock: null, lastSent: -Infinity }));
let rr = 0; // round-robin pointer over senders, kept across steps so per-person spacing holds across steps

let step = newStep(-1);
function newStep(id) {
  return {
    id,
    sentOk: 0,
    attempted: 0,
    skipped: 0,
    rejected: 0,
    rejectCodes: {},
    ackTimeouts: 0,
    pendingAcks: 0,
    received: 0,
    hist: new Uint32Array(BUCKETS + 1),
    maxMs: 0,
  };
}
let late = 0;

function onChat(payload) {
  const text = payload?.message?.text;
  if (typeof text !== 'string') return;
  const bar = text.indexOf('|');
  const id = Number(text.slice(0, bar));
  if (id !== step.id) {
    late++;
    return;
  }
  const sentAt = Number(text.slice(bar + 1, text.indexOf('|', bar + 1)));
  const ms = now() - sentAt;
  step.received++;
  if (ms > step.maxMs) step.maxMs = ms;
  step.hist[Math.min(BUCKETS, Math.max(0, Math.floor(ms / BUCKET_MS)))]++;
}

function connectOne(c) {
  return new Promise((resolve) => {
    const sock = io(`${url}/live`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 30_000,
      parser: skimmingParser,
      extraHeaders: c.token ? { Cookie: `${cookieName}=${c.token}` } : {},
    });
    c.sock = sock;
    sock.on('chat:message', onChat);
    sock.once('connect', () => {
      sock.on('disconnect', (reason) => {
        if (closing) return;
        disconnects++;
        disconnectReasons[reason] = (disconnectReasons[reason] ?? 0) + 1;
      });
      resolve(null);
    });
    sock.once('connect_error', (error) => resolve(error.message));
  });
}

async function pool(items, concurrency, fn) {
  let next = 0;
  const results = [];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const k = next++;
        results[k] = await fn(items[k]);
      }
    }),
  );
  return results;
}

const commands = {
  async connect({ batch }) {
    const t0 = now();
    const errors = [];
    for (let k = 0; k < clients.length; k += batch) {
      const results = await Promise.all(clients.slice(k, k + batch).map(connectOne));
      for (const r of results) if (r) errors.push(r);
    }
    return {
      ok: clients.length - errors.length,
      failed: errors.length,
      errors: errors.slice(0, 3),
      ms: now() - t0,
    };
  },

  async join({ concurrency, timeoutMs }) {
    const t0 = now();
    const errors = [];
    await pool(clients, concurrency, async (c) => {
      try {
        const ack = await c.sock.timeout(timeoutMs).emitWithAck('session:join', { sessionId });
        if (!ack?.ok) errors.push(`${ack?.code}: ${ack?.message}`);
      } catch (error) {
        errors.push(error.message);
      }
    });
    return {
      ok: clients.length - errors.length,
      failed: errors.length,
      errors: errors.slice(0, 3),
      ms: now() - t0,
    };
  },

  /** Sends `rate` messages/s (this worker's share) for `seconds`, each sender at least `minGapMs` apart. */
  begin({ stepId }) {
    step = newStep(stepId);
    return null;
  },

  async send({ stepId, rate, seconds, minGapMs, ackTimeoutMs }) {
    const s = step;
    const total = Math.round(rate * seconds);
    const t0 = now();
    let seq = 0;
    await new Promise((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor(((now() - t0) * rate) / 1000) + 1);
        while (seq < due) {
          const c = clients[rr];
          const t = now();
          // A sender whose previous message is too recent (the loop ran late and is catching up) waits for
          // the next tick rather than break the per-person limit.
          if (t - c.lastSent < minGapMs) break;
          seq++;
          s.attempted++;
          rr = (rr + 1) % clients.length;
          c.lastSent = t;
          s.pendingAcks++;
          c.sock
            .timeout(ackTimeoutMs)
            .emit(
              'chat:send',
              { sessionId, text: `${stepId}|${t.toFixed(4)}|w${workerId}-${seq}` },
              (error, ack) => {
                s.pendingAcks--;
                if (error) s.ackTimeouts++;
                else if (ack?.ok) s.sentOk++;
                else {
                  s.rejected++;
                  s.rejectCodes[ack?.code] = (s.rejectCodes[ack?.code] ?? 0) + 1;
                }
              },
            );
        }
        // Messages the per-person spacing did not allow within a second of grace: the rate was not reached.
        if (seq < total && now() - t0 > seconds * 1000 + 1000) s.skipped = total - seq;
        if (seq >= total || s.skipped) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    return { attempted: s.attempted, skipped: s.skipped, ms: now() - t0 };
  },

  stats({ withHistogram }) {
    const s = step;
    return {
      stepId: s.id,
      sentOk: s.sentOk,
      pendingAcks: s.pendingAcks,
      rejected: s.rejected,
      rejectCodes: s.rejectCodes,
      ackTimeouts: s.ackTimeouts,
      received: s.received,
      maxMs: s.maxMs,
      late,
      disconnects,
      disconnectReasons,
      presenceUpdates,
      presenceBytes,
      connected: clients.filter((c) => c.sock?.connected).length,
      hist: withHistogram ? s.hist : undefined,
    };
  },

  /** Stops counting this step's deliveries (anything arriving later is "late", i.e. lost for the step). */
  endStep() {
    step = newStep(-1);
    return null;
  },

  async close() {
    closing = true;
    for (const c of clients) c.sock?.disconnect();
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
