/**
 * The crash test's victim: opens the real core on a data folder and performs writes through the
 * real API until it is killed. One JSON line is printed per write ONLY after dispatch returned ok:
 * that line is the acknowledgement the parent (tests/unit/crash/sigkill.test.ts) holds the
 * database to after a SIGKILL. Stdout is a pipe, which Node writes synchronously on Linux, so a
 * printed line always means the commit had already returned.
 *
 * Usage: writer <dataDir> <seed> <resourcesDir>
 * Every record carries its own shape so the parent can check all-or-nothing without knowing
 * which acknowledgements were lost with the process: a customer's `preferences` says how many
 * phones and emails it has; a note's body carries a token the search index must find.
 */
import { createCore } from '../../src-main/core/createCore';
import type { Result } from '../../src-main/contract/errors';

const [dataDir, seedArg, resourcesDir] = process.argv.slice(2);
if (!dataDir || !seedArg || !resourcesDir) throw new Error('usage: writer <dataDir> <seed> <resourcesDir>');

// mulberry32: a seeded PRNG so one round's sequence of writes can be replayed from its seed.
let state = Number(seedArg) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n: number) => Math.floor(rand() * n);
const tag = `${seedArg}x${Date.now().toString(36)}`;

const core = createCore({ dataDir, resourcesDir, demo: false, simulator: false, testControls: true, version: 'crash', logger: { error: () => {}, warn: () => {} } });
const ack = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
function call<T>(method: string, input: unknown): T {
  const r = core.dispatch(method, input) as Result<T>;
  if (!r.ok) {
    process.stderr.write(`${method} failed: ${JSON.stringify(r.error)}\n`);
    process.exit(3);
  }
  return r.value;
}

const list = <T>(method: string, input: unknown, key = 'items') => call<Record<string, T[]>>(method, input)[key] ?? [];
const customers = list<{ id: string }>('customers.list', { limit: 50 }).map((c) => c.id);
const notes = new Map<string, number>();
for (const n of list<{ id: string; body: string }>('notes.list', {})) {
  // The version is the digits before the token's closing q: the tag before it is a base-36 time,
  // which can hold a "v" and digits of its own (read as the version, a restarted writer went back).
  const v = /v(\d+)q$/.exec(n.body.split(' ')[0] ?? '');
  notes.set(n.id, v ? Number(v[1]) : 0);
}
const conversations: string[] = [];
let seq = 0;
ack({ op: 'ready' });

const phonesOf = (k: number, n: number) => Array.from({ length: n }, (_, i) => ({ number: `+86 139 ${String(k % 10000).padStart(4, '0')} ${String(i).padStart(4, '0')}`, label: `l${i}` }));
const emailsOf = (k: string, n: number) => Array.from({ length: n }, (_, i) => ({ email: `c${k}.${i}@crash.example`, label: '' }));
const customerInput = (name: string, p: number, e: number) => ({
  fullName: name, language: 'en', preferences: `phones=${p};emails=${e}`, phones: phonesOf(int(10000), p), emails: emailsOf(`${tag}${seq}`, e), tags: [`t${p}`],
});

const writes: Array<() => void> = [
  () => {
    const p = 1 + int(5);
    const e = int(4);
    const c = call<{ id: string }>('customers.create', customerInput(`Crash ${tag} ${seq}`, p, e));
    customers.push(c.id);
    ack({ op: 'customer', id: c.id });
  },
  () => {
    if (customers.length === 0) return;
    const id = customers[int(customers.length)]!;
    const p = 1 + int(5);
    const e = int(4);
    const c = call<{ updatedAt: number }>('customers.update', { id, customer: customerInput(`Crash ${tag} ${seq} updated`, p, e) });
    ack({ op: 'customerUpdate', id, updatedAt: c.updatedAt });
  },
  () => {
    const ids = [...notes.keys()];
    const id = ids.length > 0 && rand() < 0.7 ? ids[int(ids.length)] : undefined;
    const v = (id ? (notes.get(id) ?? 0) : 0) + 1;
    const customerId = !id && customers.length > 0 && rand() < 0.5 ? customers[int(customers.length)]! : null;
    const token = `zq${tag}n${seq}v${v}q`;
    const n = call<{ id: string; updatedAt: number }>('notes.save', { ...(id ? { id } : { customerId }), body: `${token} note text ${'·'.repeat(int(200))}` });
    notes.set(n.id, v);
    ack({ op: 'note', id: n.id, v, token });
  },
  () => {
    if (conversations.length === 0) return;
    const interactionId = conversations[int(conversations.length)]!;
    const d = call<{ updatedAt: number }>('drafts.save', { interactionId, body: `draft ${tag} ${seq}` });
    ack({ op: 'draft', interactionId, updatedAt: d.updatedAt });
  },
  () => {
    if (customers.length === 0) return;
    const t = call<{ id: string }>('tabs.open', { kind: 'customer', refId: customers[int(customers.length)]! });
    ack({ op: 'tab', id: t.id });
  },
  () => {
    const tabs = list<{ id: string }>('tabs.list', {});
    if (tabs.length < 2) return;
    const moved = tabs[int(tabs.length)]!.id;
    const order = list<{ id: string }>('tabs.move', { id: moved, position: int(tabs.length) }).map((t) => t.id);
    ack({ op: 'tabsMove', order });
  },
  () => {
    if (customers.length === 0) return;
    const k = call<{ id: string }>('cases.create', { customerId: customers[int(customers.length)]!, type: 'complaint', grade: 'P3', title: `Crash case ${tag} ${seq}` });
    ack({ op: 'case', id: k.id });
  },
  () => {
    if (customers.length === 0) return;
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: customers[int(customers.length)]!, body: `hello ${tag} ${seq}` });
    conversations.push(interactionId);
    ack({ op: 'inbound', interactionId });
  },
  () => {
    if (conversations.length === 0) return;
    const interactionId = conversations[int(conversations.length)]!;
    const m = call<{ id: string }>('interactions.send', { interactionId, body: `reply ${tag} ${seq}` });
    ack({ op: 'send', id: m.id, interactionId });
  },
];

// Bursts of synchronous writes with a turn of the event loop between them, so queued deliveries and
// timers also run (and can be killed half-way) like in the app.
function burst(): void {
  for (let i = 0; i < 20; i++) {
    seq++;
    writes[int(writes.length)]!();
  }
  setImmediate(burst);
}
burst();
