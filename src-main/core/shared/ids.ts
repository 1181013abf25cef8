import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Clock } from './clock';

export type IdGenerator = () => string;

const POOL_BYTES = 4096;

/**
 * The same kind of randomness ulid uses by default (one crypto byte per character, /256), drawn
 * from a pooled buffer: ulid's default asks the OS for one byte at a time, 16 calls per id, which
 * was a measurable share of storing a message and most of the generator's id cost.
 */
function pooledCryptoRandom(): () => number {
  const pool = new Uint8Array(POOL_BYTES);
  let next = POOL_BYTES;
  return () => {
    if (next === POOL_BYTES) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++]! / 256;
  };
}

/** ULIDs: sortable by creation time, unique across desks, monotonic within one millisecond. */
export function createIdGenerator(clock: Clock): IdGenerator {
  const next = monotonicFactory(pooledCryptoRandom());
  return () => next(clock.now());
}
