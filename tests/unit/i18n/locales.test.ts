import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src-renderer/i18n/locales/en.json';
import zhCN from '../../../src-renderer/i18n/locales/zh-CN.json';
import zhTW from '../../../src-renderer/i18n/locales/zh-TW.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: unknown, prefix = ''): string[] {
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`.replace(PLURAL, '')],
  );
}

const locales = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const;
const keySets = Object.fromEntries(Object.entries(locales).map(([l, data]) => [l, new Set(keys(data))]));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('locale files', () => {
  it('have the same keys in zh-CN, zh-TW and en', () => {
    const all = new Set(Object.values(keySets).flatMap((s) => [...s]));
    for (const [locale, set] of Object.entries(keySets)) {
      const missing = [...all].filter((k) => !set.has(k));
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });

  it('have no empty strings except honorifics that a language does not use', () => {
    for (const [locale, data] of Object.entries(locales)) {
      const empty = keys(data).filter((k) => {
        const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)?.[part], data);
        return value === '' && !k.startsWith('honorific.');
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it('contain every literal key the renderer uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(__dirname, '../../../src-renderer'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const [locale, set] of Object.entries(keySets)) {
      expect([...used].filter((k) => !set.has(k)), `missing in ${locale}`).toEqual([]);
    }
  });

  it('translate every enumerated value the contract can send', async () => {
    const { CHANNELS, CATEGORIES } = await import('../../../src-main/contract/primitives');
    const { ORDER_STATUSES } = await import('../../../src-main/contract/customers');
    const { ERROR_CODES } = await import('../../../src-main/contract/errors');
    const cases = await import('../../../src-main/contract/cases');
    const needed = [
      ...cases.CASE_TYPES.map((x) => `caseTypes.${x}`),
      ...cases.CASE_STATUSES.map((x) => `caseStatus.${x}`),
      ...cases.CASE_GRADES.map((x) => `grades.${x}`),
      ...cases.DEPARTMENTS.map((x) => `departments.${x}`),
      ...cases.URGENCIES.map((x) => `urgency.${x}`),
      ...cases.RISK_FLAGS.map((x) => `riskFlags.${x}`),
      ...cases.RESPONSIBILITIES.map((x) => `responsibility.${x}`),
      ...cases.SOLUTIONS.map((x) => `solutions.${x}`),
      ...cases.GUIDE_STEPS.flatMap((x) => [`cases.guide.${x}`, `cases.guide.${x}Hint`]),
      ...cases.CASE_STATUSES.filter((x) => x !== 'new').map((x) => `cases.actions.${x}`),
      ...CHANNELS.map((c) => `channel.${c}`),
      ...CATEGORIES.map((c) => `category.${c}`),
      ...ORDER_STATUSES.map((s) => `orderStatus.${s}`),
      ...ERROR_CODES.map((c) => `errors.${c}`),
    ];
    for (const [locale, set] of Object.entries(keySets)) expect(needed.filter((k) => !set.has(k)), locale).toEqual([]);
  });
});
