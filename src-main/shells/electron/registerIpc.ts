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

export const PRINT_CHANNEL = 'shell:printToPdf';
export type PrintResult = { saved: true; path: string } | { saved: false };

/**
 * The one shell service beside the contract: save the page shown as a PDF (Electron's printToPDF,
 * where the web host has the browser's print). The sender is checked like every contract call, and
 * the suggested name is reduced to a plain file name; the user picks where it goes.
 */
export function registerPrintHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  printToPdf: (event: IpcMainInvokeEvent, fileName: string) => Promise<PrintResult>,
): void {
  ipcMain.handle(PRINT_CHANNEL, (event, name: unknown) => {
    if (!isTrusted(event)) return untrusted;
    return printToPdf(event, pdfFileName(name));
  });
}

/** "报表-近 7 天" → "报表-近 7 天.pdf"; folders, control and reserved characters removed. */
export function pdfFileName(name: unknown): string {
  // eslint-disable-next-line no-control-regex
  const base = (typeof name === 'string' ? name : '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 120);
  return `${base || 'report'}.pdf`;
}
