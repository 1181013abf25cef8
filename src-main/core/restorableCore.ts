import fs from 'node:fs';
import type { EventListener } from './events';
import type { RestoreRequest } from './backups/backupService';
import { createCore, type Core, type CoreOptions } from './createCore';

const JOURNALS = ['-wal', '-shm', '-journal'];
const removeJournals = (file: string) => JOURNALS.forEach((s) => fs.rmSync(file + s, { force: true }));

/**
 * Puts the validated copy in place of the closed database. The current file is moved aside first
 * and only deleted once the restored one opens, so a failure puts everything back as it was.
 */
function swapIn(dbPath: string, staged: string): { commit(): void; undo(): void } {
  const aside = `${dbPath}.replaced`;
  fs.rmSync(aside, { force: true });
  fs.renameSync(dbPath, aside);
  // The closed core checkpointed its WAL; a stale -wal or -shm beside the new file would be applied to it.
  removeJournals(dbPath);
  fs.renameSync(staged, dbPath);
  return {
    commit: () => fs.rmSync(aside, { force: true }),
    undo: () => {
      fs.rmSync(dbPath, { force: true });
      removeJournals(dbPath);
      fs.renameSync(aside, dbPath);
    },
  };
}

/**
 * The core the shells run: the same API, plus restoring a backup, which needs the database swapped
 * under the running app. On a restore it closes the core, replaces the file, opens a new core on it
 * (migrations run, the session starts afresh) and emits app.restored; subscribers stay subscribed.
 */
export function createRestorableCore(options: CoreOptions): Core {
  const listeners = new Set<EventListener>();
  const fanOut: EventListener = (name, payload) => {
    for (const l of listeners) l(name, payload);
  };
  let core: Core;
  let unsubscribe: () => void;

  const open = (extra: Partial<CoreOptions> = {}) => {
    core = createCore({ ...options, ...extra, restorer });
    unsubscribe = core.subscribe(fanOut);
  };

  function restorer(request: RestoreRequest): void {
    unsubscribe();
    core.close();
    const dbPath = core.dbPath;
    let swap: ReturnType<typeof swapIn> | null = null;
    try {
      swap = swapIn(dbPath, request.staged);
      open({ restoredFrom: { from: request.from, beforeRestore: request.beforeRestore, actor: request.actor } });
      swap.commit();
    } catch (err) {
      // Validated files open; if this one still did not, the data from before stays in place.
      swap?.undo();
      fs.rmSync(request.staged, { force: true });
      open();
      fanOut('backups.changed', { error: { code: 'DB_CORRUPT', message: `The backup could not be opened: ${(err as Error)?.message ?? String(err)}`, details: { reason: 'damaged' } } });
      return;
    }
    fanOut('app.restored', { from: request.from, beforeRestore: request.beforeRestore });
  }

  open();
  return {
    dispatch: (method, input) => core.dispatch(method, input),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => core.close(),
    get dbPath() {
      return core.dbPath;
    },
  };
}
