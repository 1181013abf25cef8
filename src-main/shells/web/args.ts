import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface WebHostArgs {
  dataDir: string | undefined;
  port: number;
  demo: boolean | undefined;
  demoCustomers: number | undefined;
  json: boolean;
  testControls: boolean;
}

const portSchema = z.coerce.number().int().min(0).max(65535);

/** Command line of the web host: --data-dir DIR --port N --no-demo --json --test-controls. */
export function parseWebHostArgs(argv: string[]): WebHostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: process.env.AGENT_WEB_PORT ?? '4780' },
      'no-demo': { type: 'boolean', default: false },
      'demo-customers': { type: 'string' },
      json: { type: 'boolean', default: false },
      'test-controls': { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    dataDir: values['data-dir'],
    port: portSchema.parse(values.port),
    demo: values['no-demo'] ? false : undefined,
    demoCustomers: values['demo-customers'] === undefined ? undefined : z.coerce.number().int().min(0).max(100_000).parse(values['demo-customers']),
    json: values.json ?? false,
    testControls: values['test-controls'] ?? false,
  };
}
