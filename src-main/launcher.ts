import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronSqlite } from './shells/launcher/electronSqlite';
import { findElectronBinary } from './shells/launcher/findElectron';

/** `npm start`: Electron where it is installed, otherwise the web host, said in one line. */
async function main(): Promise<void> {
  const projectRoot = path.join(__dirname, '../..');
  const passThrough = process.argv.slice(2);
  const electron = findElectronBinary(require);
  if (!electron) {
    console.log('Electron is not installed here (its binary is missing), so the web host starts instead: open the URL below in a browser.');
    const child = spawn(process.execPath, [path.join(__dirname, 'webHost.js'), ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const binding = await ensureElectronSqlite(projectRoot, electronVersion);
  const child = spawn(electron, [projectRoot, ...passThrough], {
    stdio: 'inherit',
    env: { ...process.env, AGENT_SQLITE_BINDING: binding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((err: unknown) => {
  console.error('Agent Workstation could not start:', err);
  process.exit(1);
});
