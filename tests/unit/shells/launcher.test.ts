import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingDir, electronBindingFile } from '../../../src-main/shells/launcher/electronSqlite';
import { findElectronBinary } from '../../../src-main/shells/launcher/findElectron';
import { parseWebHostArgs } from '../../../src-main/shells/web/args';
import { defaultDataDir } from '../../../src-main/shells/web/dataDir';

describe('npm start', () => {
  it('falls back when the electron package throws (binary never downloaded) or its binary is missing', () => {
    expect(findElectronBinary(() => { throw new Error('Electron failed to install correctly'); })).toBeNull();
    expect(findElectronBinary(() => '/nowhere/electron', () => false)).toBeNull();
    expect(findElectronBinary(() => '/opt/electron/electron', () => true)).toBe('/opt/electron/electron');
  });

  it('keeps the Electron build of better-sqlite3 apart from the Node one, per version and platform', () => {
    const dir = electronBindingDir('/p', '38.8.6', 'win32', 'x64');
    expect(dir).toBe(path.join('/p', 'node_modules', '.cache', 'agent-workstation', 'better-sqlite3-electron-38.8.6-win32-x64'));
    expect(electronBindingFile(dir)).toContain(path.join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(electronBindingFile(dir)).not.toBe(path.join('/p', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
  });
});

describe('web host command line', () => {
  it('parses data dir, port and --no-demo, and refuses a bad port', () => {
    expect(parseWebHostArgs(['--data-dir', '/tmp/x', '--port', '0', '--no-demo'])).toMatchObject({ dataDir: '/tmp/x', port: 0, demo: false });
    expect(parseWebHostArgs([])).toMatchObject({ dataDir: undefined, demo: undefined });
    expect(() => parseWebHostArgs(['--port', '99999'])).toThrow();
    expect(() => parseWebHostArgs(['--bogus'])).toThrow();
  });

  it('uses the same per-OS folder as Electron userData', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\Agent Workstation');
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/Agent Workstation');
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Agent Workstation');
  });
});
