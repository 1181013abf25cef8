import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../contract/errors';
import { METHOD_NAMES } from '../../contract/methods';
import type { CoreClient } from '../../worker/coreClient';

export const IPC_PREFIX = 'api:';
export const EVENT_CHANNEL = 'core:event';

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused.' },
};

/** One ipcMain.handle per contract method; every call's sender frame is checked first. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  client: CoreClient,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): string[] {
  const channels: string[] = [];
  for (const method of METHOD_NAMES) {
    const channel = IPC_PREFIX + method;
    ipcMain.handle(channel, (event, input: unknown) => (isTrusted(event) ? client.call(method, input) : untrusted));
    channels.push(channel);
  }
  return channels;
}
