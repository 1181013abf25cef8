import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is compiled for Node's ABI (tests, web host). Electron needs its own build, so we
 * keep a second copy compiled for Electron beside node_modules and hand its path to the core as
 * better-sqlite3's `nativeBinding`. The Node build stays untouched, so `npm test` keeps working.
 */
export function electronBindingDir(projectRoot: string, electronVersion: string, platform = process.platform, arch = process.arch): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'agent-workstation', `better-sqlite3-electron-${electronVersion}-${platform}-${arch}`);
}

export function electronBindingFile(dir: string): string {
  return path.join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

export async function ensureElectronSqlite(projectRoot: string, electronVersion: string): Promise<string> {
  const dir = electronBindingDir(projectRoot, electronVersion);
  const file = electronBindingFile(dir);
  if (fs.existsSync(file)) return file;
  const source = path.join(projectRoot, 'node_modules', 'better-sqlite3');
  const target = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(source, target, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) && !p.endsWith(`${path.sep}build`) });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron-sqlite-cache', private: true, dependencies: { 'better-sqlite3': '*' } }));
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; needs internet or a C++ toolchain)…`);
  const { rebuild } = (await import('@electron/rebuild')) as typeof import('@electron/rebuild');
  await rebuild({ buildPath: dir, electronVersion, force: true, onlyModules: ['better-sqlite3'] });
  if (!fs.existsSync(file)) throw new Error(`better-sqlite3 for Electron was not produced at ${file}`);
  return file;
}
