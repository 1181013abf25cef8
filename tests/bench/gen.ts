import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate';

/** npm run gen -- --customers 1000000 --messages 2000000 --out /tmp/aw-bench [--seed 1] */
const { values } = parseArgs({
  options: { customers: { type: 'string', default: '10000' }, messages: { type: 'string', default: '20000' }, out: { type: 'string', default: '/tmp/aw-bench' }, seed: { type: 'string', default: '1' } },
});
const result = generate({
  customers: Number(values.customers),
  messages: Number(values.messages),
  out: values.out,
  seed: Number(values.seed),
  resourcesDir: path.resolve(__dirname, '../../resources'),
  log: (line) => console.error(line),
});
// Each phase's rate over its own time: the customers' figure once included the messages phase too.
console.log(JSON.stringify({
  ...result,
  customersPerSecond: Math.round(result.customers / result.customerSeconds),
  messagesPerSecond: Math.round(result.messages / result.messageSeconds),
}));
