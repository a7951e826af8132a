// The bare socket.io relay the gateway is compared with: the same socket.io package as the API
// (node_modules/socket.io), namespace /live, no authentication, no validation, no database.
// `session:join` joins a room; `chat:send` broadcasts `chat:message` to the room (sender included,
// as the gateway does) and acknowledges with the message. Payload shapes and sizes match the gateway's.
//
//   node bench/live-fanout/relay.mjs            -> prints "relay listening on <port>" once ready
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
// Same payload cap as the API's adapter (MAX_SOCKET_PAYLOAD_BYTES); everything else is socket.io's default.
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 16 * 1024 });
const live = io.of('/live');
const room = (sessionId) => `session:${sessionId}`;
let seq = 0;

live.on('connection', (socket) => {
  const userId = randomUUID();
  const displayName = `Bench user ${String(seq++ % 10000).padStart(4, '0')}`;
  socket.on('session:join', async (body, ack) => {
    const sessionId = body?.sessionId;
    if (typeof sessionId !== 'string')
      return ack?.({ ok: false, code: 'validation_failed', message: 'sessionId' });
    await socket.join(room(sessionId));
    ack?.({ ok: true, data: { sessionId } });
  });
  socket.on('chat:send', (body, ack) => {
    const sessionId = body?.sessionId;
    if (typeof sessionId !== 'string' || typeof body.text !== 'string')
      return ack?.({ ok: false, code: 'validation_failed', message: 'payload' });
    const message = {
      id: randomUUID(),
      userId,
      displayName,
      countryCode: 'KE',
      text: body.text,
      sentAt: new Date().toISOString(),
    };
    live.to(room(sessionId)).emit('chat:message', { sessionId, message });
    ack?.({ ok: true, data: message });
  });
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`relay listening on ${http.address().port}`);
});
const stop = () => io.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
