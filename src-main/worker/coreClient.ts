import { Worker } from 'node:worker_threads';
import { AppError, type ApiError, type Result } from '../contract/errors';
import type { EventName } from '../contract/events';
import type { Core, CoreOptions } from '../core/createCore';
import type { FromWorker, ToWorker } from './protocol';

export type CoreEventListener = (name: EventName, payload: unknown) => void;

/** What a shell needs from the core, whether it runs in a worker thread or in-process (tests). */
export interface CoreClient {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

export function inProcessClient(core: Core): CoreClient {
  return {
    call: async (method, input) => core.dispatch(method, input),
    subscribe: (listener) => core.subscribe((name, payload) => listener(name, payload)),
    close: async () => core.close(),
  };
}

export type WorkerCoreOptions = Omit<CoreOptions, 'clock' | 'logger' | 'onDatabaseOpen'>;

/**
 * Runs the core in a worker thread: better-sqlite3 is synchronous, so a long import, report or
 * backup must not block the window's IPC or the web host's other connections.
 */
export function startCoreWorker(workerFile: string, options: WorkerCoreOptions): Promise<CoreClient> {
  const worker = new Worker(workerFile, { workerData: options });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<CoreEventListener>();
  let nextId = 1;
  let closed = false;

  const failAll = (error: ApiError) => {
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  };

  return new Promise((resolve, reject) => {
    let ready = false;
    worker.on('message', (msg: FromWorker) => {
      switch (msg.type) {
        case 'ready':
          ready = true;
          resolve(client);
          break;
        case 'fatal':
          reject(new AppError(msg.error.code, msg.error.message, msg.error.details));
          break;
        case 'result':
          pending.get(msg.id)?.(msg.result);
          pending.delete(msg.id);
          break;
        case 'event':
          for (const l of listeners) l(msg.name, msg.payload);
          break;
        case 'closed':
          break;
      }
    });
    worker.on('error', (err) => {
      if (!ready) reject(err);
      failAll({ code: 'UNAVAILABLE', message: `The core stopped: ${err.message}` });
    });
    worker.on('exit', () => {
      closed = true;
      failAll({ code: 'UNAVAILABLE', message: 'The core has stopped.' });
    });

    const client: CoreClient = {
      call(method, input) {
        if (closed) return Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'The core has stopped.' } });
        const id = nextId++;
        return new Promise((res) => {
          pending.set(id, res);
          const msg: ToWorker = { type: 'call', id, method, input };
          try {
            worker.postMessage(msg);
          } catch {
            pending.delete(id);
            res({ ok: false, error: { code: 'VALIDATION', message: 'The input cannot be sent to the core (not plain data).' } });
          }
        });
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close() {
        if (closed) return Promise.resolve();
        return new Promise((res) => {
          worker.once('exit', () => res());
          worker.postMessage({ type: 'close' } satisfies ToWorker);
        });
      },
    };
  });
}
