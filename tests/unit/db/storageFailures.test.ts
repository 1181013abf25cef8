import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { storageProblemOf } from '../../../src-main/core/db/storageErrors';
import { checkStorageWritable, type ProbeFs } from '../../../src-main/core/db/writeCheck';
import { makeCore, ok } from '../../helpers/core';

/** Tests run as root, where chmod stops nothing: faults are injected on the core's own connection. */
function coreWithHandle() {
  let handle: Database.Database | null = null;
  const made = makeCore({ onDatabaseOpen: (db) => (handle = db) });
  return { ...made, db: () => handle! };
}

const failingFs = (code: string): ProbeFs => ({
  openSync: () => {
    throw Object.assign(new Error(code), { code });
  },
  writeSync: () => 0,
  fsyncSync: () => {},
  closeSync: () => {},
  rmSync: () => {},
});

describe('the start-up check of the data folder', () => {
  it('maps file-system and SQLite refusals to the three reasons the window explains', () => {
    expect(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_CANTOPEN'].map((code) => storageProblemOf({ code }))).toEqual(Array(6).fill('read-only'));
    expect(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].map((code) => storageProblemOf({ code }))).toEqual(Array(3).fill('disk-full'));
    expect(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'EBUSY'].map((code) => storageProblemOf({ code }))).toEqual(Array(4).fill('busy'));
    expect(['ENOTDIR', 'EISDIR'].map((code) => storageProblemOf({ code }))).toEqual(['not-a-folder', 'not-a-folder']);
    expect(storageProblemOf({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeNull();
    expect(storageProblemOf(new Error('boom'))).toBeNull();
  });

  it('refuses to start with UNAVAILABLE and the reason when the folder or the database cannot be written', () => {
    const startWith = (files: ProbeFs, writeDb: () => void = () => {}) => {
      try {
        checkStorageWritable('/data', writeDb, files);
        return null;
      } catch (err) {
        return err instanceof AppError ? err.toApiError() : err;
      }
    };
    expect(startWith(failingFs('EROFS'))).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'read-only', dataDir: '/data' } });
    expect(startWith(failingFs('EACCES'))).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'read-only' } });
    expect(startWith(failingFs('ENOSPC'))).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'disk-full' } });
    const fine = failingFs('none');
    fine.openSync = () => 3;
    const sqlite = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(startWith(fine, sqlite('SQLITE_BUSY'))).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'busy' } });
    expect(startWith(fine, sqlite('SQLITE_FULL'))).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'disk-full' } });
    expect(startWith(fine)).toBeNull();
    // Something else is not dressed up as a storage problem.
    expect(startWith(fine, sqlite('SQLITE_MISMATCH'))).toMatchObject({ code: 'SQLITE_MISMATCH' });
  });

  it('stops the real core at start when its database refuses writes', () => {
    expect(() => makeCore({ onDatabaseOpen: (db) => db.pragma('query_only = ON') })).toThrowError(
      expect.objectContaining({ code: 'UNAVAILABLE', details: expect.objectContaining({ reason: 'read-only' }) }),
    );
  });
});

describe('writes refused by the disk', () => {
  it('a read-only database gives UNAVAILABLE read-only on every kind of write and changes nothing', () => {
    const { core, db } = coreWithHandle();
    const c = ok<{ id: string }>(core.dispatch('customers.create', { fullName: '李娜', phones: [{ number: '138 0000 1111' }] }));
    const note = ok<{ id: string; body: string }>(core.dispatch('notes.save', { customerId: c.id, body: '第一版' }));
    const tab = ok<{ id: string }>(core.dispatch('tabs.open', { kind: 'customer', refId: c.id }));
    const before = {
      customers: ok(core.dispatch('customers.list', {})),
      notes: ok(core.dispatch('notes.list', { customerId: c.id })),
      tabs: ok(core.dispatch('tabs.list', {})),
    };

    db().pragma('query_only = ON');
    const attempts: Array<[string, unknown]> = [
      ['customers.create', { fullName: '王伟', phones: [{ number: '139 0000 2222' }, { number: '139 0000 3333' }] }],
      ['customers.update', { id: c.id, customer: { fullName: '李娜娜' } }],
      ['notes.save', { id: note.id, customerId: c.id, body: '第二版，没存上' }],
      ['tabs.move', { id: tab.id, position: 0 }],
      ['cases.create', { customerId: c.id, type: 'complaint', grade: 'P2', title: '投诉' }],
    ];
    for (const [method, input] of attempts) {
      expect(core.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: { method, reason: 'read-only' } } });
    }
    // Reads still work while the folder is read-only.
    expect(ok(core.dispatch('customers.list', {}))).toEqual(before.customers);

    db().pragma('query_only = OFF');
    expect(ok(core.dispatch('customers.list', {}))).toEqual(before.customers);
    expect(ok(core.dispatch('notes.list', { customerId: c.id }))).toEqual(before.notes);
    expect(ok(core.dispatch('tabs.list', {}))).toEqual(before.tabs);
    // Once the folder is writable again the same save goes through.
    expect(ok<{ body: string }>(core.dispatch('notes.save', { id: note.id, customerId: c.id, body: '第二版' })).body).toBe('第二版');
    core.close();
  });

  it('a full disk gives UNAVAILABLE disk-full, keeps the previous text, and saves once there is room', () => {
    const { core, db } = coreWithHandle();
    const note = ok<{ id: string }>(core.dispatch('notes.save', { body: 'short' }));
    const pages = db().pragma('page_count', { simple: true }) as number;
    db().pragma(`max_page_count = ${pages}`);
    const big = `long note ${'很长的备注'.repeat(60_000)}`;
    expect(core.dispatch('notes.save', { id: note.id, body: big })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: { reason: 'disk-full' } } });
    expect(core.dispatch('customers.create', { fullName: 'Big', preferences: 'x'.repeat(4000), phones: Array.from({ length: 20 }, (_, i) => ({ number: `+1 415 555 ${String(i).padStart(4, '0')}` })) })).toMatchObject({
      ok: false, error: { code: 'UNAVAILABLE', details: { reason: 'disk-full' } },
    });
    expect(ok<{ items: { body: string }[] }>(core.dispatch('notes.list', {})).items.map((n) => n.body)).toEqual(['short']);
    expect(ok<{ total: number }>(core.dispatch('customers.list', {})).total).toBe(0);

    db().pragma('max_page_count = 1073741823');
    expect(ok<{ body: string }>(core.dispatch('notes.save', { id: note.id, body: big })).body).toBe(big);
    core.close();
  });
});
