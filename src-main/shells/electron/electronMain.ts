import { app, BrowserWindow, dialog, ipcMain, Notification, session, shell, type WebContents } from 'electron';
import type { Reminder } from '../../contract/reminders';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../contract/errors';
import { startCoreWorker, type CoreClient } from '../../worker/coreClient';
import { startFailureMessage, shellLocale } from '../startFailure';
import { EVENT_CHANNEL, registerIpcHandlers, registerPrintHandler } from './registerIpc';
import { numberFromTelLink, telLinkInArgs } from './telLinks';
import { buildWindowOptions, CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, isPermissionAllowed, isTrustedSender } from './security';

export interface ElectronShellPaths {
  mainDir: string;
  resourcesDir: string;
  version: string;
}

function appUrl(paths: ElectronShellPaths): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (dev && !app.isPackaged) return dev;
  return new URL(`file://${path.join(paths.mainDir, '../renderer/index.html').replace(/\\/g, '/')}`).href;
}

function hardenContents(contents: WebContents, url: string): void {
  contents.setWindowOpenHandler(({ url: target }) => {
    if (isAllowedExternalUrl(target)) void shell.openExternal(target);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, target) => {
    if (!isAppUrl(target, url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The Electron shell: a relay between one hardened window and the core in its worker thread. */
export function runElectronShell(paths: ElectronShellPaths): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let win: BrowserWindow | null = null;
  let client: CoreClient | null = null;
  const url = appUrl(paths);

  // Click-to-dial from other apps: the OS hands us tel: links (where it lets an app register).
  app.setAsDefaultProtocolClient?.('tel');
  let pendingDial: string | null = telLinkInArgs(process.argv);
  const dial = (number: string | null) => {
    if (!number) return;
    if (client) void client.call('calls.dial', { number });
    else pendingDial = number;
  };
  app.on('open-url', (event, link) => {
    event.preventDefault();
    dial(numberFromTelLink(link));
  });
  app.on('second-instance', (_event, argv: string[]) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    dial(telLinkInArgs(argv));
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, url));

  app.whenReady().then(async () => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details as { mediaTypes?: string[] })),
    );
    ses.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });

    try {
      client = await startCoreWorker(path.join(paths.mainDir, 'coreWorker.js'), {
        dataDir: app.getPath('userData'),
        resourcesDir: paths.resourcesDir,
        version: paths.version,
        demo: process.argv.includes('--no-demo') ? false : undefined,
        nativeBinding: process.env.AGENT_SQLITE_BINDING || undefined,
      });
    } catch (err) {
      const { title, detail } = startFailureMessage(err, shellLocale(app.getLocale()), app.getPath('userData'));
      dialog.showErrorBox(title, err instanceof AppError ? `${detail}\n\n${err.code}: ${err.message}` : `${detail}\n\n${String(err)}`);
      app.quit();
      return;
    }
    const core = client;
    registerIpcHandlers(ipcMain, core, (event) => isTrustedSender(event.senderFrame, url));
    registerPrintHandler(ipcMain, (event) => isTrustedSender(event.senderFrame, url), async (event, fileName) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      const choice = owner
        ? await dialog.showSaveDialog(owner, { defaultPath: path.join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] })
        : await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await fs.promises.writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    });

    win = new BrowserWindow(buildWindowOptions(path.join(paths.mainDir, '../preload/preload.js')));
    const shown = win;
    core.subscribe((name, payload) => {
      if (!shown.isDestroyed()) shown.webContents.send(EVENT_CHANNEL, { name, payload });
      // Due reminders reach the agent even when the window is hidden or minimised.
      if (name === 'reminder.due' && Notification.isSupported()) {
        const r = payload as Reminder;
        const note = new Notification({ title: r.customerName ?? r.phone ?? 'Agent Workstation', body: [r.phone, r.reason].filter(Boolean).join(' · '), silent: false });
        note.on('click', () => {
          if (shown.isMinimized()) shown.restore();
          shown.show();
          shown.focus();
          shown.webContents.send(EVENT_CHANNEL, { name: 'reminder.open', payload: r });
        });
        note.show();
      }
    });
    shown.once('ready-to-show', () => shown.show());
    await shown.loadURL(url);
    dial(pendingDial);
    pendingDial = null;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void client?.close();
  });
}
