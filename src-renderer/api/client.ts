import type { ApiError } from '@contract/errors';
import type { EventName, EventPayload } from '@contract/events';
import type { MethodInput, MethodName, MethodOutput } from '@contract/methods';
import { createIpcTransport } from './ipcTransport';
import type { Transport } from './transport';
import { createWsTransport } from './wsTransport';

/** A failed call, carrying the core's structured error for the UI to translate. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
  }
}

let transport: Transport | null = null;

function defaultTransport(): Transport {
  if (window.agentApi) return createIpcTransport(window.agentApi);
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = new URLSearchParams(location.search).get('token');
  return createWsTransport(`${proto}//${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`);
}

export function setTransport(t: Transport): void {
  transport = t;
}

function current(): Transport {
  transport ??= defaultTransport();
  return transport;
}

async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await current().invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}

/** An answer asked for early is handed out once: while it is on its way, or up to this long after. */
const PREFETCH_FRESH_MS = 3000;
const prefetched = new Map<string, { answeredAt: number | null; answer: Promise<unknown> }>();
const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Asks now for what a screen about to render will ask for (see app/boot.ts): the first identical
 * read call made within a few seconds takes this answer instead of asking again. Reads only: a
 * write would be sent once for two callers.
 */
export function prefetch<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const answer = invoke(method, input);
  const entry: { answeredAt: number | null; answer: Promise<unknown> } = { answeredAt: null, answer };
  prefetched.set(keyOf(method, input), entry);
  // Nobody may ever take it; a failure is then reported by the caller that asks again.
  answer.then(
    () => (entry.answeredAt = Date.now()),
    () => (entry.answeredAt = Date.now()),
  );
  return answer;
}

/** The typed client: `call('customers.get', { id })` resolves to the contract's output type. */
export function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  if (prefetched.size > 0) {
    const key = keyOf(method, input);
    const early = prefetched.get(key);
    if (early) {
      prefetched.delete(key);
      if (early.answeredAt === null || Date.now() - early.answeredAt <= PREFETCH_FRESH_MS) return early.answer as Promise<MethodOutput<M>>;
    }
  }
  return invoke(method, input);
}

export function onCoreEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
  return current().onEvent((event) => {
    if (event.name === name) handler(event.payload as EventPayload<E>);
  });
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiCallError) return err.error;
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
