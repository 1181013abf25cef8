import type { Transport } from '../../src-renderer/api/transport';
import { makeCore } from '../helpers/core';

/** The renderer talking to a real in-process core: component tests exercise the true contract. */
export function coreTransport() {
  const { core } = makeCore();
  const transport: Transport = {
    invoke: async (method, input) => JSON.parse(JSON.stringify(core.dispatch(method, input))),
    onEvent: (handler) => core.subscribe((name, payload) => handler({ name, payload })),
  };
  return { core, transport };
}
