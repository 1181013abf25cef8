import { describe, expect, it } from 'vitest';
import type { TrainingSession } from '../../../src-main/contract/training';
import { makeCore, ok } from '../../helpers/core';
import { addProfile, FIXTURE_RESOURCES, play, refusedWith, reply, scenarioByKey, signIn, start, trainingCore } from './helpers';

const MODEL = [
  '您好，您别着急，非常抱歉让您久等了，请您提供一下订单号，我马上为您核实。',
  '谢谢您，我查到了，这款商品暂时缺货，仓库正在补库存。',
  '已经为您安排加急，预计11月28日发货，发货后会短信通知您。',
  '给您添麻烦了，我为您申请一张20元优惠券作为补偿。',
  '感谢您的理解，祝您生活愉快，再见！',
];

describe('practice sessions through the API', () => {
  it('runs a scenario from the opening to the end and scores it', () => {
    const { core } = trainingCore();
    const trainee = addProfile(core, '小周', 'trainee');
    signIn(core, trainee);
    const sc = scenarioByKey(core, 'shipping-delay');
    const s0 = start(core, sc.id);
    expect(s0.status).toBe('active');
    expect(s0.lines).toHaveLength(1);
    // The fact placeholder is filled in from the scenario's facts.
    expect(s0.lines[0]).toMatchObject({ speaker: 'customer', text: '你好，我11月20日买的扫地机器人 X5，到现在还没发货，怎么回事？', turnId: 'open', anger: 2 });
    expect(s0.modelReplies).toEqual([]);
    expect(s0.score).toBeNull();

    const s1 = reply(core, s0.id, MODEL[0]!);
    expect(s1.lines.map((l) => l.speaker)).toEqual(['customer', 'trainee', 'customer']);
    expect(s1.lines[2]).toMatchObject({ text: '订单号是20261120-8831。', turnId: 'give-order', anger: 1 });
    const codes = s1.lines[1]!.feedback.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['phrase-used', 'apology-before-explaining', 'goal-reached', 'branch', 'customer-calmer']));

    let s: TrainingSession = s1;
    for (const text of MODEL.slice(1)) s = reply(core, s.id, text);
    expect(s.status).toBe('completed');
    expect(s.lines.at(-1)).toMatchObject({ text: '嗯，再见。', turnId: 'bye' });
    expect(s.score!.total).toBeGreaterThanOrEqual(80);
    expect(s.score!.passed).toBe(true);
    expect(s.modelReplies).toHaveLength(5);
    expect(s.endedAt).not.toBeNull();
    expect(refusedWith(core.dispatch('training.reply', { sessionId: s.id, text: '还在吗', elapsedMs: 1000 }))).toBe('CONFLICT:session-ended');

    const list = ok<{ items: { id: string; total: number | null; passed: boolean | null }[] }>(core.dispatch('training.sessions', {})).items;
    expect(list).toEqual([expect.objectContaining({ id: s.id, total: s.score!.total, passed: true })]);
    expect(scenarioByKey(core, 'shipping-delay')).toMatchObject({ attempts: 1, best: s.score!.total, passed: true });
  });

  it('makes the customer angrier on slow replies without an apology, until they give up', () => {
    const { core } = trainingCore();
    const sc = scenarioByKey(core, 'shipping-delay');
    let s = start(core, sc.id);
    s = reply(core, s.id, '请提供订单号。', 45_000);
    const fb = s.lines[1]!.feedback;
    expect(fb).toContainEqual({ tone: 'warn', code: 'slow-first-response', text: '', params: { seconds: 45, limit: 30 } });
    expect(fb).toContainEqual(expect.objectContaining({ code: 'explained-before-apology', tone: 'bad' }));
    expect(fb).toContainEqual(expect.objectContaining({ code: 'customer-angrier' }));
    expect(s.anger).toBe(3);
    s = reply(core, s.id, '不知道，系统问题吧。', 150_000);
    expect(s.lines[3]!.feedback).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'slow-reply', params: { seconds: 150, limit: 120 } }),
        expect.objectContaining({ code: 'avoid-phrase', params: { phrase: '不知道' } }),
        expect.objectContaining({ code: 'avoid-phrase', params: { phrase: '系统问题' } }),
        expect.objectContaining({ code: 'fallback' }),
      ]),
    );
    expect(s.status).toBe('gave-up');
    expect(s.anger).toBe(5);
    expect(s.lines.at(-1)).toMatchObject({ speaker: 'customer', text: '算了，我不想再跟你说了，我要投诉。', turnId: null });
    expect(s.score).toMatchObject({ passed: false, endAnger: 5, slowReplies: 2, avoidedUsed: ['不知道', '系统问题'] });
    expect(s.score!.missingPhrases).toEqual(expect.arrayContaining(['greeting', 'apology', 'thanks', 'closing', '久等']));
    expect(s.score!.skills.mood).toBe(0);
  });

  it('keeps practice private: a trainee cannot read, answer or review anyone else', () => {
    const { core, supervisor } = trainingCore();
    const a = addProfile(core, '小周', 'trainee');
    const b = addProfile(core, '小吴', 'trainee');
    signIn(core, a);
    const sc = scenarioByKey(core, 'address-change');
    const mine = start(core, sc.id);
    signIn(core, b);
    expect(refusedWith(core.dispatch('training.session', { id: mine.id }))).toBe('FORBIDDEN:not-own-training');
    expect(refusedWith(core.dispatch('training.reply', { sessionId: mine.id, text: '你好', elapsedMs: 1000 }))).toBe('FORBIDDEN:not-own-training');
    expect(refusedWith(core.dispatch('training.stop', { sessionId: mine.id }))).toBe('FORBIDDEN:not-own-training');
    expect(refusedWith(core.dispatch('training.sessions', { profileId: a.id }))).toBe('FORBIDDEN:not-own-training');
    expect(refusedWith(core.dispatch('training.sessions', { all: true }))).toBe('FORBIDDEN:not-own-training');
    expect(refusedWith(core.dispatch('training.progress', { profileId: a.id }))).toBe('FORBIDDEN:not-own-training');
    expect(ok<{ items: unknown[] }>(core.dispatch('training.sessions', {})).items).toEqual([]);
    for (const [method, input] of [
      ['training.comment', { sessionId: mine.id, lineIndex: 0, text: '好' }],
      ['training.assign', { profileId: b.id, scenarioIds: [sc.id] }],
      ['training.saveScenario', { id: null, content: ok<{ content: unknown }>(core.dispatch('training.scenario', { id: sc.id })).content }],
      ['training.removeScenario', { id: sc.id }],
      ['training.team', {}],
    ] as const) {
      expect(refusedWith(core.dispatch(method, input)), method).toBe('FORBIDDEN:role-required');
    }
    signIn(core, supervisor);
    expect(ok<TrainingSession>(core.dispatch('training.session', { id: mine.id })).profileName).toBe('小周');
    expect(ok<{ items: { id: string }[] }>(core.dispatch('training.sessions', { all: true })).items.map((s) => s.id)).toEqual([mine.id]);
  });

  it('lets a supervisor comment on a line, which the trainee then sees', () => {
    const { core, supervisor } = trainingCore();
    const t = addProfile(core, '小周', 'trainee');
    signIn(core, t);
    const s = play(core, scenarioByKey(core, 'address-change').id, ['您好，请问您的订单号是多少？']);
    signIn(core, supervisor);
    const commented = ok<TrainingSession>(core.dispatch('training.comment', { sessionId: s.id, lineIndex: 1, text: '先问候再问订单号，很好。' }));
    expect(commented.comments).toEqual([expect.objectContaining({ lineIndex: 1, author: supervisor.name, text: '先问候再问订单号，很好。' })]);
    expect(refusedWith(core.dispatch('training.comment', { sessionId: s.id, lineIndex: 99, text: 'x' }))).toBe('NOT_FOUND:line-not-found');
    const trail = ok<{ items: { action: string; entityId: string | null }[] }>(core.dispatch('audit.list', { action: 'training' })).items;
    expect(trail).toContainEqual(expect.objectContaining({ action: 'training.comment', entityId: s.id }));
    signIn(core, t);
    expect(ok<TrainingSession>(core.dispatch('training.session', { id: s.id })).comments).toHaveLength(1);
    expect(ok<{ items: { comments: number }[] }>(core.dispatch('training.sessions', {})).items[0]!.comments).toBe(1);
  });

  it('scores a stopped session as it stands and never as a pass', () => {
    const { core } = trainingCore();
    const s = play(core, scenarioByKey(core, 'shipping-delay').id, [MODEL[0]!]);
    const stopped = ok<TrainingSession>(core.dispatch('training.stop', { sessionId: s.id }));
    expect(stopped.status).toBe('stopped');
    expect(stopped.score).toMatchObject({ passed: false });
    expect(stopped.score!.goals.filter((g) => g.reached).map((g) => g.id)).toEqual(['order-number']);
    // Stopping again changes nothing.
    expect(ok<TrainingSession>(core.dispatch('training.stop', { sessionId: s.id })).endedAt).toBe(stopped.endedAt);
  });

  it('keeps practice records in the live database, even while a trainee works in the training workspace', () => {
    const { core } = trainingCore();
    const t = addProfile(core, '小周', 'trainee');
    signIn(core, t);
    expect(ok<{ mode: string }>(core.dispatch('session.current', {})).mode).toBe('training');
    const s = start(core, scenarioByKey(core, 'address-change').id);
    expect(ok<TrainingSession>(core.dispatch('training.session', { id: s.id })).id).toBe(s.id);
    // The practice database itself has no profiles, so it answers no training method.
    const practice = makeCore({ resourcesDir: FIXTURE_RESOURCES, workspace: 'training' }).core;
    expect(refusedWith(practice.dispatch('training.scenarios', {}))).toBe('UNAVAILABLE:live-only');
    expect(refusedWith(practice.dispatch('training.start', { scenarioId: s.scenarioId }))).toBe('UNAVAILABLE:live-only');
  });
});
