import { EventEmitter } from 'node:events';
import type { INestApplicationContext } from '@nestjs/common';
import { of } from 'rxjs';
import type { Socket } from 'socket.io';
import { LiveIoAdapter } from './live-io.adapter';

/** A socket.io socket as far as the adapter sees it: incoming events, and what it emits back. */
function fakeSocket() {
  const incoming = new EventEmitter();
  const emitted: [string, unknown][] = [];
  const socket = {
    on: (event: string, listener: (...args: unknown[]) => void) => incoming.on(event, listener),
    emit: (event: string, data: unknown) => emitted.push([event, data]),
  } as unknown as Socket;
  return { socket, incoming, emitted };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('LiveIoAdapter message handlers', () => {
  const adapter = new LiveIoAdapter({} as INestApplicationContext);
  const errors: unknown[] = [];
  jest.spyOn(adapter['logger'], 'error').mockImplementation((error: unknown) => {
    errors.push(error);
  });

  beforeEach(() => errors.splice(0));

  it('answers through the acknowledgement with what the handler returns', async () => {
    const { socket, incoming } = fakeSocket();
    adapter.bindMessageHandlers(socket, [
      {
        message: 'chat:send',
        methodName: 'sendChat',
        isAckHandledManually: false,
        callback: async (data: { text: string }) => ({ ok: true, data: data.text.toUpperCase() }),
      },
    ]);
    const ack = jest.fn();
    incoming.emit('chat:send', { text: 'hello' }, ack);
    await settle();
    expect(ack).toHaveBeenCalledWith({ ok: true, data: 'HELLO' });
  });

  it('emits {event, data} answers, sends nothing for undefined, and leaves manual acks alone', async () => {
    const { socket, incoming, emitted } = fakeSocket();
    adapter.bindMessageHandlers(socket, [
      {
        message: 'ping',
        methodName: 'ping',
        isAckHandledManually: false,
        callback: () => of({ event: 'pong', data: 1 }),
      },
      {
        message: 'quiet',
        methodName: 'quiet',
        isAckHandledManually: false,
        callback: async () => undefined,
      },
      {
        message: 'manual',
        methodName: 'manual',
        isAckHandledManually: true,
        callback: async () => ({ ok: true }),
      },
    ]);
    const acks = { quiet: jest.fn(), manual: jest.fn() };
    incoming.emit('ping', {});
    incoming.emit('quiet', {}, acks.quiet);
    incoming.emit('manual', {}, acks.manual);
    await settle();
    expect(emitted).toEqual([['pong', 1]]);
    expect(acks.quiet).not.toHaveBeenCalled();
    expect(acks.manual).not.toHaveBeenCalled();
  });

  it('logs a failing handler and still answers the next event', async () => {
    const { socket, incoming } = fakeSocket();
    let calls = 0;
    adapter.bindMessageHandlers(socket, [
      {
        message: 'flaky',
        methodName: 'flaky',
        isAckHandledManually: false,
        callback: () => {
          calls += 1;
          if (calls === 1) throw new Error('first call fails');
          return Promise.resolve({ ok: true, calls });
        },
      },
    ]);
    const ack = jest.fn();
    incoming.emit('flaky', {}, ack);
    incoming.emit('flaky', {}, ack);
    await settle();
    expect(errors).toEqual([new Error('first call fails')]);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith({ ok: true, calls: 2 });
  });
});
