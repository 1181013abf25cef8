import type { Result } from '@contract/errors';
import type { CoreEvent, Transport } from './transport';

type Incoming = { type: 'result'; id: number | null; result: Result<unknown> } | { type: 'event'; name: string; payload: unknown };

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'The connection to the app was lost.' },
};

/**
 * The web host's transport. Calls made while (re)connecting wait for the socket; a dropped
 * connection fails the calls in flight with UNAVAILABLE and reconnects with backoff.
 */
export function createWsTransport(url: string): Transport {
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const handlers = new Set<(e: CoreEvent) => void>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let opened: Promise<WebSocket> | null = null;
  let retry = 250;

  const connect = (): Promise<WebSocket> => {
    if (opened) return opened;
    opened = new Promise((resolve) => {
      const ws = new WebSocket(url);
      ws.onopen = () => {
        socket = ws;
        retry = 250;
        resolve(ws);
      };
      ws.onmessage = (ev) => {
        let msg: Incoming;
        try {
          msg = JSON.parse(String(ev.data)) as Incoming;
        } catch {
          return;
        }
        if (msg.type === 'result' && msg.id !== null) {
          pending.get(msg.id)?.(msg.result);
          pending.delete(msg.id);
        } else if (msg.type === 'event') {
          for (const h of handlers) h({ name: msg.name, payload: msg.payload });
        }
      };
      ws.onclose = () => {
        socket = null;
        opened = null;
        for (const done of pending.values()) done(unavailable);
        pending.clear();
        setTimeout(() => void connect(), retry);
        retry = Math.min(retry * 2, 5000);
      };
    });
    return opened;
  };
  void connect();

  return {
    async invoke(method, input) {
      const ws = socket ?? (await connect());
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, method, input }));
      });
    },
    onEvent(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
