import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open';
import { startIdleWork } from '../../../src-main/core/shared/idleWork';
import { parseQuery } from '../../../src-main/core/search/query';
import { createSearchRepo } from '../../../src-main/core/search/searchRepo';

describe('full-text segments merged between calls', () => {
  it('leaves merging out of writes, and finds the same after merging as before', () => {
    const { db } = openDatabase(':memory:');
    expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'").pluck().get()).toBe(0);
    const search = createSearchRepo(db);
    // One transaction per message, as agents send them: one segment each until merged.
    for (let i = 0; i < 300; i++) search.indexDocument('message', `m${i}`, i, `订单 ${i} 已发货 order${i % 7}`);
    const find = (text: string) => search.findNewest(parseQuery(text, search.expandWord)!.match, null, 1000).map((h) => h.ref_id);
    const before = [find('订单'), find('order3'), find('发货')];
    expect(before[0]).toHaveLength(300);
    for (let k = 0; k < 20; k++) search.mergeSome();
    expect([find('订单'), find('order3'), find('发货')]).toEqual(before);
  });

  it('keeps ticking when a step fails (disk full, read-only folder), runs the other steps, and stops when told', () => {
    vi.useFakeTimers();
    try {
      const step = vi.fn(() => {
        throw new Error('SQLITE_FULL');
      });
      const other = vi.fn();
      const stop = startIdleWork([step, other], 1000);
      vi.advanceTimersByTime(3500);
      expect(step).toHaveBeenCalledTimes(3);
      expect(other).toHaveBeenCalledTimes(3);
      stop();
      vi.advanceTimersByTime(5000);
      expect(step).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
