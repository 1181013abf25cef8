import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../src-main/contract/backups';
import type { CustomerDetail } from '../../../src-main/contract';
import { backupWritten } from '../../helpers/backups';
import { makeCore, ok, T0 } from '../../helpers/core';

const DAY = 86_400_000;
type Listing = { items: Backup[]; folder: string; running: boolean };
const list = (core: ReturnType<typeof makeCore>['core']) => ok<Listing>(core.dispatch('backups.list', {}));

describe('automatic daily backups', () => {
  it('backs up at start, then once a day as the clock moves, keeping the newest N', async () => {
    const { core, dataDir } = makeCore({ testControls: true });
    const first = await backupWritten(core);
    expect(list(core).items).toMatchObject([{ name: first, kind: 'daily', createdAt: T0 }]);
    expect(fs.existsSync(path.join(dataDir, 'backups', first))).toBe(true);
    ok(core.dispatch('settings.update', { backups: { keep: 3, daily: true } }));

    for (let day = 1; day <= 5; day++) {
      const written = backupWritten(core);
      ok(core.dispatch('test.advanceClock', { ms: DAY }));
      await written;
    }
    const daily = list(core).items.filter((b) => b.kind === 'daily');
    expect(daily.map((b) => b.createdAt)).toEqual([T0 + 5 * DAY, T0 + 4 * DAY, T0 + 3 * DAY]);
    // Each is a complete copy of the database that SQLite opens and checks as sound.
    const copy = new Database(path.join(list(core).folder, daily[0]!.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    core.close();
  });

  it('does not back up at start when the newest daily backup is less than a day old, and stops when switched off', async () => {
    const { core, dataDir, clock } = makeCore({ testControls: true });
    await backupWritten(core);
    core.close();
    clock.advance(DAY - 60_000);
    const again = makeCore({ dataDir, clock, testControls: true }).core;
    ok(again.dispatch('settings.update', { backups: { keep: 7, daily: false } }));
    ok(again.dispatch('test.advanceClock', { ms: 3 * DAY }));
    await new Promise((r) => setTimeout(r, 200));
    expect(list(again).items).toHaveLength(1);
    again.close();
  });
});

describe('manual backups', () => {
  it('backs up now with a label, lists it as manual with its size, and keeps it when daily ones are pruned', async () => {
    const { core } = makeCore({ testControls: true });
    await backupWritten(core);
    ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '周杰' }));
    const pending = backupWritten(core);
    const { name } = ok<{ name: string }>(core.dispatch('backups.create', { label: '月底 结账/前' }));
    expect(await pending).toBe(name);
    const manual = list(core).items.find((b) => b.name === name)!;
    expect(manual).toMatchObject({ kind: 'manual', label: '月底 结账 前' });
    expect(manual.size).toBeGreaterThan(4096);
    const copy = new Database(path.join(list(core).folder, name), { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM customers WHERE full_name = '周杰'").pluck().get()).toBe(1);
    copy.close();

    ok(core.dispatch('settings.update', { backups: { keep: 1, daily: true } }));
    for (let day = 1; day <= 2; day++) {
      const written = backupWritten(core);
      ok(core.dispatch('test.advanceClock', { ms: DAY }));
      await written;
    }
    expect(list(core).items.map((b) => b.kind).sort()).toEqual(['daily', 'manual']);
    core.close();
  });

  it('downloads a backup in chunks that put together are the file, and removes one', async () => {
    const { core } = makeCore();
    const name = await backupWritten(core);
    const file = path.join(list(core).folder, name);
    const parts: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const c = ok<{ chunk: string; size: number; done: boolean }>(core.dispatch('backups.read', { name, offset }));
      parts.push(Buffer.from(c.chunk, 'base64'));
      offset += parts.at(-1)!.length;
      if (c.done) break;
    }
    expect(Buffer.concat(parts).equals(fs.readFileSync(file))).toBe(true);
    expect(core.dispatch('backups.read', { name: '../workstation.sqlite', offset: 0 })).toMatchObject({ ok: false });
    expect(core.dispatch('backups.read', { name: 'workstation.sqlite', offset: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ok(core.dispatch('backups.remove', { name }));
    expect(list(core).items).toHaveLength(0);
    const trail = ok<{ items: { action: string }[] }>(core.dispatch('audit.list', {})).items.map((e) => e.action);
    expect(trail).toEqual(expect.arrayContaining(['backup.download', 'backup.remove']));
    core.close();
  });
});
