import { describe, expect, it } from 'vitest';
import type { TrainingProgress, TrainingSession } from '../../../src-main/contract/training';
import { ok } from '../../helpers/core';
import { addProfile, play, refusedWith, scenarioByKey, signIn, trainingCore } from './helpers';

const DELAY_MODEL = [
  '您好，您别着急，非常抱歉让您久等了，请您提供一下订单号，我马上为您核实。',
  '谢谢您，我查到了，这款商品暂时缺货，仓库正在补库存。',
  '已经为您安排加急，预计11月28日发货，发货后会短信通知您。',
  '给您添麻烦了，我为您申请一张20元优惠券作为补偿。',
  '感谢您的理解，祝您生活愉快，再见！',
];
const DELAY_POOR = ['请提供订单号。', '查到了，缺货。', '28号发。', '可以给您一张优惠券。', '再见。'];
const ADDRESS_MODEL = ['您好，请问您的订单号是多少？', '谢谢，地址已经修改好了，已修改为朝阳区望京街8号，还有其他可以帮您的吗？'];

const progressOf = (core: Parameters<typeof play>[0], profileId?: string) => ok<TrainingProgress>(core.dispatch('training.progress', profileId ? { profileId } : {}));

describe('training progress, assignments and the team view', () => {
  it('shows a trainee their trend, weakest skills, next scenarios and certificate', () => {
    const { core, clock } = trainingCore();
    const t = addProfile(core, '小周', 'trainee');
    signIn(core, t);
    const delay = scenarioByKey(core, 'shipping-delay');
    const address = scenarioByKey(core, 'address-change');

    const fresh = progressOf(core);
    expect(fresh).toMatchObject({ profileName: '小周', sessions: 0, trend: [], skillAverages: {}, weakest: [] });
    // No history: the easiest scenario first.
    expect(fresh.suggested.map((s) => s.key)).toEqual(['address-change', 'shipping-delay']);
    expect(fresh.certificate).toEqual({ set: 'builtin', passed: 0, of: 2, complete: false, completedAt: null, average: null });

    // Opened and stopped at once: not counted as practice.
    ok(core.dispatch('training.stop', { sessionId: play(core, address.id, []).id }));
    expect(progressOf(core)).toMatchObject({ sessions: 1, trend: [], weakest: [] });
    const poor = play(core, delay.id, DELAY_POOR, 20_000);
    clock.advance(60_000);
    const good = play(core, delay.id, DELAY_MODEL);
    const p = progressOf(core);
    expect(p.sessions).toBe(3);
    expect(p.trend.map((x) => [x.sessionId, x.total])).toEqual([[poor.id, poor.score!.total], [good.id, 100]]);
    // Averages of the poor (phrases 20, procedure 40) and the perfect session.
    expect(p.skillAverages).toMatchObject({ phrases: 60, procedure: 70, goals: 100 });
    expect(p.weakest[0]).toBe('phrases');
    expect(p.suggested.map((s) => s.key)).toEqual(['address-change']);
    expect(p.certificate).toMatchObject({ set: 'builtin', passed: 1, of: 2, complete: false, average: 100 });

    clock.advance(60_000);
    const last = play(core, address.id, ADDRESS_MODEL);
    expect(last.score!.passed).toBe(true);
    expect(progressOf(core).certificate).toMatchObject({ passed: 2, of: 2, complete: true, completedAt: last.endedAt });
  });

  it('puts assigned scenarios first and makes them the certificate set', () => {
    const { core, supervisor } = trainingCore();
    const t = addProfile(core, '小周', 'trainee');
    const delay = scenarioByKey(core, 'shipping-delay');
    expect(ok(core.dispatch('training.assign', { profileId: t.id, scenarioIds: [delay.id] }))).toEqual({ assigned: [delay.id] });
    signIn(core, t);
    expect(scenarioByKey(core, 'shipping-delay').assigned).toBe(true);
    expect(scenarioByKey(core, 'address-change').assigned).toBe(false);
    const p = progressOf(core);
    expect(p.suggested[0]!.key).toBe('shipping-delay');
    expect(p.certificate).toMatchObject({ set: 'assigned', passed: 0, of: 1 });
    play(core, delay.id, DELAY_MODEL);
    expect(progressOf(core).certificate).toMatchObject({ set: 'assigned', passed: 1, of: 1, complete: true });

    signIn(core, supervisor);
    // The supervisor reads the trainee's progress and the team's.
    expect(progressOf(core, t.id).profileName).toBe('小周');
    const team = ok<{ items: { profileId: string; sessions: number; average: number | null; passed: number; assigned: number; lastAt: number | null }[] }>(core.dispatch('training.team', {})).items;
    expect(team.find((m) => m.profileId === t.id)).toMatchObject({ sessions: 1, average: 100, passed: 1, assigned: 1 });
    expect(team.find((m) => m.profileId === supervisor.id)).toMatchObject({ sessions: 0, average: null, lastAt: null });

    expect(ok(core.dispatch('training.assign', { profileId: t.id, scenarioIds: [delay.id], assigned: false }))).toEqual({ assigned: [] });
    expect(progressOf(core, t.id).certificate.set).toBe('builtin');
    expect(refusedWith(core.dispatch('training.assign', { profileId: supervisor.id, scenarioIds: ['01JZZZZZZZZZZZZZZZZZZZZZZZ'] }))).toBe('NOT_FOUND:scenario-not-found');
    expect(refusedWith(core.dispatch('training.assign', { profileId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', scenarioIds: [delay.id] }))).toBe('NOT_FOUND:profile-not-found');
  });

  it('scores later sessions by an edited rubric and leaves finished ones as they were', () => {
    const { core } = trainingCore();
    const delay = scenarioByKey(core, 'shipping-delay');
    const before = play(core, delay.id, DELAY_POOR, 20_000);
    const rubric = ok<{ weights: Record<string, number> }>(core.dispatch('training.rubric', { language: 'zh-CN' }));
    const weights = { script: 0, phrases: 50, avoid: 0, procedure: 50, timing: 0, goals: 0, mood: 0 };
    // Weights must sum to 100.
    expect(core.dispatch('training.saveRubric', { rubric: { ...rubric, weights: { ...weights, mood: 10 } } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ok(core.dispatch('training.saveRubric', { rubric: { ...rubric, weights } }));
    expect(ok<{ weights: unknown }>(core.dispatch('training.rubric', { language: 'zh-CN' })).weights).toEqual(weights);

    const after = play(core, delay.id, DELAY_POOR, 20_000);
    expect(after.score!.total).toBe(30); // phrases 20, procedure 40, half each
    expect(after.score!.weights).toEqual(weights);
    const reread = ok<TrainingSession>(core.dispatch('training.session', { id: before.id }));
    expect(reread.score).toEqual(before.score);
    expect(reread.score!.total).not.toBe(30);
    const trail = ok<{ items: { action: string }[] }>(core.dispatch('audit.list', { action: 'training' })).items.map((i) => i.action);
    expect(trail).toContain('training.rubric.save');
  });
});
