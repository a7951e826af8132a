import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import { isObservable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { REDIS, type RedisClient } from '../redis/redis.module';

/** Socket.io payloads larger than this are refused (the largest event is a 1,000-character chat line). */
export const MAX_SOCKET_PAYLOAD_BYTES = 16 * 1024;

/**
 * socket.io on the API's own HTTP server; with Redis configured, broadcasts reach the clients of every
 * API instance (@socket.io/redis-adapter).
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];

  constructor(private readonly appContext: INestApplicationContext) {
    super(appContext);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      // Other WebSocket paths (the notes server on /collab) share this HTTP server.
      destroyUpgrade: false,
      maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    }) as Server;
    const redis = this.appContext.get<RedisClient>(REDIS);
    if (redis && process.env.PRAXIS_NO_ADAPTER !== '1') {
      const pub = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
      const sub = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
      for (const client of [pub, sub]) {
        client.on('error', () => undefined);
        markCommandsHandled(client);
      }
      this.redisClients.push(pub, sub);
      // Cross-instance questions (who is in this room?) give up quickly when Redis is away.
      server.adapter(createAdapter(pub, sub, { requestsTimeout: 1000 }));
    }
    return server;
  }

  /**
   * One plain listener per event and socket, in place of IoAdapter's RxJS pipeline per event and socket
   * (`fromEvent` → `mergeMap` → `defer` → `filter` → `map` → `takeUntil`), which every event of every
   * socket went through (≈ 1.3% of the API's CPU in a 500-person room chatting at 20 lines/s, in `perf`).
   * Same contract: the handler's answer goes to the acknowledgement, `{event, data}` answers are emitted,
   * nothing is sent for `undefined`, and a failed handler is logged without silencing the event.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
        void this.run(socket, () => callback(data, ack), isAckHandledManually ? undefined : ack);
      });
    }
  }

  private async run(socket: Socket, handle: () => unknown, ack: unknown): Promise<void> {
    try {
      const result = await handle();
      if (!isObservable(result)) return answer(socket, result, ack);
      result.subscribe({
        next: (response) => answer(socket, response, ack),
        error: (error: unknown) => this.logger.error(error),
      });
    } catch (error) {
      this.logger.error(error);
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of this.redisClients.splice(0)) client.disconnect();
  }
}

function answer(socket: Socket, response: unknown, ack: unknown): void {
  if (response === undefined || response === null) return;
  const { event, data } = response as { event?: string; data?: unknown };
  if (event) socket.emit(event, data);
  else if (typeof ack === 'function') ack(response);
}

/**
 * The Redis adapter publishes and subscribes without awaiting the commands. Commands queued while Redis
 * is away are rejected when the client closes ("Connection is closed."), and an unhandled rejection ends
 * a Node process: mark every command's promise as handled (callers that await still see the error).
 */
function markCommandsHandled(client: Redis): void {
  const send = client.sendCommand.bind(client);
  client.sendCommand = ((...args: Parameters<Redis['sendCommand']>) => {
    const result = send(...args);
    void Promise.resolve(result).catch(() => undefined);
    return result;
  }) as Redis['sendCommand'];
}
