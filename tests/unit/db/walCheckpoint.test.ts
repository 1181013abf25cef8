import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open';
import { createWalCheckpointer } from '../../../src-main/core/db/walCheckpoint';
import { tempDir } from '../../helpers/core';

describe('the WAL checkpoint between calls', () => {
  it('copies every logged page into the database file, so the next commits start the log afresh', () => {
    const { db } = openDatabase(path.join(tempDir(), 'wal.sqlite'));
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 50; i++) insert.run(`第 ${i} 条`.repeat(50));
    // A reader holds nothing; SQLite's own checkpoint (1,000 pages) has not been reached.
    const state = () => db.pragma('wal_checkpoint(NOOP)', { simple: false }) as { log: number; checkpointed: number }[];
    expect(state()[0]!.log).toBeGreaterThan(0);
    expect(state()[0]!.checkpointed).toBeLessThan(state()[0]!.log);
    createWalCheckpointer(db)();
    expect(state()[0]!.checkpointed).toBe(state()[0]!.log);
    insert.run('再来一条');
    expect(state()[0]!.log).toBeLessThan(5);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(51);
    db.close();
  });
});
