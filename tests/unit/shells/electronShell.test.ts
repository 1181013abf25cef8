import { beforeEach, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: unknown; loaded: string[]; send: ReturnType<typeof vi.fn> }[] = [];
  let permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void, details: unknown) => void) | null = null;
  let checkHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  let headersHandler: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
  let lock = true;
  const coreCalls: [string, unknown][] = [];
  const notifications: unknown[] = [];
  const protocols: string[] = [];
  let emit: ((name: string, payload: unknown) => void) | null = null;
  return { savedPdf: null as string | null, protocols, notifications, get emit() { return emit; }, set emit(v) { emit = v; }, handlers, appEvents, windows, coreCalls, get permissionHandler() { return permissionHandler; }, set permissionHandler(v) { permissionHandler = v; }, get checkHandler() { return checkHandler; }, set checkHandler(v) { checkHandler = v; }, get headersHandler() { return headersHandler; }, set headersHandler(v) { headersHandler = v; }, get lock() { return lock; }, set lock(v) { lock = v; } };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), isDestroyed: () => false };
    constructor(options: unknown) {
      h.windows.push({ options, loaded: [], send: this.webContents.send });
    }
    once() {}
    isDestroyed() { return false; }
    isMinimized() { return false; }
    focus() {}
    restore() {}
    show() {}
    async loadURL(url: string) { h.windows.at(-1)!.loaded.push(url); }
    static fromWebContents() { return null; }
  }
  return {
    app: {
      requestSingleInstanceLock: () => h.lock,
      quit: vi.fn(),
      on: (name: string, fn: (...args: unknown[]) => void) => h.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => '/tmp/aw-electron-test',
      getLocale: () => 'zh-TW',
      setAsDefaultProtocolClient: (p: string) => h.protocols.push(p),
      isPackaged: true,
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(async (o: { defaultPath: string }) => ({ canceled: false, filePath: h.savedPdf ?? o.defaultPath })) },
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => h.handlers.set(channel, fn) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof h.permissionHandler) => (h.permissionHandler = fn),
        setPermissionCheckHandler: (fn: typeof h.checkHandler) => (h.checkHandler = fn),
        webRequest: { onHeadersReceived: (fn: typeof h.headersHandler) => (h.headersHandler = fn) },
      },
    },
    shell: { openExternal: vi.fn() },
    Notification: Object.assign(
      class {
        constructor(public options: unknown) {
          h.notifications.push(options);
        }
        on() {}
        show() {}
      },
      { isSupported: () => true },
    ),
  };
});

vi.mock('../../../src-main/worker/coreClient', () => ({
  startCoreWorker: vi.fn(async () => ({
    call: async (method: string, input: unknown) => {
      h.coreCalls.push([method, input]);
      return { ok: true, value: method };
    },
    subscribe: (fn: (name: string, payload: unknown) => void) => {
      h.emit = fn;
      return () => {};
    },
    close: async () => {},
  })),
}));

import { AppError } from '../../../src-main/contract/errors';
import { METHOD_NAMES } from '../../../src-main/contract/methods';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shells/electron/security';
import { runElectronShell } from '../../../src-main/shells/electron/electronMain';

const paths = { mainDir: '/opt/app/out/main', resourcesDir: '/opt/app/resources', version: '1.0.0' };
const APP_URL = 'file:///opt/app/out/renderer/index.html';

describe('the Electron shell (mocked electron)', () => {
  beforeEach(() => {
    h.handlers.clear();
    h.windows.length = 0;
    h.coreCalls.length = 0;
    h.lock = true;
  });

  it('registers one IPC handler per contract method and checks the sender frame', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    expect([...h.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map((m) => `api:${m}`), 'shell:printToPdf'].sort());
    const trusted = { senderFrame: { url: APP_URL, parent: null } };
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await h.handlers.get('api:customers.list')!(trusted, { query: 'x' })).toEqual({ ok: true, value: 'customers.list' });
    expect(await h.handlers.get('api:customers.list')!(foreign, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(h.coreCalls).toEqual([['customers.list', { query: 'x' }]]);
  });

  it('saves the page as a PDF where the user chooses, for the app\'s own page only', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const pathMod = await import('node:path');
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    h.savedPdf = pathMod.join(fs.mkdtempSync(pathMod.join(os.tmpdir(), 'aw-pdf-')), 'report.pdf');
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 report')) };
    const print = h.handlers.get('shell:printToPdf')!;
    const saved = await print({ senderFrame: { url: APP_URL, parent: null }, sender }, '../报表-近 7 天');
    expect(saved).toEqual({ saved: true, path: h.savedPdf });
    expect(fs.readFileSync(h.savedPdf, 'utf8')).toBe('%PDF-1.7 report');
    const electron = await import('electron');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: expect.stringMatching(/报表-近 7 天\.pdf$/) }));
    expect(await print({ senderFrame: { url: 'https://evil.example/', parent: null }, sender }, 'x')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(sender.printToPDF).toHaveBeenCalledTimes(1);
  });

  it('opens one hardened window on the built renderer, with CSP and permissions enforced', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows[0]?.loaded.length).toBe(1));
    const w = h.windows[0]!;
    expect(w.loaded[0]).toBe(APP_URL);
    expect((w.options as { webPreferences: Record<string, unknown> }).webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    const answers: boolean[] = [];
    h.permissionHandler!(null, 'geolocation', (ok) => answers.push(ok), {});
    h.permissionHandler!(null, 'notifications', (ok) => answers.push(ok), {});
    expect(answers).toEqual([false, true]);
    let headers: unknown;
    h.headersHandler!({ responseHeaders: {} }, (r) => (headers = r));
    expect(JSON.stringify(headers)).toContain("script-src 'self'");
  });

  it('blocks navigation away and new windows, opening only safe links outside', async () => {
    const electron = await import('electron');
    runElectronShell(paths);
    const created = h.appEvents.get('web-contents-created')!;
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    created({}, { setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn), on: (n: string, fn: never) => listeners.set(n, fn) });
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com');
    expect(electron.shell.openExternal).not.toHaveBeenCalledWith('file:///etc/passwd');
    const prevent = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: prevent }, 'https://evil.example');
    expect(prevent).toHaveBeenCalledTimes(1);
    listeners.get('will-navigate')!({ preventDefault: prevent }, `${APP_URL}#/settings`);
    expect(prevent).toHaveBeenCalledTimes(1);
  });

  it('checks the sender frame on every IPC channel: other pages, sub-frames and detached frames are refused', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    const senders = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP_URL, parent: { url: APP_URL } } },
      { senderFrame: { url: 'file:///tmp/downloaded.html', parent: null } },
      { senderFrame: null },
    ];
    for (const [channel, handler] of h.handlers) {
      for (const sender of senders) expect(await handler(sender, {}), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(h.coreCalls).toEqual([]);
  });

  it('answers permission checks and requests alike: notifications and the microphone only', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    expect(['notifications', 'geolocation', 'camera', 'clipboard-read', 'midi'].map((p) => h.checkHandler!(null, p))).toEqual([true, false, false, false, false]);
    const answers: boolean[] = [];
    h.permissionHandler!(null, 'media', (ok) => answers.push(ok), { mediaTypes: ['audio'] });
    h.permissionHandler!(null, 'media', (ok) => answers.push(ok), { mediaTypes: ['video'] });
    h.permissionHandler!(null, 'openExternal', (ok) => answers.push(ok), {});
    expect(answers).toEqual([true, false, false]);
  });

  it('loads only the built page: a dev-server address is ignored in a packaged app, and every response gets the CSP', async () => {
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    try {
      runElectronShell(paths);
      await vi.waitFor(() => expect(h.windows[0]?.loaded.length).toBe(1));
      expect(h.windows[0]!.loaded).toEqual([APP_URL]);
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
    }
    let answer: { responseHeaders: Record<string, string[]> } | undefined;
    h.headersHandler!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, (r) => (answer = r as typeof answer));
    expect(answer!.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('refuses web views and sends only safe links outside', async () => {
    const electron = await import('electron');
    runElectronShell(paths);
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    h.appEvents.get('web-contents-created')!({}, { setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn), on: (n: string, fn: never) => listeners.set(n, fn) });
    const prevent = vi.fn();
    listeners.get('will-attach-webview')!({ preventDefault: prevent }, '');
    expect(prevent).toHaveBeenCalledTimes(1);
    vi.mocked(electron.shell.openExternal).mockClear();
    for (const url of ['mailto:kefu@example.cn', 'tel:4008001234', 'javascript:alert(1)', 'smb://host/share', 'file:///C:/Windows/system32/calc.exe']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(vi.mocked(electron.shell.openExternal).mock.calls.map((c) => c[0])).toEqual(['mailto:kefu@example.cn', 'tel:4008001234']);
  });

  it('explains in the system language why it cannot start when the data folder refuses writes', async () => {
    const electron = await import('electron');
    const { startCoreWorker } = await import('../../../src-main/worker/coreClient');
    vi.mocked(startCoreWorker).mockRejectedValueOnce(new AppError('UNAVAILABLE', 'read-only', { reason: 'read-only' }));
    runElectronShell(paths);
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, detail] = vi.mocked(electron.dialog.showErrorBox).mock.calls.at(-1)!;
    expect(title).toBe('工作台無法啟動');
    expect(detail).toContain('資料夾無法寫入');
    expect(detail).toContain('/tmp/aw-electron-test');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(h.windows.length).toBe(0);
  });

  it('shows a desktop notification when a reminder falls due, and forwards the event to the window', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    h.emit!('reminder.due', { id: 'R1', customerName: '王秀英', phone: '138 1234 5678', reason: '回电确认退款' });
    expect(h.notifications).toEqual([expect.objectContaining({ title: '王秀英', body: '138 1234 5678 · 回电确认退款' })]);
    expect(h.windows[0]!.send).toHaveBeenCalledWith('core:event', expect.objectContaining({ name: 'reminder.due' }));
  });

  it('registers for tel: links and dials the number a link carries', async () => {
    runElectronShell(paths);
    await vi.waitFor(() => expect(h.windows.length).toBe(1));
    expect(h.protocols).toContain('tel');
    h.coreCalls.length = 0;
    h.appEvents.get('open-url')!({ preventDefault() {} }, 'tel:+86-138-1234-5678');
    h.appEvents.get('second-instance')!({}, ['/opt/app/agent', '--flag', 'tel:13900001111;ext=2']);
    h.appEvents.get('open-url')!({ preventDefault() {} }, 'tel:javascript:alert(1)');
    expect(h.coreCalls).toEqual([['calls.dial', { number: '+86-138-1234-5678' }], ['calls.dial', { number: '13900001111' }]]);
  });

  it('quits a second instance instead of opening another window', async () => {
    const electron = await import('electron');
    h.lock = false;
    runElectronShell(paths);
    expect(electron.app.quit).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 10));
    expect(h.windows.length).toBe(0);
  });
});
