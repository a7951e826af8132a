import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MessageType } from '@hocuspocus/server';
import { NOTES_PATH, notesDocumentName } from '@praxis/contracts';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { connected, liveClient } from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

/** Rounds of hostile connections for the memory check: enough for a per-connection leak to show. */
const ROUNDS = 150;
/** What the heap may have grown by after all rounds and a full collection (a leak of 1 KB per connection would pass; 100 KB would not). */
const HEAP_ALLOWANCE_BYTES = 12 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections (twice: finalizers of the first free more in the second). */
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/**
 * Opens a WebSocket, sends the frames, and resolves with how the server ended it: `closed <code>` when it
 * closed the socket, `closed document: <reason>` when it closed the notes document on it (Hocuspocus
 * multiplexes documents over one socket), or `open` when neither happened within 3 s.
 */
function sendRaw(
  url: string,
  cookie: string | undefined,
  frames: (string | Buffer)[],
  afterOpen: (ws: WebSocket) => Promise<void> = async () => undefined,
): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: cookie ? { Cookie: cookie } : {} });
    const end = (outcome: string) => {
      clearTimeout(timer);
      ws.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => end('open'), 3_000);
    ws.on('close', (code) => end(`closed ${code}`));
    ws.on('error', () => undefined);
    ws.on('open', () => {
      void afterOpen(ws).then(() => {
        if (url.endsWith(NOTES_PATH))
          ws.on('message', (data: Buffer) => {
            const reason = documentCloseReason(data);
            if (reason !== null) end(`closed document: ${reason}`);
          });
        for (const frame of frames) ws.send(frame);
      });
    });
  });
}

/** The reason of a Hocuspocus CLOSE message, or null for any other message. */
function documentCloseReason(frame: Buffer): string | null {
  try {
    const decoder = decoding.createDecoder(new Uint8Array(frame));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MessageType.CLOSE) return null;
    return decoding.readVarString(decoder);
  } catch {
    return null;
  }
}

/** Waits for the engine.io open packet, then (optionally) connects to the /live namespace. */
const engineHandshake =
  (namespace: boolean) =>
  (ws: WebSocket): Promise<void> =>
    new Promise((resolve) => {
      ws.once('message', () => {
        if (namespace) ws.send('40/live,');
        setTimeout(resolve, 20);
      });
    });

/** Authenticates for a session's notes (as the provider does), then waits for the server's answer. */
const notesHandshake =
  (sessionId: string) =>
  (ws: WebSocket): Promise<void> =>
    new Promise((resolve) => {
      const auth = encoding.createEncoder();
      encoding.writeVarString(auth, notesDocumentName(sessionId));
      encoding.writeVarUint(auth, MessageType.Auth);
      encoding.writeVarUint(auth, 0); // a token follows
      encoding.writeVarString(auth, 'cookie');
      ws.once('message', () => resolve());
      ws.send(encoding.toUint8Array(auth));
    });

describe('raw hostile frames on the WebSocket endpoints', () => {
  let t: TestApp;
  let w: World;
  let host: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const address = t.app.getHttpServer().address() as { port: number };
    host = `ws://127.0.0.1:${address.port}`;
  });
  afterAll(() => t.close());

  const engineUrl = () => `${host}/socket.io/?EIO=4&transport=websocket`;
  const notesUrl = () => `${host}${NOTES_PATH}`;

  /** Malformed engine.io and socket.io packets; each must make the server close the connection. */
  const engineGarbage = (): (string | Buffer)[][] => [
    ['42/live,['], // a broken JSON event
    ['42/live,["chat:send",' + '['.repeat(50_000)], // deep nesting, never closed
    ['9nonsense'], // no such engine.io packet type
    ['4z'], // no such socket.io packet type
    ['42/live,{"not":"an array"}'],
    ['42/nowhere,["x"]', '42/live,"string"'],
    [Buffer.from([0xff, 0x00, 0xfe, 0x13, 0x37])], // binary without a binary packet before it
    ['x'.repeat(20_000)], // over the payload limit
  ];

  /** Hocuspocus frames that announce more than they carry, or carry a broken Yjs update. */
  const notesGarbage = (): Buffer[][] => {
    const name = notesDocumentName(w.session.id);
    const brokenUpdate = encoding.createEncoder();
    encoding.writeVarString(brokenUpdate, name);
    encoding.writeVarUint(brokenUpdate, 0); // sync
    encoding.writeVarUint(brokenUpdate, 2); // update
    encoding.writeVarUint8Array(brokenUpdate, new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]));
    const truncated = encoding.createEncoder();
    encoding.writeVarString(truncated, name);
    encoding.writeVarUint(truncated, 0);
    encoding.writeVarUint(truncated, 2);
    encoding.writeVarUint(truncated, 1_000_000); // announces a megabyte, sends nothing
    return [
      [Buffer.from(encoding.toUint8Array(brokenUpdate))],
      [Buffer.from(encoding.toUint8Array(truncated))],
      [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
      [Buffer.alloc(1_100_000, 7)], // over the message limit
    ];
  };

  it('closes socket.io connections that send malformed packets, and the room keeps working', async () => {
    for (const frames of engineGarbage()) {
      for (const namespace of [false, true]) {
        const outcome = await sendRaw(
          engineUrl(),
          w.cookies.member,
          frames,
          engineHandshake(namespace),
        );
        expect({ frames: String(frames[0]).slice(0, 30), outcome }).toEqual({
          frames: String(frames[0]).slice(0, 30),
          outcome: expect.stringMatching(/^closed/),
        });
      }
    }
    const client = liveClient(t, w.cookies.member);
    await connected(client);
    client.disconnect();
    await t.http.get('/api/health').expect(200);
  });

  it('closes notes connections that send garbage once authenticated, and refuses them without a cookie', async () => {
    const outcomes: string[] = [];
    for (const [index, frames] of notesGarbage().entries()) {
      outcomes.push(
        `${index}: ${await sendRaw(notesUrl(), w.cookies.member, frames, notesHandshake(w.session.id))}`,
      );
    }
    expect(outcomes).toEqual(outcomes.map((outcome) => outcome.replace(/open$/, 'closed')));

    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(notesUrl());
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(401);
    await t.http.get('/api/health').expect(200);
  });

  it('closes a notes connection that floods before authenticating', async () => {
    const flood = Array.from({ length: 150 }, () => notesGarbage()[0]![0]!);
    expect(await sendRaw(notesUrl(), w.cookies.member, flood)).toMatch(/^closed/);
  });

  it('returns to its memory baseline after many hostile connections', async () => {
    // Warm up every code path first, so that lazily built caches do not count as growth.
    for (const frames of engineGarbage()) await sendRaw(engineUrl(), w.cookies.member, frames);
    for (const frames of notesGarbage())
      await sendRaw(notesUrl(), w.cookies.member, frames, notesHandshake(w.session.id));
    const baseline = await settledHeap();

    for (let round = 0; round < ROUNDS; round++) {
      const engine = engineGarbage();
      const notes = notesGarbage();
      await Promise.all([
        sendRaw(
          engineUrl(),
          w.cookies.member,
          engine[round % engine.length]!,
          engineHandshake(true),
        ),
        sendRaw(
          notesUrl(),
          w.cookies.member,
          notes[round % notes.length]!,
          notesHandshake(w.session.id),
        ),
      ]);
    }
    const after = await settledHeap();
    console.log(
      `[hostile] heap before ${(baseline / 2 ** 20).toFixed(1)} MiB, after ${ROUNDS * 2} hostile connections ${(after / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(after - baseline).toBeLessThan(HEAP_ALLOWANCE_BYTES);
    await t.http.get('/api/health').expect(200);
  });
});
