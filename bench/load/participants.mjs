// Worker thread of bench/load: a share of the live-room participants (socket.io clients with a session
// cookie), each joined to its session, chatting, raising hands, asking and up-voting questions; the
// session's first convener moves the agenda on. Driven by run.mjs through postMessage.
/* global setTimeout, clearTimeout, setInterval, clearInterval, performance */
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { url, cookieName, people } = workerData;
const now = () => performance.timeOrigin + performance.now();
const sockets = [];
const latencies = {}; // kind → ms[]
const counts = { sent: 0, ok: 0, refused: 0, errors: 0, disconnects: 0, errorCodes: {} };
/** Refusals the rules call for (a person's chat rate limit, a second up-vote): not errors. */
const RULES = new Set(['too_many_requests', 'already_voted']);
const questionsOf = new Map(); // sessionId → question ids seen
let timers = [];

function record(kind, ms) {
  (latencies[kind] ??= []).push(ms);
}

function emit(socket, event, payload, kind) {
  const sentAt = now();
  counts.sent += 1;
  return new Promise((resolve) => {
    socket.timeout(30_000).emit(event, payload, (error, ack) => {
      if (error) {
        counts.errors += 1;
        counts.errorCodes.timeout = (counts.errorCodes.timeout ?? 0) + 1;
      } else if (ack?.ok) {
        counts.ok += 1;
        record(kind, now() - sentAt);
      } else if (RULES.has(ack?.code)) counts.refused += 1;
      else {
        counts.errors += 1;
        counts.errorCodes[ack?.code ?? 'unknown'] =
          (counts.errorCodes[ack?.code ?? 'unknown'] ?? 0) + 1;
      }
      resolve(ack);
    });
  });
}

function connectOne(person) {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/live`, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { Cookie: `${cookieName}=${person.token}` },
    });
    socket.person = person;
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') counts.disconnects += 1;
    });
    // Chat lines carry the sender's clock: delivery latency to everyone else in the room.
    socket.on('chat:message', ({ message }) => {
      const sentAt = Number(/^t:(\d+(\.\d+)?)/.exec(message.text)?.[1]);
      if (sentAt && message.userId !== person.userId) record('chat delivery', now() - sentAt);
    });
    // The server stamps when the item started: from that moment until this client hears of it.
    socket.on('agenda:update', ({ itemStartedAt }) => {
      if (itemStartedAt) record('agenda delivery', now() - Date.parse(itemStartedAt));
    });
    socket.on('question:update', ({ sessionId, question }) => {
      const ids = questionsOf.get(sessionId) ?? [];
      if (!ids.includes(question.id)) ids.push(question.id);
      questionsOf.set(sessionId, ids.slice(-50));
    });
  });
}

async function pool(items, concurrency, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** Every `meanSeconds` on average (exponential gaps), for as long as the run lasts. */
function every(meanSeconds, action) {
  let timer;
  const schedule = () => {
    timer = setTimeout(
      () => {
        void action();
        schedule();
      },
      -Math.log(1 - Math.random()) * meanSeconds * 1000,
    );
    timers.push({ clear: () => clearTimeout(timer) });
  };
  schedule();
}

const commands = {
  async connect({ concurrency }) {
    const started = now();
    await pool(people, concurrency, async (person) => {
      const socket = await connectOne(person);
      sockets.push(socket);
      const joinedAt = now();
      const ack = await emit(socket, 'session:join', { sessionId: person.sessionId }, 'join');
      if (!ack?.ok) throw new Error(`join refused: ${ack?.code} ${ack?.message}`);
      record('join', now() - joinedAt);
    });
    return { ms: now() - started };
  },

  async run({
    chatEverySeconds,
    handEverySeconds,
    askEverySeconds,
    upvoteEverySeconds,
    agendaEverySeconds,
  }) {
    for (const socket of sockets) {
      const { sessionId, leadConvener } = socket.person;
      let raised = false;
      every(chatEverySeconds, () =>
        emit(
          socket,
          'chat:send',
          { sessionId, text: `t:${now()} a line from the load test` },
          'chat ack',
        ),
      );
      every(handEverySeconds, () => {
        raised = !raised;
        return emit(socket, raised ? 'hand:raise' : 'hand:lower', { sessionId }, 'hand ack');
      });
      every(askEverySeconds, () =>
        emit(
          socket,
          'question:ask',
          { sessionId, text: `Question at ${Math.round(now())}?` },
          'question ack',
        ),
      );
      every(upvoteEverySeconds, () => {
        const ids = questionsOf.get(sessionId) ?? [];
        if (ids.length === 0) return undefined;
        const questionId = ids[Math.floor(Math.random() * ids.length)];
        return emit(socket, 'question:upvote', { sessionId, questionId }, 'upvote ack');
      });
      if (leadConvener) {
        await emit(socket, 'agenda:start', { sessionId }, 'agenda ack');
        let forward = true;
        const timer = setInterval(async () => {
          const ack = await emit(
            socket,
            forward ? 'agenda:advance' : 'agenda:back',
            { sessionId },
            'agenda ack',
          );
          if (!ack?.ok || ack.data?.finished) forward = !forward;
        }, agendaEverySeconds * 1000);
        timers.push({ clear: () => clearInterval(timer) });
      }
    }
    return null;
  },

  stop() {
    for (const timer of timers) timer.clear();
    timers = [];
    return null;
  },

  /** The figures so far (and resets them, so each phase is measured on its own). */
  take() {
    const result = { latencies: { ...latencies }, counts: { ...counts } };
    for (const kind of Object.keys(latencies)) delete latencies[kind];
    Object.assign(counts, {
      sent: 0,
      ok: 0,
      refused: 0,
      errors: 0,
      disconnects: 0,
      errorCodes: {},
    });
    return result;
  },

  disconnect() {
    for (const socket of sockets) socket.disconnect();
    sockets.length = 0;
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
