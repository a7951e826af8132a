// The bare Hocuspocus server the notes server is compared with: the same node_modules/@hocuspocus/server
// (4.7) in its default configuration — no extensions, no authentication, no persistence, default
// `flushDelay` (0: merge what arrives in one event-loop turn) and `flushMaxBytes` (1 MiB) — behind a `ws`
// WebSocketServer in noServer mode on its own HTTP server, wired exactly as the API's
// `NotesServer.accept()` does it (apps/api/src/notes/notes-server.ts). Every path is accepted.
// Run in its own process by run.mjs so that its CPU can be read from /proc.
//
//   node bench/notes-sync/bare.mjs                          -> prints "bare listening on <port>" once ready
//   BARE_FLUSH_DELAY=false node bench/notes-sync/bare.mjs   -> Hocuspocus with `flushDelay: false` (no merging)
import { createServer } from 'node:http';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

const flushDelay = process.env.BARE_FLUSH_DELAY;
const hocuspocus = new Hocuspocus({
  quiet: true,
  ...(flushDelay === undefined || flushDelay === ''
    ? {}
    : { flushDelay: flushDelay === 'false' ? false : Number(flushDelay) }),
});
const sockets = new WebSocketServer({ noServer: true });
const http = createServer((_request, response) => {
  response.writeHead(404).end();
});

http.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws) => {
    const connection = hocuspocus.handleConnection(ws, toWebRequest(request));
    ws.on('message', (data) => connection.handleMessage(toBytes(data)));
    ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
    ws.on('error', () => ws.terminate());
  });
});

function toWebRequest(request) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new Request(`http://localhost${request.url ?? '/'}`, { headers });
}

function toBytes(data) {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`bare listening on ${http.address().port}`);
});
const stop = () => {
  for (const client of sockets.clients) client.terminate();
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
