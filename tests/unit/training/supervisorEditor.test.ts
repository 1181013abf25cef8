import { describe, expect, it } from 'vitest';
import { scenarioContentSchema } from '../../../src-main/contract/training';
import { canFinish, scenarioGraph } from '../../../src-renderer/features/training/supervisor/scenarioGraph';
import { blankScenario, fromDraft, renameTurn, toDraft } from '../../../src-renderer/features/training/supervisor/scenarioDraft';
import { splitPhrases } from '../../../src-renderer/features/training/supervisor/phrases';

const words = { opening: '您好', keyword: '您好', fallback: '再说一遍？', closing: '再见', goal: '礼貌结束' };
const turn = (id: string, next: string[], end = false) => ({ id, say: id, branches: next.map((n) => ({ any: ['x'], all: [], next: n, anger: 0, feedback: '' })), fallback: { say: '?', anger: 1 }, end });

describe('scenario editor helpers', () => {
  it('a new blank scenario is valid once it has a title and a persona name', () => {
    const s = blankScenario('zh-CN', words);
    expect(scenarioContentSchema.safeParse(s).success).toBe(false);
    expect(scenarioContentSchema.safeParse({ ...s, title: '测试', persona: { ...s.persona, name: '王女士' } }).success).toBe(true);
  });

  it('the graph flags turns no branch reaches and branches to missing turns', () => {
    const nodes = scenarioGraph({ start: 'a', turns: [turn('a', ['b', 'gone']), turn('b', ['c']), turn('c', [], true), turn('orphan', ['a'])] });
    expect(nodes.map((n) => [n.id, n.reachable, n.depth])).toEqual([['a', true, 0], ['b', true, 1], ['c', true, 2], ['orphan', false, null]]);
    expect(nodes[0]!.edges.map((e) => e.missing)).toEqual([false, true]);
    expect(canFinish(nodes)).toBe(true);
    expect(canFinish(scenarioGraph({ start: 'a', turns: [turn('a', ['a']), turn('c', [], true)] }))).toBe(false);
  });

  it('renaming a turn carries the start, branches and goals along, but never merges two turns', () => {
    const draft = toDraft({ ...blankScenario('en', words), title: 't', persona: { name: 'Ann', mood: 'calm', patience: 3, background: '' } });
    const renamed = renameTurn(draft, 1, 'bye');
    expect(renamed.turns[0]!.branches[0]!.next).toBe('bye');
    expect(renamed.goals[0]!.turn).toBe('bye');
    const clash = renameTurn(draft, 1, 'open');
    expect(clash.turns.map((t) => t.id)).toEqual(['open', 'open']);
    expect(clash.start).toBe('open');
    expect(clash.turns[0]!.branches[0]!.next).toBe('done');
  });

  it('facts typed as rows and model replies typed as lines come back as the contract wants them', () => {
    const draft = { ...toDraft(blankScenario('zh-CN', words)), facts: [{ key: 'orderNo', value: 'A1' }, { key: '', value: '' }], modelReplies: ['您好', '', '  再见 '] };
    const content = fromDraft(draft);
    expect(content.facts).toEqual({ orderNo: 'A1' });
    expect(content.modelReplies).toEqual(['您好', '再见']);
    expect(splitPhrases('您好，你好、\nhello, hi;')).toEqual(['您好', '你好', 'hello', 'hi']);
  });
});
