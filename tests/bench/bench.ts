import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import WebSocket, { WebSocketServer } from 'ws';
import type { CustomerSummary } from '../../src-main/contract/customers';
import { createCore, DB_FILE_NAME } from '../../src-main/core/createCore';
import { DEFAULT_BACKUP_SETTINGS } from '../../src-main/contract/backups';
import { openDatabase } from '../../src-main/core/db/open';
import { createSettingsRepo } from '../../src-main/core/settings/settingsRepo';
import { makeDemoPerson } from '../../src-main/core/demo/demoPeople';
import { loadPools } from '../../src-main/core/demo/pools';
import type { Locale } from '../../src-main/contract/primitives';
import { createRandom } from '../../src-main/core/shared/random';
import { startWebServer } from '../../src-main/shells/web/webServer';
import { inProcessClient } from '../../src-main/worker/coreClient';
import { generate, GENERATED_UNTIL } from './generate';

export interface BenchEntry {
  name: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  target_p95_ms: number | null;
  baseline_p95_ms: number | null;
  ok: boolean;
  note?: string;
}

const RESOURCES = path.resolve(__dirname, '../../resources');

export function percentiles(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p50_ms: round(at(50)), p95_ms: round(at(95)), p99_ms: round(at(99)) };
}

function time(n: number, fn: (i: number) => void, warmup = n): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function timeAsync(n: number, fn: (i: number) => Promise<void>, warmup = 20): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i % n);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** A WebSocket server on loopback that answers each message with a prepared text: the socket and framing alone. */
async function echoSocket(answers: string[]): Promise<{ roundTrip: (i: number) => Promise<void>; close: () => void }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (sock) => sock.on('message', (data) => sock.send(answers[Number(data.toString())]!)));
  const ws = new WebSocket(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
  await new Promise((resolve) => ws.once('open', resolve));
  return {
    roundTrip: (i) => new Promise<void>((resolve) => {
      ws.once('message', () => resolve());
      ws.send(String(i));
    }),
    close: () => {
      ws.terminate();
      wss.close();
    },
  };
}

/**
 * A worker thread that sends back what it is given: the hop the web host and Electron make to
 * reach the core. The answer is cloned both ways (the real hop clones a small request there and the
 * answer back), so this is an upper bound.
 */
function echoWorker(values: unknown[]): { roundTrip: (i: number) => Promise<void>; close: () => Promise<number> } {
  const worker = new Worker("const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m));", { eval: true });
  return {
    roundTrip: (i) => new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.postMessage({ type: 'result', id: i, result: values[i] });
    }),
    close: () => worker.terminate(),
  };
}

/** A customer list as a call center would bring it: Chinese headers, deterministic rows from the demo pools. */
function customerCsv(rows: number): Buffer {
  const pools = loadPools(RESOURCES);
  const r = createRandom(99);
  const languages: Locale[] = ['zh-CN', 'zh-CN', 'zh-TW', 'en'];
  const data = Array.from({ length: rows }, (_, i) => {
    const p = makeDemoPerson(pools, r, languages[i % languages.length]!, i + 1);
    return [p.fullName, p.phones[0]?.number ?? '', p.emails[0]?.email ?? '', p.tags.join('、'), p.tier ?? '', p.tier ? String(r.int(0, 30_000)) : ''];
  });
  return Buffer.from(Papa.unparse({ fields: ['姓名', '手机', '邮箱', '标签', '会员等级', '积分'], data }), 'utf8');
}

/**
 * The whole import as the app drives it (upload in chunks, preview, commit) into a fresh data
 * folder: a center imports its list when it starts, and a fresh folder keeps reruns comparable.
 */
export function timeCsvImport(rows: number): { ms: number; imported: number } {
  const csv = customerCsv(rows);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aw-bench-import-'));
  const core = createCore({ dataDir: dir, resourcesDir: RESOURCES, demo: false, checkOutputs: false, simulator: false });
  const call = <T>(method: string, input: unknown): T => {
    const result = core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const t = performance.now();
  const { importId } = call<{ importId: string }>('imports.begin', {});
  const CHUNK = 1_000_000; // under the transport's 2 MB base64 cap per message
  for (let at = 0; at < csv.length; at += CHUNK) call('imports.append', { importId, chunk: csv.subarray(at, at + CHUNK).toString('base64') });
  const preview = call<{ mapping: Record<string, string> }>('imports.preview', { importId });
  const { imported } = call<{ imported: number }>('imports.commit', { importId, mapping: preview.mapping, skipInvalid: true });
  const ms = performance.now() - t;
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms, imported };
}

/**
 * Runs every hot path through the core's contract (validation included) and, beside it, the same
 * lookup as bare prepared SQL on the same file: the ratio is the cost of our layers.
 */
/**
 * A generated desk was last open on its generation day: its first start catches up once (pending
 * migrations, a year of reply deadlines passed, renewal reminders due). Both benches let a core do
 * that and its timers mark what fell due before measuring, as after any first day; the core bench's
 * "start the core" row is every later start.
 */
export async function catchUpGeneratedDesk(dir: string): Promise<void> {
  const core = createCore({ dataDir: dir, resourcesDir: RESOURCES, demo: false, checkOutputs: false, simulator: false });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  core.close();
}

export async function runBench(dir: string, opts: { n: number; quick: boolean }): Promise<BenchEntry[]> {
  const file = path.join(dir, DB_FILE_NAME);
  const results: BenchEntry[] = [];
  const add = (name: string, times: number[], target: number | null, baseline: number[] | null, ok: boolean, note?: string) =>
    results.push({ name, n: times.length, ...percentiles(times), target_p95_ms: target, baseline_p95_ms: baseline ? percentiles(baseline).p95_ms : null, ok, ...(note ? { note } : {}) });

  add('open database, no pending migrations', time(Math.max(5, Math.floor(opts.n / 20)), () => openDatabase(file).db.close(), 2), 150, null, true);

  // The desk is measured, not a copy of a 2 GB file running beside it: no backup at start.
  {
    const { db } = openDatabase(file);
    createSettingsRepo(db).writeSetting('backups', JSON.stringify({ ...DEFAULT_BACKUP_SETTINGS, daily: false }), Date.now());
    db.close();
  }
  await catchUpGeneratedDesk(dir);
  // Reports cover the generated history, not what this or an earlier run inserted.
  const lastAt = (() => {
    const ro = new Database(file, { readonly: true });
    const at = (ro.prepare('SELECT max(started_at) FROM interactions WHERE started_at <= ?').pluck().get(GENERATED_UNTIL) as number | null) ?? Date.now();
    ro.close();
    return at;
  })();
  // What the window waits for at launch: the database opened and the start-up work (deadlines to
  // watch, queued replies, renewals due, built-in content) done. No target in the issue; reported.
  add('start the core (open the database, start-up scans)', time(Math.max(3, Math.floor(opts.n / 60)), () => createCore({ dataDir: dir, resourcesDir: RESOURCES, demo: false, checkOutputs: false, simulator: false }).close(), 1), null, null, true);
  // Test controls only to make calls ring on demand (test.simulateCall); nothing rings on its own.
  const core = createCore({ dataDir: dir, resourcesDir: RESOURCES, demo: false, checkOutputs: false, simulator: false, testControls: true });
  const raw = new Database(file, { readonly: true });
  const r = createRandom(42);
  const sample = raw.prepare(`SELECT c.id, c.full_name, c.name_pinyin, c.name_initials, p.raw, p.normalized, e.email_lower FROM customers c
      JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0 LEFT JOIN customer_emails e ON e.customer_id = c.id AND e.position = 0
      WHERE c.rowid = ?`);
  const maxRowid = raw.prepare('SELECT max(rowid) FROM customers').pluck().get() as number;
  const picks = Array.from({ length: opts.n }, () => sample.get(r.int(1, maxRowid)) as { id: string; full_name: string; name_pinyin: string; name_initials: string; raw: string; normalized: string; email_lower: string | null } | undefined).filter((x) => x !== undefined);
  const list = (query: string) => core.dispatch('customers.list', { query, limit: 50 }) as { ok: true; value: { items: CustomerSummary[] } };
  let misses = 0;

  const exact = raw.prepare('SELECT customer_id FROM customer_phones WHERE normalized = ?').pluck();
  add('caller-id lookup by full phone', time(picks.length, (i) => { if (!list(picks[i]!.raw).value.items.some((c) => c.id === picks[i]!.id)) misses++; }), 0.5,
    time(picks.length, (i) => exact.all(picks[i]!.normalized)), misses === 0, misses ? `${misses} misses` : undefined);

  const tail = raw.prepare('SELECT customer_id FROM customer_phones WHERE reversed >= @p AND reversed < @p || char(1114111) LIMIT 1000').pluck();
  for (const digits of [4, 6, 8]) {
    misses = 0;
    const q = (i: number) => picks[i]!.normalized.slice(-digits);
    add(`phone tail, last ${digits} digits`, time(picks.length, (i) => { if (!list(q(i)).value.items.length) misses++; }), 2,
      time(picks.length, (i) => tail.all({ p: [...q(i)].reverse().join('') })), misses === 0);
  }

  const namePrefix = raw.prepare('SELECT id FROM customers WHERE name_pinyin >= @p AND name_pinyin < @p || char(1114111) LIMIT 50').pluck();
  for (const [label, key] of [['name (characters)', 'full_name'], ['name (full pinyin)', 'name_pinyin'], ['name (pinyin initials)', 'name_initials']] as const) {
    misses = 0;
    const usable = picks.filter((p) => p[key]);
    add(`${label} search, first page`, time(usable.length, (i) => { if (!list(usable[i]![key]).value.items.length) misses++; }), 5,
      time(usable.length, (i) => namePrefix.all({ p: usable[i]!.name_pinyin })), misses === 0);
  }
  const withEmail = picks.filter((p) => p.email_lower);
  add('email search, first page', time(withEmail.length, (i) => void list(withEmail[i]!.email_lower!.slice(0, 8))), 5, null, true);

  const fts = raw.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 20').pluck();
  for (const [label, text, match] of [['1 character', '退', '"退"'], ['2 characters', '发票', '"发 票"'], ['4 characters', '退货流程', '"退 货 流 程"'], ['English word', 'order', '"order"*']] as const) {
    const run = () => core.dispatch('search.query', { text, limit: 20 });
    add(`full-text search, ${label}, first page`, time(Math.min(opts.n, 200), run), 20, time(Math.min(opts.n, 200), () => fts.all(match)), true);
  }

  const timeline = raw.prepare('SELECT * FROM interactions WHERE customer_id = ? ORDER BY started_at DESC, id DESC LIMIT 50');
  add('customer 360 (profile, membership, orders, last 50 timeline entries)', time(picks.length, (i) => {
    core.dispatch('customers.get', { id: picks[i]!.id });
    core.dispatch('customers.timeline', { customerId: picks[i]!.id, limit: 50 });
  }), 10, time(picks.length, (i) => timeline.all(picks[i]!.id)), true);

  // Ring to screen pop: the call is recorded, the caller looked up and the pop built (then declined, untimed).
  const ringTimes: number[] = [];
  misses = 0;
  for (let i = 0; i < picks.length + 10; i++) {
    const p = picks[i % picks.length]!;
    const t = performance.now();
    const rang = core.dispatch('test.simulateCall', { number: p.raw }) as { ok: true; value: { id: string } };
    const pop = core.dispatch('calls.screenPop', { number: p.raw }) as { ok: true; value: { customer: { id: string } | null } };
    if (i >= 10) ringTimes.push(performance.now() - t);
    if (!pop.value.customer) misses++;
    core.dispatch('calls.reject', { id: rang.value.id });
  }
  add('ring to screen pop (record the call, look up the caller, build the pop)', ringTimes, 50, time(picks.length, (i) => exact.all(picks[i]!.normalized)), misses === 0,
    misses ? `${misses} known callers not popped` : undefined);

  const inboxSql = raw.prepare('SELECT id FROM interactions WHERE awaiting_reply = 1 ORDER BY sla_due_at LIMIT 1000').pluck();
  add('inbox (everything waiting, by SLA)', time(Math.min(opts.n, 200), () => core.dispatch('inbox.list', {})), 10, time(Math.min(opts.n, 200), () => inboxSql.all()), true);

  const social = raw.prepare("SELECT id FROM interactions WHERE channel = 'wechat' LIMIT 200").pluck().all() as string[];
  if (social.length > 0) {
    add('insert a message with its index updates', time(Math.min(opts.n, 200), (i) => core.dispatch('interactions.send', { interactionId: social[i % social.length]!, body: `好的，已为您登记，订单稍后更新 ${i}` })), 1, null, true);
  }
  add('next due reminder', time(Math.min(opts.n, 200), () => core.dispatch('reminders.counts', {})), 1, null, true);

  // Reports as the Reports page asks for them: whole local days (Shanghai), here the generated history's
  // last complete day and the 30 days ending with it.
  const lastMidnight = Math.floor((lastAt + 8 * 3_600_000) / 86_400_000) * 86_400_000 - 8 * 3_600_000;
  const dayCount = raw.prepare('SELECT count(*) FROM interactions WHERE started_at >= ? AND started_at < ?').pluck();
  for (const [label, days, target] of [['one day', 1, 50], ['30 days', 30, 300]] as const) {
    const range = { from: lastMidnight - days * 86_400_000, to: lastMidnight, tzOffsetMinutes: 480 };
    const reps = Math.min(opts.n, days === 1 ? 50 : 20);
    let wrong = 0;
    const contacts = dayCount.get(range.from, range.to) as number;
    add(`daily report figures, ${label}`, time(reps, () => {
      const r = core.dispatch('reports.summary', range) as { ok: boolean; value?: { totals?: { contacts?: number } } };
      if (!r.ok) wrong++;
    }), target, time(reps, () => dayCount.get(range.from, range.to)), wrong === 0, `${contacts} contacts in the period${wrong ? `, ${wrong} failed` : ''}`);
  }
  for (const [label, days, target] of [['one day', 1, 50], ['30 days', 30, 300]] as const) {
    const range = { from: lastMidnight - days * 86_400_000, to: lastMidnight, tzOffsetMinutes: 480 };
    let agents = 0;
    add(`agents side by side, ${label}`, time(Math.min(opts.n, 20), () => {
      const r = core.dispatch('reports.agents', range) as { ok: boolean; value?: { agents: unknown[] } };
      agents = r.ok ? (r.value?.agents.length ?? 0) : -1;
    }), target, null, agents >= 0, `${agents} agents`);
  }
  add('rising phrases, 7 days against the 7 before', time(Math.min(opts.n, 5), () => core.dispatch('reports.rising', { from: lastMidnight - 7 * 86_400_000, to: lastMidnight, tzOffsetMinutes: 480 })), null, null, true);

  // Through the WebSocket transport: what a call adds over calling the core directly.
  const server = await startWebServer({ client: inProcessClient(core), rendererDir: os.tmpdir(), port: 0 });
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: server.origin });
  await new Promise((resolve) => ws.once('open', resolve));
  let seq = 0;
  const roundTrip = (query: string) =>
    new Promise<void>((resolve) => {
      const id = ++seq;
      const onMessage = (data: WebSocket.RawData) => {
        if ((JSON.parse(data.toString()) as { id?: number }).id === id) {
          ws.off('message', onMessage);
          resolve();
        }
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method: 'customers.list', input: { query, limit: 50 } }));
    });
  const wsTimes: number[] = [];
  for (let i = 0; i < picks.length + 20; i++) {
    const t = performance.now();
    await roundTrip(picks[i % picks.length]!.raw);
    if (i >= 20) wsTimes.push(performance.now() - t);
  }
  const direct = time(picks.length, (i) => void list(picks[i]!.raw));
  const added = percentiles(wsTimes).p95_ms - percentiles(direct).p95_ms;
  add('caller-id through the WebSocket transport', wsTimes, null, direct, true, `adds ${Math.round(added * 1000) / 1000} ms at p95 (target < 0.5)`);
  ws.close();
  await server.close();

  // The transport's overhead taken apart, each with the same messages as above.
  const answersAsValues = picks.map((p) => list(p.raw));
  const requests = picks.map((p, i) => JSON.stringify({ id: i, method: 'customers.list', input: { query: p.raw, limit: 50 } }));
  add('transport part: JSON both ways (request parse, answer stringify and parse)', time(picks.length, (i) => {
    JSON.parse(requests[i]!);
    JSON.parse(JSON.stringify({ type: 'result', id: i, result: answersAsValues[i] }));
  }), null, null, true);
  const answers = answersAsValues.map((r, i) => JSON.stringify({ type: 'result', id: i, result: r }));
  const echo = await echoSocket(answers);
  add('transport part: loopback WebSocket round trip with the same bytes, no core', await timeAsync(picks.length, echo.roundTrip), null, null, true);
  echo.close();
  const hop = echoWorker(answersAsValues);
  add('transport part: worker thread hop (postMessage round trip, answer cloned both ways)', await timeAsync(picks.length, hop.roundTrip), null, null, true);
  await hop.close();
  core.close();
  raw.close();

  const importRows = opts.quick ? 1_000 : 100_000;
  const csvImport = timeCsvImport(importRows);
  add(`CSV import of ${importRows.toLocaleString('en')} customers (upload, preview, commit; total)`, [csvImport.ms], 10_000, null, csvImport.imported === importRows,
    csvImport.imported === importRows ? undefined : `${csvImport.imported} of ${importRows} imported`);

  for (const e of results) if (!opts.quick && e.target_p95_ms !== null && e.p95_ms > e.target_p95_ms) e.ok = false;
  return results;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, quick: { type: 'boolean', default: false }, n: { type: 'string', default: '300' } } });
  let dir = values.db;
  if (values.quick) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aw-bench-quick-'));
    generate({ customers: 3000, messages: 6000, out: dir, seed: 7, resourcesDir: RESOURCES });
  }
  if (!dir) throw new Error('pass --db DIR (made by npm run gen) or --quick');
  const results = await runBench(dir, { n: values.quick ? 30 : Number(values.n), quick: values.quick });
  console.log(JSON.stringify(results, null, 2));
  if (values.quick) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(results.every((e) => e.ok) ? 0 : 1);
}

if (require.main === module) void main();
