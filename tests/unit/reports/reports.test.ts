import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../src-main/contract/cases';
import type { CustomerDetail } from '../../../src-main/contract/customers';
import type { Reminder } from '../../../src-main/contract/reminders';
import type { MyDay, ReportAgents, ReportSummary, Rising, Voice } from '../../../src-main/contract/reports';
import { phrasesOf, risingPhrases } from '../../../src-main/core/reports/phrases';
import { histogramPercentile } from '../../../src-main/core/reports/reportsService';
import { makeCore, ok, T0 } from '../../helpers/core';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * A fixed, hand-checked day (Shanghai, UTC+8; T0 is 09:00 local):
 * - 09:00 王芳 on WeChat (after-sales), answered after 20 s, resolved; 10:00 she writes again on the same
 *   matter (unanswered): the first one is resolved but not first-contact resolved.
 * - 11:00 李雷 by email (after-sales), answered after 60 s, resolved, no repeat: first-contact resolved.
 * - 11:10 王芳 calls and gives up after 30 s (abandoned); 11:12 李雷 calls, 60 s talk, 10 s wrap-up, resolved.
 * - Case A (P2) resolved then closed with 4, then reopened: counts as closed and reopened, not as resolved.
 * - Case B (P3) resolved after 3 h, closed with 5; its follow-up is done 5 minutes after it fell due.
 */
function fixedDay() {
  const { core } = makeCore({ testControls: true, simulator: false });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(core.dispatch(method, input));
  const wait = (ms: number) => call('test.advanceClock', { ms });
  // Work is signed by whoever is signed in: the desk's first profile, renamed.
  const me = call<{ profile: { id: string } }>('session.current').profile;
  call('profiles.update', { id: me.id, name: '小林' });
  const wang = call<CustomerDetail>('customers.create', { fullName: '王芳', phones: [{ number: '13800001111' }] });
  const li = call<CustomerDetail>('customers.create', { fullName: '李雷', phones: [{ number: '13900002222' }], emails: [{ email: 'lilei@example.cn' }] });

  const i1 = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: wang.id, body: '退款流程太慢了' }).interactionId;
  call('interactions.update', { id: i1, category: 'after-sales' });
  wait(20 * SEC);
  call('interactions.send', { interactionId: i1, body: '您好，马上为您查询。' });
  call('interactions.update', { id: i1, status: 'resolved' });
  wait(HOUR - 20 * SEC);
  const i2 = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: wang.id, body: '退款还没到' }).interactionId;
  call('interactions.update', { id: i2, category: 'after-sales' });
  wait(HOUR);
  const i3 = call<{ interactionId: string }>('test.simulateInbound', { channel: 'email', customerId: li.id, subject: '发票', body: '请补开发票' }).interactionId;
  call('interactions.update', { id: i3, category: 'billing' });
  wait(MIN);
  call('interactions.send', { interactionId: i3, body: '已为您补开。' });
  call('interactions.update', { id: i3, status: 'resolved' });

  wait(9 * MIN);
  call('test.simulateCall', { customerId: wang.id });
  wait(31 * SEC);
  wait(MIN + 29 * SEC);
  const answered = call<{ id: string }>('test.simulateCall', { customerId: li.id }).id;
  call('calls.answer', { id: answered });
  wait(MIN);
  call('calls.hangUp', { id: answered });
  wait(10 * SEC);
  call('calls.wrapUp', { id: answered, disposition: 'resolved', category: 'order', resolved: true });

  const a = call<CaseDetail>('cases.create', { customerId: wang.id, type: 'complaint', grade: 'P2', title: '退款慢' });
  const b = call<CaseDetail>('cases.create', { customerId: li.id, type: 'billing', grade: 'P3', title: '发票' });
  for (const c of [a, b]) {
    call('cases.transition', { id: c.id, to: 'accepted' });
    call('cases.update', { id: c.id, patch: { investigation: { solution: 'explanation' } } });
  }
  call('cases.transition', { id: a.id, to: 'resolved' });
  call('cases.transition', { id: a.id, to: 'closed', satisfaction: 4 });
  call('cases.transition', { id: a.id, to: 'investigating' });
  wait(3 * HOUR);
  const caseBResolvedAt = T0 + 2 * HOUR + 11 * MIN + 10 * SEC + 3 * HOUR;
  call('cases.transition', { id: b.id, to: 'resolved', followUpAt: caseBResolvedAt + HOUR });
  call('cases.transition', { id: b.id, to: 'closed', satisfaction: 5 });
  wait(HOUR + 5 * MIN);
  const followUp = call<{ items: Reminder[] }>('reminders.list', { view: 'overdue' }).items[0]!;
  call('reminders.complete', { id: followUp.id, outcome: '客户满意' });
  return { call };
}

describe('reports', () => {
  it('computes every figure of a fixed day as checked by hand', () => {
    const { call } = fixedDay();
    const s = call<ReportSummary>('reports.summary', { from: T0 - HOUR, to: T0 + DAY, tzOffsetMinutes: 480 });

    expect(s.volume.total).toBe(5);
    expect(s.volume.byChannel).toEqual([{ channel: 'phone', count: 2 }, { channel: 'wechat', count: 2 }, { channel: 'email', count: 1 }].sort((x, y) => y.count - x.count || 0));
    expect(s.volume.byHour[9]).toBe(1);
    expect(s.volume.byHour[10]).toBe(1);
    expect(s.volume.byHour[11]).toBe(3);
    expect(s.volume.byDay).toEqual([{ day: '2026-11-25', count: 5 }]);

    const wechat = s.firstResponse.find((f) => f.channel === 'wechat')!;
    // i2 was never answered and its 30 s passed: decided, missed.
    expect(wechat).toMatchObject({ count: 1, avgSeconds: 20, p50Seconds: 20, p90Seconds: 20, slaTotal: 2, slaMet: 1 });
    expect(s.firstResponse.find((f) => f.channel === 'email')).toMatchObject({ count: 1, avgSeconds: 60 });

    expect(s.calls).toEqual({ inbound: 2, outbound: 0, answered: 1, abandoned: 1, avgTalkSeconds: 60, avgHoldSeconds: 0, avgAfterCallSeconds: 10, avgHandleSeconds: 70 });
    // Resolved: i1, i3 and the answered call; first-contact resolved: i3 and the call (王芳 came back on i1's matter).
    expect(s.resolution).toEqual({ total: 5, resolved: 3, firstContactResolved: 2 });

    expect(s.cases).toMatchObject({ opened: 2, closed: 2, reopened: 1, breaches: 0 });
    expect(s.cases.byGrade.find((g) => g.grade === 'P3')).toEqual({ grade: 'P3', resolved: 1, avgHandlingHours: 3 });
    expect(s.cases.byGrade.find((g) => g.grade === 'P2')).toEqual({ grade: 'P2', resolved: 0, avgHandlingHours: null });
    // Case A's rating went with its reopening; case B's stands.
    expect(s.satisfaction).toMatchObject({ count: 1, average: 5, satisfied: 1, byAgent: [{ agent: '小林', count: 1, average: 5 }] });
    expect(s.followUps).toEqual({ due: 1, done: 1, doneOnTime: 1 });
    expect(s.agentStatus['on-call']).toBe(60);
    expect(s.agentStatus['after-call-work']).toBe(10);
  });

  it('gives the signed-in agent their own day beside the team\'s, and lists the voice of the customer', () => {
    const { call } = fixedDay();
    const range = { from: T0 - HOUR, to: T0 + DAY, tzOffsetMinutes: 480 };
    const day = call<MyDay>('reports.myDay', range);
    // 小林 answered i1 after 20 s and i3 after 60 s, both resolved and within their SLAs; case B closed with 5.
    expect(day.agent).toBe('小林');
    expect(day.mine).toEqual({
      agent: '小林', handled: 2, replies: 2, resolved: 2, firstReplies: 2, avgFirstResponseSeconds: 40, slaTotal: 2, slaMet: 2, casesClosed: 1, satisfactionCount: 1, satisfactionAverage: 5,
    });
    expect(day.team).toMatchObject({ handled: 2, resolved: 2, casesClosed: 1 });

    const voice = call<Voice>('reports.voice', range);
    expect(voice.groups.map((g) => [g.cause, g.count, g.complaints])).toEqual([['complaint', 1, 1], ['billing', 1, 0]]);
    expect(voice.groups.find((g) => g.cause === 'billing')!.quotes[0]).toMatchObject({ customerName: '李雷', text: '发票' });
  });

  it('shows agents side by side and flags one resolving well below the team', () => {
    const { core } = makeCore({ testControls: true, simulator: false });
    const call = <T>(method: string, input: unknown = {}) => ok<T>(core.dispatch(method, input));
    const lin = call<{ profile: { id: string } }>('session.current').profile;
    call('profiles.update', { id: lin.id, name: '小林' });
    const wang = call<{ id: string }>('profiles.create', { name: '小王', role: 'agent' });
    const work = (resolve: number) => {
      for (let i = 0; i < 5; i++) {
        const id = call<{ interactionId: string }>('test.simulateInbound', { channel: 'webchat', body: `问题 ${i}` }).interactionId;
        call('test.advanceClock', { ms: 10 * SEC });
        call('interactions.send', { interactionId: id, body: '您好，我来处理。' });
        if (i < resolve) call('interactions.update', { id, status: 'resolved' });
      }
    };
    work(5);
    call('session.signIn', { id: wang.id });
    work(2);
    call('session.signIn', { id: lin.id });
    const r = call<ReportAgents>('reports.agents', { from: T0 - HOUR, to: T0 + DAY });
    expect(r.team).toMatchObject({ handled: 10, replies: 10, resolved: 7, firstReplies: 10, avgFirstResponseSeconds: 10 });
    expect(r.agents.map((a) => [a.agent, a.handled, a.resolved, a.belowTeamResolution])).toEqual([['小林', 5, 5, false], ['小王', 5, 2, true]]);
    // An agent sees their own day, not colleagues' figures.
    call('session.signIn', { id: wang.id });
    expect(core.dispatch('reports.agents', { from: T0 - HOUR, to: T0 + DAY })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(call<MyDay>('reports.myDay', { from: T0 - HOUR, to: T0 + DAY }).mine).toMatchObject({ agent: '小王', handled: 5, resolved: 2 });
    // Nor move the targets they are measured against.
    expect(core.dispatch('settings.update', { targets: { slaPercent: 10, resolutionPercent: 10, satisfaction: 1, firstResponseSeconds: 600 } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    call('session.signIn', { id: lin.id });
    expect(call<{ targets: { resolutionPercent: number } }>('settings.update', { targets: { slaPercent: 95, resolutionPercent: 90, satisfaction: 4.6, firstResponseSeconds: 20 } }).targets.resolutionPercent).toBe(90);
  });

  it('counts hours and days in the user\'s time zone', () => {
    const { call } = fixedDay();
    const utc = call<ReportSummary>('reports.summary', { from: T0 - HOUR, to: T0 + DAY, tzOffsetMinutes: 0 });
    expect(utc.volume.byHour[1]).toBe(1);
    expect(utc.volume.byHour[9]).toBe(0);
  });

  it('finds a phrase that is rising, with examples, and ignores steady ones', () => {
    const { core } = makeCore({ testControls: true, simulator: false });
    const call = <T>(method: string, input: unknown = {}) => ok<T>(core.dispatch(method, input));
    call('test.simulateInbound', { channel: 'wechat', body: '快递什么时候到' });
    call('test.simulateInbound', { channel: 'wechat', body: '快递一直没有更新' });
    call('test.advanceClock', { ms: 7 * DAY });
    for (const body of ['退款流程太复杂了', '请问退款流程要多久', '退款流程走到哪一步了', '你们的退款流程有问题', '快递什么时候到']) call('test.simulateInbound', { channel: 'wechat', body });
    const r = call<Rising>('reports.rising', { from: T0 + 7 * DAY - HOUR, to: T0 + 8 * DAY });
    const top = r.phrases[0]!;
    expect(top).toMatchObject({ text: '退款流程', count: 4, previous: 0 });
    expect(top.examples).toHaveLength(3);
    expect(top.examples[0]!.snippet).toContain('退款流程');
    expect(r.phrases.map((p) => p.text)).not.toContain('快递');
    // "退款" and "流程" are the same trend as "退款流程": not listed twice.
    expect(r.phrases.map((p) => p.text)).not.toContain('退款');
  });

  it('cuts Chinese into 2–4 character phrases without particles at the edges, and keeps English words', () => {
    const p = phrasesOf('我的订单还没发货 Where is my ORDER?');
    expect(p.has('订单')).toBe(true);
    expect(p.has('发货')).toBe(true);
    expect(p.has('没发货')).toBe(false);
    expect(p.has('我的')).toBe(false);
    expect(p.has('order')).toBe(true);
    expect(p.has('where')).toBe(false);
    expect(p.has('单还没发')).toBe(false);
    expect(p.has('is')).toBe(false);
    expect(risingPhrases(new Map([['退款', 3]]), new Map([['退款', 3]]))).toEqual([]);
    // Nearest rank: of ten answers (1 s to 10 s), the 9th; two took 3 s, so the 5th of ten is 4 s.
    expect(histogramPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seconds) => ({ seconds, n: 1 })), 90)).toBe(9);
    expect(histogramPercentile([{ seconds: 1, n: 1 }, { seconds: 2, n: 1 }, { seconds: 3, n: 2 }, { seconds: 4, n: 6 }], 50)).toBe(4);
    expect(histogramPercentile([{ seconds: 1, n: 1 }, { seconds: 2, n: 1 }, { seconds: 3, n: 2 }, { seconds: 4, n: 6 }], 40)).toBe(3);
    expect(histogramPercentile([], 50)).toBeNull();
  });

  it('refuses a period that ends before it starts or spans more than 400 days', () => {
    const { core } = makeCore();
    expect(core.dispatch('reports.summary', { from: T0, to: T0 - 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('reports.summary', { from: T0, to: T0 + 401 * DAY })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
