import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
} from '../../../src-main/shells/electron/security';

const APP = 'file:///opt/app/out/renderer/index.html';

describe('Electron security checklist', () => {
  it('builds a window with isolation, sandbox and no Node', () => {
    const o = buildWindowOptions('/opt/app/out/preload/preload.js');
    expect(o.webPreferences).toMatchObject({
      preload: '/opt/app/out/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('has a strict CSP: our scripts only, no objects, no framing, no remote connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('loads no remote content: every fetch, script, style, image, font and media source is our own page or inline data', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/));
    for (const [name, ...sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
      if (name === 'script-src' || name === 'default-src' || name === 'connect-src') expect(sources, name).toEqual(["'self'"]);
    }
  });

  it('puts the same policy in the page itself, so it holds even before a response header is seen', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a <meta> policy; the header carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(" frame-ancestors 'none';", ''));
  });

  it('opens externally only web, mail and phone links', () => {
    for (const ok of ['https://example.com', 'http://example.com/x', 'mailto:a@b.cn', 'tel:+8613812345678']) expect(isAllowedExternalUrl(ok), ok).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'not a url', '']) {
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
    }
  });

  it('allows navigation only to our own page', () => {
    expect(isAppUrl('file:///opt/app/out/renderer/index.html#/customers', APP)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://evil.example', APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('trusts IPC only from our main frame', () => {
    expect(isTrustedSender({ url: APP }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example' }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/app/out/renderer/other.html' }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html' }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank' }, APP)).toBe(false);
  });

  it('denies every permission but notifications and the microphone', () => {
    expect(isPermissionAllowed('notifications')).toBe(true);
    expect(isPermissionAllowed('media', { mediaTypes: ['audio'] })).toBe(true);
    expect(isPermissionAllowed('media', { mediaTypes: ['video'] })).toBe(false);
    expect(isPermissionAllowed('media', { mediaTypes: ['audio', 'video'] })).toBe(false);
    for (const p of ['geolocation', 'camera', 'openExternal', 'midi', 'hid', 'serial', 'usb', 'display-capture']) expect(isPermissionAllowed(p), p).toBe(false);
  });
});
