import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../../src-main/contract/library';
import { LOCALES } from '../../../src-main/contract/primitives';
import { makeCore, ok, RESOURCES_DIR } from '../../helpers/core';

const read = (folder: string, locale: string) => JSON.parse(fs.readFileSync(path.join(RESOURCES_DIR, folder, `${locale}.json`), 'utf8')) as { key: string }[];
const keys = (folder: string, locale: string) => read(folder, locale).map((x) => x.key).sort();

describe('the shipped library', () => {
  it.each([['scripts', 25], ['knowledge', 40], ['canned', 60]] as const)('has at least %s %i per language with the same keys in each', (folder, min) => {
    for (const l of LOCALES) expect(read(folder, l).length).toBeGreaterThanOrEqual(min);
    expect(keys(folder, 'zh-TW')).toEqual(keys(folder, 'zh-CN'));
    expect(keys(folder, 'en')).toEqual(keys(folder, 'zh-CN'));
  });

  it('loads every shipped script, in its own language, without skipping one', () => {
    const { core } = makeCore();
    for (const l of LOCALES) {
      const listed = ok<{ items: Script[] }>(core.dispatch('scripts.list', { language: l })).items.filter((s) => s.builtin);
      expect(listed.length).toBe(read('scripts', l).length);
      expect(listed.every((s) => s.language === l)).toBe(true);
      // Nothing shipped is skipped by the loader's validation.
      const articles = ok<{ items: { builtin: boolean; language: string }[] }>(core.dispatch('articles.list', { language: l })).items.filter((a) => a.builtin);
      expect(articles.length).toBe(read('knowledge', l).length);
      const canned = ok<{ items: { builtin: boolean; language: string; shortcut: string }[] }>(core.dispatch('canned.list', { language: l })).items.filter((c) => c.builtin);
      expect(canned.length).toBe(read('canned', l).length);
      expect(new Set(canned.map((c) => c.shortcut)).size, 'canned shortcuts are unique per language').toBe(canned.length);
    }
  });

  it('finds the invoice article by a two-character query in each Chinese script', () => {
    const { core } = makeCore();
    for (const [language, text] of [['zh-CN', '发票'], ['zh-TW', '發票']] as const) {
      const hits = ok<{ items: { kind: string; language: string | null }[] }>(core.dispatch('search.query', { text, kinds: ['article'], order: 'relevance', limit: 50 })).items;
      expect(hits.some((h) => h.language === language), language).toBe(true);
    }
  });
});
