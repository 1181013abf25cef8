import { describe, expect, it } from 'vitest';
import { readTrainingFileStrict } from '../../../src-main/core/training/resources';
import { fillFacts, replay } from '../../../src-main/core/training/runner';
import { FIXTURE_RESOURCES } from './helpers';

const file = readTrainingFileStrict(FIXTURE_RESOURCES, 'zh-CN');
const scenario = (key: string) => file.scenarios.find((s) => s.key === key)!;
const codes = (feedback: { code: string }[]) => feedback.map((f) => f.code);

describe('the simulated customer', () => {
  it('gives up when unmatched replies exceed their patience, before their anger runs out', () => {
    const s = scenario('address-change'); // calm, patience 2
    const run = replay(s, file.rubric!, ['嗯', '嗯嗯', '啊'].map((text) => ({ text, elapsedMs: 5_000 })));
    expect(run.status).toBe('gave-up');
    expect(run.anger).toBe(3);
    expect(run.lines.map((l) => l.text)).toEqual(['你好，我刚下了单，地址写错了，能改吗？', '嗯', '能改吗？', '嗯嗯', '能改吗？', '啊', '算了，我不想再跟你说了，我要投诉。']);
    expect(run.lines.at(-1)!.feedback).toEqual([{ tone: 'bad', code: 'gave-up', text: '', params: { reason: 'patience' } }]);
  });

  it('notices a question about what the customer already gave, but not a confirmation of it', () => {
    const s = scenario('shipping-delay');
    const run = replay(s, file.rubric!, [
      { text: '非常抱歉，请提供订单号。', elapsedMs: 5_000 },
      { text: '您的订单号是多少？', elapsedMs: 5_000 },
      { text: '订单号20261120-8831，对吗？', elapsedMs: 5_000 },
    ]);
    expect(codes(run.lines[3]!.feedback)).toContain('asked-again');
    expect(run.lines[3]!.feedback.find((f) => f.code === 'asked-again')!.params).toEqual({ goal: '确认订单号', id: 'order-number' });
    expect(codes(run.lines[5]!.feedback)).not.toContain('asked-again');
  });

  it('ignores replies after the session ended and fills in facts, leaving unknown names visible', () => {
    const s = scenario('address-change');
    const replies = s.modelReplies.map((text) => ({ text, elapsedMs: 5_000 }));
    const done = replay(s, file.rubric!, replies);
    expect(done.status).toBe('completed');
    expect(replay(s, file.rubric!, [...replies, { text: '还有别的吗', elapsedMs: 1 }])).toEqual(done);
    expect(done.lines[2]!.text).toBe('订单号20261125-0102，新地址是朝阳区望京街8号。');
    expect(fillFacts('{{orderNo}} / {{ nope }}', s.facts)).toBe('20261125-0102 / {{ nope }}');
  });
});
