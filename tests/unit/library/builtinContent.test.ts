import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../../src-main/contract/library';
import { LOCALES } from '../../../src-main/contract/primitives';
import { makeCore, ok, RESOURCES_DIR } from '../../helpers/core';

const read = (folder: string, locale: string) => JSON.parse(fs.readFileSync(path.join(RESOURCES_DIR, folder, `${locale}.json`), 'utf8')) as { key: string }[];
const keys = (folder: string, locale: string) => read(folder, locale).map((x) => x.key).sort();

describe('the shipped library', () => {
  it.each([['scripts', 25]] as const)('has at least %s %i per language with the same keys in each', (folder, min) => {
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
    }
  });
});
