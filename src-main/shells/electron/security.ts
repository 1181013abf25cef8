/**
 * The Electron security checklist as plain functions, free of runtime `electron` imports so they
 * are unit-tested in Node: window options, CSP, navigation, external links, permissions, senders.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Agent Workstation',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** shell.openExternal only for web pages, mail and phone links; never file:, javascript: or custom schemes. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(raw).protocol);
  } catch {
    return false;
  }
}

/** The renderer may only ever show our own page: same file (production) or same dev-server origin. */
export function isAppUrl(raw: string, appUrl: string): boolean {
  try {
    const target = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** An IPC message is trusted only from our main frame showing our page. */
export function isTrustedSender(frame: { url: string; parent?: unknown } | null | undefined, appUrl: string): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppUrl(frame.url, appUrl);
}

const ALLOWED_PERMISSIONS = new Set(['notifications', 'media', 'clipboard-sanitized-write']);

/** Deny everything but desktop notifications and the softphone's microphone. */
export function isPermissionAllowed(permission: string, details?: { mediaTypes?: string[] }): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  if (permission === 'media') return (details?.mediaTypes ?? []).every((t) => t === 'audio');
  return true;
}
