import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src-renderer/i18n/locales/en.json';
import zhCN from '../../../src-renderer/i18n/locales/zh-CN.json';
import zhTW from '../../../src-renderer/i18n/locales/zh-TW.json';

const runner = fs.readFileSync(path.resolve(__dirname, '../../../src-main/core/training/runner.ts'), 'utf8');

/** Every feedback code the runner can write, read from its source: the literals on lines that set `code`. */
function feedbackCodes(): string[] {
  const codes = new Set<string>();
  for (const line of runner.split('\n').filter((l) => /\bcode:/.test(l))) {
    const expr = line.slice(line.indexOf('code:'));
    for (const m of expr.matchAll(/code: (?:[\w.]+ \? )?'([a-z-]+)'(?: : '([a-z-]+)')?/g)) {
      codes.add(m[1]!);
      if (m[2]) codes.add(m[2]);
    }
  }
  return [...codes].sort();
}

describe('training feedback in the window', () => {
  it('finds the codes the runner writes', () => {
    expect(feedbackCodes()).toEqual(expect.arrayContaining(['slow-first-response', 'slow-reply', 'explained-before-apology', 'gave-up', 'branch']));
  });

  it('has a translation for every feedback code in zh-CN, zh-TW and en', () => {
    for (const [locale, data] of Object.entries({ 'zh-CN': zhCN, 'zh-TW': zhTW, en })) {
      const known = (data as { training: { feedback: Record<string, string> } }).training.feedback;
      expect(feedbackCodes().filter((c) => !known[c]), locale).toEqual([]);
    }
  });
});
