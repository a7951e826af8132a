import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Many Yjs updates in one buffer: a count, then each update length-prefixed. No merging (it is costly). */
export function encodeUpdateBatch(updates: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, updates.length);
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function decodeUpdateBatch(batch: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(batch);
  const count = decoding.readVarUint(decoder);
  const updates: Uint8Array[] = [];
  for (let index = 0; index < count; index += 1) updates.push(decoding.readVarUint8Array(decoder));
  return updates;
}
