import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../src-main/contract/backups';
import type { CustomerDetail } from '../../../src-main/contract';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { createRestorableCore } from '../../../src-main/core/restorableCore';
import { ManualClock } from '../../../src-main/core/shared/clock';
import { backupWritten, nextEvent } from '../../helpers/backups';
import { ok, RESOURCES_DIR, T0, tempDir } from '../../helpers/core';

type Core = ReturnType<typeof createRestorableCore>;

function makeRestorable() {
  const dataDir = tempDir();
  const core = createRestorableCore({ dataDir, resourcesDir: RESOURCES_DIR, clock: new ManualClock(T0), demo: false, version: 'test' });
  return { core, dataDir };
}
const backups = (core: Core) => ok<{ items: Backup[]; folder: string }>(core.dispatch('backups.list', {}));
const customerNames = (core: Core) => ok<{ items: { fullName: string }[] }>(core.dispatch('customers.list', {})).items.map((c) => c.fullName).sort();

/** Uploads bytes in two chunks, as the window does. */
function upload(core: Core, bytes: Buffer): string {
  const { uploadId } = ok<{ uploadId: string }>(core.dispatch('backups.uploadBegin', {}));
  const half = Math.floor(bytes.length / 2);
  for (const part of [bytes.subarray(0, half), bytes.subarray(half)]) ok(core.dispatch('backups.uploadAppend', { uploadId, chunk: part.toString('base64') }));
  return uploadId;
}

/** What must not move when a restore is refused: the live file's bytes and what the API answers. */
function snapshot(core: Core, dataDir: string) {
  core.dispatch('audit.list', {}); // flushes batched views, so the file is settled
  const file = path.join(dataDir, DB_FILE_NAME);
  const bytes = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f).toString('base64') : null);
  return { names: customerNames(core), backups: backups(core).items.map((b) => b.name), file: bytes(file), wal: bytes(`${file}-wal`) };
}

describe('restoring a backup', () => {
  it('brings back a deleted customer, backing up the current data first, and keeps working afterwards', async () => {
    const { core, dataDir } = makeRestorable();
    await backupWritten(core);
    const kept = ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '陈美玲', phones: [{ number: '13900001111' }] }));
    const written = backupWritten(core);
    const { name } = ok<{ name: string }>(core.dispatch('backups.create', { label: '删除前' }));
    await written;
    ok(core.dispatch('customers.erase', { id: kept.id }));
    expect(customerNames(core)).toEqual([]);

    const restored = nextEvent(core, 'app.restored');
    const { beforeRestore } = ok<{ beforeRestore: string }>(core.dispatch('backups.restore', { name }));
    expect(await restored).toEqual({ from: name, beforeRestore });

    expect(customerNames(core)).toEqual(['陈美玲']);
    expect(ok<CustomerDetail>(core.dispatch('customers.get', { id: kept.id })).phones[0]?.raw).toBe('13900001111');
    // The data from just before the restore is a backup of its own, without the customer.
    const before = backups(core).items.find((b) => b.name === beforeRestore)!;
    expect(before.kind).toBe('before-restore');
    const copy = new Database(path.join(backups(core).folder, before.name), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
    copy.close();
    // The restored database is the live one: writes land, the session is back, the trail says who restored.
    expect(ok<{ profile: unknown }>(core.dispatch('session.current', {})).profile).not.toBeNull();
    ok(core.dispatch('customers.create', { fullName: '林晓' }));
    expect(fs.existsSync(path.join(dataDir, `${DB_FILE_NAME}.replaced`))).toBe(false);
    const trail = ok<{ items: { action: string }[] }>(core.dispatch('audit.list', {})).items.map((e) => e.action);
    expect(trail).toContain('backup.restored');
    core.close();
  });

  it('restores an uploaded backup file', async () => {
    const { core } = makeRestorable();
    await backupWritten(core);
    ok(core.dispatch('customers.create', { fullName: '黄志明' }));
    const written = backupWritten(core);
    const { name } = ok<{ name: string }>(core.dispatch('backups.create', {}));
    await written;
    const bytes = fs.readFileSync(path.join(backups(core).folder, name));
    ok(core.dispatch('backups.remove', { name }));
    const b = ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '后来的客户' }));
    ok(core.dispatch('customers.erase', { id: b.id }));
    const restored = nextEvent(core, 'app.restored');
    ok(core.dispatch('backups.restore', { uploadId: upload(core, bytes) }));
    await restored;
    expect(customerNames(core)).toEqual(['黄志明']);
    core.close();
  });
});

describe('refusing what is not a sound backup of this app', () => {
  async function setUp() {
    const { core, dataDir } = makeRestorable();
    const name = await backupWritten(core);
    ok(core.dispatch('customers.create', { fullName: '赵敏' }));
    const good = fs.readFileSync(path.join(backups(core).folder, name));
    return { core, dataDir, good };
  }
  const refusal = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) => (r.ok ? 'accepted' : `${r.error?.code}:${String(r.error?.details?.reason)}`);

  it('refuses a text file, a truncated copy, another app\'s SQLite and a newer schema, and changes nothing', async () => {
    const { core, dataDir, good } = await setUp();
    const scratch = tempDir();
    const foreign = path.join(scratch, 'other.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')");
    other.close();
    const newer = path.join(scratch, 'newer.sqlite');
    fs.writeFileSync(newer, good);
    const n = new Database(newer);
    n.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'from-the-future', 0)");
    n.pragma('user_version = 9999');
    n.close();
    const cases: [string, Buffer][] = [
      ['DB_CORRUPT:not-sqlite', Buffer.from('姓名,电话\n张三,13800138000\n', 'utf8')],
      ['DB_CORRUPT:truncated', good.subarray(0, good.length - 4096 - 100)],
      ['DB_CORRUPT:foreign', fs.readFileSync(foreign)],
      ['DB_TOO_NEW:newer', fs.readFileSync(newer)],
    ];
    let restoredEvents = 0;
    core.subscribe((name) => {
      if (name === 'app.restored') restoredEvents++;
    });
    for (const [expected, bytes] of cases) {
      const before = snapshot(core, dataDir);
      expect(refusal(core.dispatch('backups.restore', { uploadId: upload(core, bytes) })), expected).toBe(expected);
      expect(snapshot(core, dataDir), expected).toEqual(before);
    }
    // A page-aligned truncation passes the size check but not SQLite's own integrity check.
    const cut = Buffer.from(good.subarray(0, good.length - 4096));
    cut.writeUInt32BE(0, 92); // the header's page count is no longer vouched for
    expect(refusal(core.dispatch('backups.restore', { uploadId: upload(core, cut) }))).toMatch(/^DB_CORRUPT:(damaged|truncated)$/);
    // Had any of them been taken, its before-restore backup would be running, then the swap would follow.
    while (ok<{ running: boolean }>(core.dispatch('backups.list', {})).running) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
    expect(restoredEvents).toBe(0);
    expect(backups(core).items.filter((b) => b.kind === 'before-restore')).toEqual([]);
    expect(fs.readdirSync(backups(core).folder).filter((f) => f.startsWith('.restore'))).toEqual([]);
    core.close();
  });

  it('refuses names that are not listed backups', async () => {
    const { core } = await setUp();
    expect(refusal(core.dispatch('backups.restore', { name: 'workstation.sqlite' }))).toBe('NOT_FOUND:backup-missing');
    expect(core.dispatch('backups.restore', { name: '../workstation.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('backups.restore', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    core.close();
  });
});
