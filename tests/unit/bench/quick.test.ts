import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/bench';
import { generate } from '../../bench/generate';
import { RESOURCES_DIR, tempDir } from '../../helpers/core';

describe('the benchmark in quick mode', () => {
  it('generates a small database through the store and runs every operation with correct results', async () => {
    const dir = tempDir('aw-bench-');
    const made = generate({ customers: 1500, messages: 3000, out: dir, seed: 3, resourcesDir: RESOURCES_DIR });
    expect(made).toMatchObject({ customers: 1500, messages: 3000 });
    const results = await runBench(dir, { n: 20, quick: true });
    expect(results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.note ?? ''}`)).toEqual([]);
    const names = results.map((r) => r.name).join('\n');
    for (const op of ['open database', 'caller-id lookup by full phone', 'phone tail, last 4 digits', 'pinyin initials', 'full-text search, 1 character', 'customer 360', 'inbox', 'insert a message', 'next due reminder', 'WebSocket', 'CSV import']) {
      expect(names).toContain(op);
    }
    for (const r of results) expect(Object.keys(r)).toEqual(expect.arrayContaining(['name', 'n', 'p50_ms', 'p95_ms', 'p99_ms', 'target_p95_ms', 'baseline_p95_ms']));
    expect(path.isAbsolute(dir)).toBe(true);
  }, 60_000);
});
