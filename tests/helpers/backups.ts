import type { Core } from '../../src-main/core/createCore';
import type { EventName, EventPayload } from '../../src-main/contract/events';

/** Resolves with the next event of that name (within a few seconds: backups are quick on test data). */
export function nextEvent<E extends EventName>(core: Pick<Core, 'subscribe'>, name: E, timeoutMs = 10_000): Promise<EventPayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${name} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = core.subscribe((n: EventName, payload: unknown) => {
      if (n !== (name as EventName)) return;
      clearTimeout(timer);
      stop();
      resolve(payload as unknown as EventPayload<E>);
    });
  });
}

/** The next backups.changed that reports a written backup; a failure rejects. */
export async function backupWritten(core: Pick<Core, 'subscribe'>): Promise<string> {
  const e = await nextEvent(core, 'backups.changed');
  if (e.error || !e.name) throw new Error(`backup failed: ${JSON.stringify(e.error)}`);
  return e.name;
}
