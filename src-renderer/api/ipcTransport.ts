import type { Transport } from './transport';

export function createIpcTransport(bridge: NonNullable<Window['agentApi']>): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (handler) => bridge.on(handler),
  };
}
