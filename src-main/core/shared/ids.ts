import { monotonicFactory } from 'ulid';
import type { Clock } from './clock';

export type IdGenerator = () => string;

/** ULIDs: sortable by creation time, unique across desks, monotonic within one millisecond. */
export function createIdGenerator(clock: Clock): IdGenerator {
  const next = monotonicFactory();
  return () => next(clock.now());
}
