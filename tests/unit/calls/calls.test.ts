import { describe, expect, it } from 'vitest';
import type { Call, ScreenPop } from '../../../src-main/contract/calls';
import type { CustomerDetail, TimelineEntry } from '../../../src-main/contract/customers';
import type { Tab } from '../../../src-main/contract/workspace';
import { makeCore, ok } from '../../helpers/core';

const SEC = 1000;

function setup(extra: Parameters<typeof makeCore>[0] = {}) {
  const ctx = makeCore({ demo: false, testControls: true, ...extra });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(ctx.core.dispatch(method, input));
  const fail = (method: string, input: unknown = {}) => {
    const r = ctx.core.dispatch(method, input);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  const wait = (ms: number) => call('test.advanceClock', { ms });
  const customer = call<CustomerDetail>('customers.create', { fullName: '王芳', surname: '王', honorific: 'ms', phones: [{ number: '138 1234 5678' }] });
  return { ...ctx, call, fail, wait, customer };
}

describe('calls', () => {
  it('pops the caller before answering, counts talk and hold time, and requires a wrap-up code before the tab closes', () => {
    const { call, fail, wait, customer } = setup();
    const { id } = call<{ id: string }>('test.simulateCall', { customerId: customer.id });
    const ringing = call<Call>('calls.get', { id });
    expect(ringing).toMatchObject({ state: 'ringing', direction: 'inbound', customerName: '王芳' });
    // The ringing call itself is not the customer's last contact.
    expect(call<ScreenPop>('calls.screenPop', { number: ringing.number }).customer).toMatchObject({ fullName: '王芳', surname: '王', honorific: 'ms', lastInteraction: null });

    wait(4 * SEC);
    expect(call<Call>('calls.answer', { id }).state).toBe('connected');
    expect(call<{ status: string }>('agent.status').status).toBe('on-call');
    const tab = call<{ items: Tab[] }>('tabs.list').items.find((t) => t.refId === id)!;
    expect(tab).toBeDefined();

    wait(20 * SEC);
    call('calls.hold', { id });
    wait(30 * SEC);
    expect(call<Call>('calls.get', { id }).holdSeconds).toBe(30);
    call('calls.resume', { id });
    wait(40 * SEC);
    const ended = call<Call>('calls.hangUp', { id });
    expect(ended).toMatchObject({ state: 'wrap-up', endReason: 'agent-hangup', talkSeconds: 60, holdSeconds: 30 });
    expect(call<{ status: string }>('agent.status').status).toBe('after-call-work');

    expect(fail('tabs.close', { id: tab.id })).toMatchObject({ code: 'CONFLICT', details: { reason: 'wrap-up-required' } });
    expect(fail('calls.wrapUp', { id, disposition: 'made-up-code', category: 'after-sales', resolved: true })).toMatchObject({ code: 'VALIDATION' });
    const done = call<Call>('calls.wrapUp', { id, disposition: 'resolved', category: 'after-sales', resolved: true, summary: '已解释退款进度' });
    expect(done).toMatchObject({ state: 'done', disposition: 'resolved', resolved: true, category: 'after-sales' });
    expect(call<{ status: string }>('agent.status').status).toBe('available');
    expect(call<{ closed: boolean }>('tabs.close', { id: tab.id }).closed).toBe(true);

    const timeline = call<{ items: TimelineEntry[] }>('customers.timeline', { customerId: customer.id }).items;
    expect(timeline[0]).toMatchObject({ id, channel: 'phone', direction: 'inbound', durationSeconds: 60, category: 'after-sales', status: 'resolved', preview: '已解释退款进度' });
  });

  it('counts the hold up to the moment a customer hangs up while held, and tells every window', () => {
    const { call, wait, customer, core } = setup();
    const seen: string[] = [];
    core.subscribe((name, payload) => {
      if (name === 'call.updated') seen.push((payload as Call).state);
    });
    const { id } = call<{ id: string }>('test.simulateCall', { customerId: customer.id });
    call('calls.answer', { id });
    wait(10 * SEC);
    call('calls.hold', { id });
    wait(45 * SEC);
    call('test.customerHangsUp', { id });
    expect(call<Call>('calls.get', { id })).toMatchObject({ state: 'wrap-up', endReason: 'customer-hangup', holdSeconds: 45, talkSeconds: 10, heldSince: null });
    wait(60 * SEC);
    expect(call<Call>('calls.get', { id }).holdSeconds).toBe(45);
    expect(seen).toEqual(['ringing', 'connected', 'held', 'wrap-up']);
  });

  it('records a call nobody answered as missed after the caller gives up, without after-call work', () => {
    const { call, wait } = setup();
    const { id } = call<{ id: string }>('test.simulateCall', { number: '+86 139-0000-1111' });
    expect(call<Call>('calls.get', { id }).customerId).toBeNull();
    expect(call<ScreenPop>('calls.screenPop', { number: '13900001111' }).customer).toBeNull();
    wait(29 * SEC);
    expect(call<Call>('calls.get', { id }).state).toBe('ringing');
    wait(1 * SEC);
    expect(call<Call>('calls.get', { id })).toMatchObject({ state: 'done', endReason: 'missed', disposition: 'no-answer', talkSeconds: 0 });
    expect(call<{ status: string }>('agent.status').status).toBe('available');
  });

  it('rings nothing while the agent is on break, rings again once available, and counts time in each status', () => {
    const { call, fail, wait } = setup();
    wait(60 * SEC);
    call('agent.setStatus', { status: 'break' });
    expect(fail('test.simulateCall')).toMatchObject({ code: 'CONFLICT', details: { reason: 'agent-unavailable' } });
    wait(900 * SEC);
    call('agent.setStatus', { status: 'available' });
    const { id } = call<{ id: string }>('test.simulateCall');
    call('calls.answer', { id });
    wait(120 * SEC);
    expect(fail('agent.setStatus', { status: 'break' })).toMatchObject({ code: 'CONFLICT', details: { reason: 'finish-call-first' } });
    call('calls.hangUp', { id });
    wait(30 * SEC);
    call('calls.wrapUp', { id, disposition: 'info-provided', category: 'pre-sales', resolved: true });
    const totals = call<{ totals: Record<string, number> }>('agent.statusTotals', { from: 0, to: Number.MAX_SAFE_INTEGER }).totals;
    expect(totals).toEqual({ available: 60, break: 900, 'on-call': 120, 'after-call-work': 30, offline: 0 });
  });

  it('dials out: a normal number answers within seconds, a busy one ends as busy', () => {
    const { call, fail, wait, customer } = setup();
    const out = call<Call>('calls.dial', { number: '13812345678' });
    expect(out).toMatchObject({ state: 'dialing', direction: 'outbound', customerId: customer.id });
    expect(fail('calls.dial', { number: '13700000000' })).toMatchObject({ code: 'CONFLICT' });
    wait(7 * SEC);
    expect(call<Call>('calls.get', { id: out.id }).state).toBe('connected');
    call('calls.hangUp', { id: out.id });
    call('calls.wrapUp', { id: out.id, disposition: 'callback-scheduled', category: 'other', resolved: false });

    const busy = call<Call>('calls.dial', { number: '13700000000' });
    wait(3 * SEC);
    expect(call<Call>('calls.get', { id: busy.id })).toMatchObject({ state: 'done', endReason: 'busy', disposition: 'busy' });
    expect(fail('calls.answer', { id: busy.id })).toMatchObject({ code: 'CONFLICT' });
  });

  it('closes calls left live by a crash, keeping their records', () => {
    const { call, customer, dataDir } = setup();
    const { id } = call<{ id: string }>('test.simulateCall', { customerId: customer.id });
    call('calls.answer', { id });
    const again = makeCore({ dataDir, testControls: true, demo: false });
    const after = ok<Call>(again.core.dispatch('calls.get', { id }));
    expect(after).toMatchObject({ state: 'wrap-up', endReason: 'failed' });
    expect(ok<{ status: string }>(again.core.dispatch('agent.status', {})).status).toBe('after-call-work');
  });

  it('refuses bad input and unknown calls with clear errors', () => {
    const { fail } = setup();
    expect(fail('calls.dial', { number: "1'; DROP TABLE calls;--" })).toMatchObject({ code: 'VALIDATION' });
    expect(fail('calls.answer', { id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(fail('agent.setStatus', { status: 'on-call' })).toMatchObject({ code: 'VALIDATION' });
  });
});
