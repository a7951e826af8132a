import { createServer, type IncomingMessage } from 'node:http';

export interface RoomServiceCall {
  method: string;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for LiveKit's room-service HTTP API (Twirp over JSON). It records what Praxis asks of
 * LiveKit; what a real LiveKit server then does with those calls is LiveKit's business.
 */
export async function startRoomServiceStandIn() {
  const calls: RoomServiceCall[] = [];
  const server = createServer((request, response) => {
    void readJson(request).then((body) => {
      const method = (request.url ?? '').split('/').pop() ?? '';
      calls.push({ method, body });
      const reply: Record<string, unknown> =
        method === 'GetParticipant'
          ? {
              identity: body.identity,
              tracks: [
                { sid: 'TR_audio', type: 'AUDIO' },
                { sid: 'TR_video', type: 'VIDEO' },
              ],
            }
          : method === 'ListParticipants'
            ? { participants: [] }
            : {};
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString()));
    request.on('end', () => resolve(data ? (JSON.parse(data) as Record<string, unknown>) : {}));
  });
}
