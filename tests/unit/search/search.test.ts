import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../src-main/contract/library';
import { openDatabase } from '../../../src-main/core/db/open';
import { parseQuery } from '../../../src-main/core/search/query';
import { createSearchRepo } from '../../../src-main/core/search/searchRepo';
import { makeSnippet } from '../../../src-main/core/search/snippet';
import { createRandom } from '../../../src-main/core/shared/random';
import { makeCore, ok } from '../../helpers/core';

// A small alphabet of common service words' characters, so 1-, 2- and 4-character queries hit often.
const ALPHABET = [...'退款货发票流程订单物流客服您好请问什么时候到已经处理申请维修空调不制冷洗衣机漏水会员积分'];
const PUNCT = [...'，。！？；：、'];

function generatedTexts(n: number, seed: number): string[] {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => {
    let s = '';
    for (let i = r.int(5, 60); i > 0; i--) s += r.chance(0.12) ? r.pick(PUNCT) : r.chance(0.05) ? ' ' : r.pick(ALPHABET);
    return s;
  });
}

describe('full-text search matches a LIKE scan exactly', () => {
  const { db } = openDatabase(':memory:');
  const search = createSearchRepo(db);
  const texts = generatedTexts(3000, 7);
  db.exec('CREATE TEMP TABLE plain (id TEXT, body TEXT)');
  const insertPlain = db.prepare('INSERT INTO plain VALUES (?, ?)');
  db.transaction(() => texts.forEach((t, i) => {
    search.indexDocument('message', `m${i}`, i, t);
    insertPlain.run(`m${i}`, t);
  }))();
  const like = db.prepare("SELECT id FROM plain WHERE body LIKE '%' || ? || '%'").pluck();

  const queries = (len: number, count: number, seed: number) => {
    const r = createRandom(seed);
    const out = new Set<string>();
    // Take substrings of real texts (so they occur) plus random strings (which mostly do not).
    while (out.size < count) {
      const t = r.pick(texts).replace(/[\s，。！？；：、]/g, '');
      if (t.length >= len && r.chance(0.7)) {
        const at = r.int(0, t.length - len);
        out.add(t.slice(at, at + len));
      } else out.add(Array.from({ length: len }, () => r.pick(ALPHABET)).join(''));
    }
    return [...out];
  };

  for (const len of [1, 2, 4]) {
    it(`${len}-character queries: zero misses and zero extras`, () => {
      for (const q of queries(len, len === 1 ? 20 : 60, len)) {
        const parsed = parseQuery(q)!;
        const got = search.findNewest(parsed.match, null, 100_000).map((h) => h.ref_id).sort();
        const expected = (like.all(q) as string[]).sort();
        expect(got, q).toEqual(expected);
      }
    });
  }

  it('never matches across Chinese punctuation', () => {
    search.indexDocument('message', 'p1', 1, '我要退，款项已到');
    const hits = search.findNewest(parseQuery('退款')!.match, null, 100_000).map((h) => h.ref_id);
    expect(hits).not.toContain('p1');
  });

  it('finds English case- and accent-insensitively, by word prefix, mixed with Chinese', () => {
    search.indexDocument('message', 'e1', 1, 'Refund STATUS for Order #A-123, asked by Zoë. iPhone保修');
    const find = (text: string) => search.findNewest(parseQuery(text)!.match, null, 100_000).map((h) => h.ref_id).includes('e1');
    expect(find('order')).toBe(true);
    expect(find('ORD')).toBe(true);
    expect(find('stat refund')).toBe(true);
    expect(find('zoe')).toBe(true);
    expect(find('iphone 保修')).toBe(true);
    expect(find('refunds')).toBe(false);
    expect(find('order cancelled')).toBe(false);
  });

  it('searches a typed word as the words it starts and finds exactly what the prefix finds', () => {
    const words = ['order', 'orders', 'ordered', 'ordinary', 'or', 'refund', 'refunds', 'refunded', 'ref', 'Zoë', 'zone', 'a1', 'a12', 'a123'];
    const r = createRandom(11);
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: r.int(1, 6) }, () => (r.chance(0.2) ? r.pick(ALPHABET) : r.pick(words))).join(r.chance(0.5) ? ' ' : '，');
      search.indexDocument('message', `w${i}`, 10_000 + i, text);
    }
    const ids = (match: string) => search.findNewest(match, null, 100_000).map((h) => h.ref_id);
    fc.assert(
      fc.property(fc.constantFrom(...words, 'o', 'ord', 'orde', 'refun', 'zo', 'a', 'a12', 'x'), fc.constantFrom('', ' 退', ' ref'), fc.integer({ min: 1, max: 6 }), (word, more, max) => {
        const plain = parseQuery(word + more)!;
        // A small cap sends common starts back to the prefix form: both forms must agree.
        const expanded = parseQuery(word + more, (prefix) => search.expandWord(prefix, max))!;
        expect(ids(expanded.match)).toEqual(ids(plain.match));
      }),
      { numRuns: 200 },
    );
    expect(search.expandWord('orde')).toEqual(['order', 'ordered', 'orders']);
    expect(parseQuery('orde', search.expandWord)!.match).toBe('("order" OR "ordered" OR "orders")');
    // A word first indexed now is found by its start at once.
    search.indexDocument('message', 'late', 20_000, 'orderly queue');
    expect(ids(parseQuery('orderl', search.expandWord)!.match)).toEqual(['late']);
  });

  it('returns the newest first and pages without repeats', () => {
    const q = parseQuery('退')!;
    const first = search.findNewest(q.match, null, 50);
    const second = search.findNewest(q.match, null, 50, first.at(-1)!.rowid);
    expect(first.map((h) => h.rowid)).toEqual([...first.map((h) => h.rowid)].sort((a, b) => b - a));
    expect(second[0]!.rowid).toBeLessThan(first.at(-1)!.rowid);
  });

  it('survives any text as a query: no syntax error, no injection', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const q = parseQuery(s);
        if (q) expect(() => search.findNewest(q.match, null, 5)).not.toThrow();
        const expanded = parseQuery(s, search.expandWord);
        if (expanded) expect(() => search.findNewest(expanded.match, null, 5)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    for (const s of ['"', 'AND', 'NOT 退', '退* OR', "'); DROP TABLE messages; --", 'NEAR(退 款)', '^退', '{body}: 退']) {
      const q = parseQuery(s);
      if (q) expect(() => search.findNewest(q.match, null, 5), s).not.toThrow();
    }
  });
});

describe('search through the API', () => {
  function setup() {
    const ctx = makeCore({ demo: true, demoCustomers: 20 });
    const q = (input: Record<string, unknown>) => ok<{ items: SearchResult[]; next: number | null }>(ctx.core.dispatch('search.query', input));
    return { ...ctx, q };
  }

  it('finds traditional text with a simplified query and the reverse, with highlights on the original', () => {
    const { core, q } = setup();
    const c = ok<{ id: string }>(core.dispatch('customers.create', { fullName: '陳美玲', language: 'zh-TW' }));
    void c;
    const snippet = makeSnippet('您好，請問可以開立電子發票嗎？謝謝', parseQuery('发票')!.needles);
    expect(snippet.text).toBe('您好，請問可以開立電子發票嗎？謝謝');
    expect([...snippet.text].slice(snippet.highlights[0]![0], snippet.highlights[0]![1]).join('')).toBe('發票');
    expect(q({ text: '退貨' }).items.length).toBe(q({ text: '退货' }).items.length);
  });


  it('forgets an erased customer: their messages are no longer found', () => {
    const { core, q } = setup();
    const hit = q({ text: '订单', kinds: ['message'], limit: 100 }).items.find((r) => r.customerId);
    expect(hit).toBeDefined();
    const before = q({ text: '订单', kinds: ['message'], limit: 100 }).items.filter((r) => r.customerId === hit!.customerId).length;
    expect(before).toBeGreaterThan(0);
    ok(core.dispatch('customers.erase', { id: hit!.customerId }));
    expect(q({ text: '订单', kinds: ['message'], limit: 100 }).items.filter((r) => r.customerId === hit!.customerId)).toEqual([]);
  });

  it('refuses an empty query with a validation error', () => {
    const { core } = setup();
    expect(core.dispatch('search.query', { text: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('search.query', { text: 'x', limit: 10_000 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
