import type { ApiError, Result } from '../contract/errors';
import type { EventName } from '../contract/events';

/** Messages between a shell and the core's worker thread. */
export type ToWorker = { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; error: ApiError }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'closed' };
