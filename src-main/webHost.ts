import path from 'node:path';
import { version } from '../package.json';
import { AppError } from './contract/errors';
import { parseWebHostArgs } from './shells/web/args';
import { defaultDataDir } from './shells/web/dataDir';
import { startFailureMessage, shellLocale } from './shells/startFailure';
import { startWebServer } from './shells/web/webServer';
import { startCoreWorker } from './worker/coreClient';

/** The data folder being opened, for the start-failure message. */
let startingIn = '';

/** `npm run web`: the same core and renderer, served to a browser on 127.0.0.1 with a token. */
async function main(): Promise<void> {
  const args = parseWebHostArgs(process.argv.slice(2));
  const dataDir = args.dataDir ?? defaultDataDir();
  startingIn = dataDir;
  const client = await startCoreWorker(path.join(__dirname, 'coreWorker.js'), {
    dataDir,
    resourcesDir: process.env.AGENT_RESOURCES_DIR ?? path.join(__dirname, '../../resources'),
    version,
    demo: args.demo,
    demoCustomers: args.demoCustomers,
    testControls: args.testControls,
  });
  if (args.testControls) console.warn('Test controls are on: the clock can be moved through the API. Never use this for real work.');
  const server = await startWebServer({ client, rendererDir: path.join(__dirname, '../renderer'), port: args.port });
  if (args.json) console.log(JSON.stringify({ url: server.url, origin: server.origin, token: server.token, port: server.port, dataDir }));
  else console.log(`Agent Workstation is running at ${server.url}\nData folder: ${dataDir}`);

  const stop = () => {
    void server.close().then(() => client.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof AppError) {
    // The folder's owner reads this in a terminal: their language first, the English detail after.
    const locale = shellLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
    const { title, detail } = startFailureMessage(err, locale, startingIn);
    console.error(`${title}\n${detail}\n(${err.code}: ${err.message})`);
  }
  else if ((err as { code?: string })?.code === 'EADDRINUSE') console.error('Agent Workstation could not start: the port is in use. Pass --port N or --port 0.');
  else console.error('Agent Workstation could not start:', err);
  process.exit(2);
});
