import { OutgoingMessage } from '@hocuspocus/server';
import { isSyncStatus } from './held-acks';

describe('isSyncStatus', () => {
  const name = `session:${'0'.repeat(36)}`;

  it('recognises the acknowledgement Hocuspocus sends after an update', () => {
    expect(isSyncStatus(new OutgoingMessage(name).writeSyncStatus(true).toUint8Array())).toBe(true);
  });

  it('lets every other message through, whatever the length of the document name', () => {
    expect(isSyncStatus(new OutgoingMessage(name).writeStateless('hello').toUint8Array())).toBe(
      false,
    );
    expect(
      isSyncStatus(new OutgoingMessage('x'.repeat(300)).writeSyncStatus(true).toUint8Array()),
    ).toBe(true);
    expect(
      isSyncStatus(new OutgoingMessage('x'.repeat(300)).writeStateless('8').toUint8Array()),
    ).toBe(false);
    expect(isSyncStatus(new Uint8Array([]))).toBe(false);
  });
});
