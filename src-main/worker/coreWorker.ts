import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../contract/errors';
import type { Core } from '../core/createCore';
import { createRestorableCore } from '../core/restorableCore';
import type { WorkerCoreOptions } from './coreClient';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('coreWorker must run in a worker thread');
const post = (msg: FromWorker) => port.postMessage(msg);

let core: Core;
try {
  core = createRestorableCore(workerData as WorkerCoreOptions);
} catch (err) {
  const error =
    err instanceof AppError
      ? err.toApiError()
      : { code: 'INTERNAL' as const, message: `The core could not start: ${(err as Error)?.message ?? String(err)}` };
  post({ type: 'fatal', error });
  process.exit(1);
}

core.subscribe((name, payload) => post({ type: 'event', name, payload }));
port.on('message', (msg: ToWorker) => {
  if (msg.type === 'close') {
    core.close();
    post({ type: 'closed' });
    process.exit(0);
  }
  post({ type: 'result', id: msg.id, result: core.dispatch(msg.method, msg.input) });
});
post({ type: 'ready' });
