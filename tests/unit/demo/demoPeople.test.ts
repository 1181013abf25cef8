import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../src-main/contract/customers';
import type { Locale } from '../../../src-main/contract/primitives';
import { makeDemoPerson } from '../../../src-main/core/demo/demoPeople';
import { loadPools } from '../../../src-main/core/demo/pools';
import { namePinyin } from '../../../src-main/core/shared/names';
import { createRandom } from '../../../src-main/core/shared/random';
import { RESOURCES_DIR } from '../../helpers/core';

describe('demo people', () => {
  it('are already valid input: parsing them changes nothing, so the generator may skip it', () => {
    const pools = loadPools(RESOURCES_DIR);
    const r = createRandom(3);
    for (let i = 0; i < 2000; i++) {
      const language: Locale = (['zh-CN', 'zh-TW', 'en'] as const)[i % 3]!;
      const { tier: _tier, ...person } = makeDemoPerson(pools, r, language, i + 1);
      expect(customerInputSchema.parse(person)).toEqual(person);
    }
  });
});

describe('name pinyin', () => {
  it('gives the same answer from its cache, and a caller changing its copy changes nothing', () => {
    const first = namePinyin('曾小明');
    expect(first).toEqual({ full: 'zengxiaoming', initials: 'zxm' });
    first.full = 'changed';
    expect(namePinyin('曾小明')).toEqual({ full: 'zengxiaoming', initials: 'zxm' });
  });
});
