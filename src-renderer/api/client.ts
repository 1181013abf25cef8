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

/** The typed client: `call('customers.get', { id })` resolves to the contract's output type. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await current().invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
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
