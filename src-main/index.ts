import path from 'node:path';
import { version } from '../package.json';
import { runElectronShell } from './shells/electron/electronMain';

runElectronShell({
  mainDir: __dirname,
  resourcesDir: process.env.AGENT_RESOURCES_DIR ?? path.join(__dirname, '../../resources'),
  version,
});
