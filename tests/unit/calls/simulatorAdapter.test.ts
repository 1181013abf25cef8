import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src-main/core/shared/clock';
import { createRandom } from '../../../src-main/core/shared/random';
import { createScheduler } from '../../../src-main/core/shared/scheduler';
import { createSimulatorAdapter, RING_TIMEOUT_MS } from '../../../src-main/core/telephony/simulatorAdapter';
import type { TelephonyEvent } from '../../../src-main/core/telephony/telephonyAdapter';
import { T0 } from '../../helpers/core';

function rig(canRing = true) {
  const clock = new ManualClock(T0);
  const scheduler = createScheduler(clock, { realTimers: false });
  let n = 0;
  const sim = createSimulatorAdapter({
    clock, scheduler, random: createRandom(1), newId: () => `call-${++n}`,
    rate: () => ({ enabled: true, perHour: 60 }), pickCaller: () => '13812345678', canRing: () => canRing, hangupChance: 0,
  });
  const seen: TelephonyEvent[] = [];
  sim.adapter.onEvent((e) => seen.push(e));
  const advance = (ms: number) => {
    clock.advance(ms);
    scheduler.runDue();
  };
  return { sim, seen, advance, types: () => seen.map((e) => e.type) };
}

describe('the telephony adapter interface, driven through the simulator', () => {
  it('rings, answers, holds, and reports a customer who hangs up mid-hold', () => {
    const { sim, seen, types } = rig();
    const id = sim.ringIn('13812345678');
    sim.adapter.answer(id);
    sim.adapter.hold(id);
    sim.customerHangsUp(id);
    expect(types()).toEqual(['ringing', 'answered', 'held', 'ended']);
    expect(seen.at(-1)).toEqual({ type: 'ended', callId: id, reason: 'customer-hangup' });
    sim.adapter.resume(id);
    expect(seen.at(-1)).toMatchObject({ type: 'failed', callId: id });
  });

  it('ends an unanswered inbound call as missed when the caller gives up', () => {
    const { sim, seen, advance } = rig();
    const id = sim.ringIn();
    advance(RING_TIMEOUT_MS - 1);
    expect(seen.map((e) => e.type)).toEqual(['ringing']);
    advance(1);
    expect(seen.at(-1)).toEqual({ type: 'ended', callId: id, reason: 'missed' });
  });

  it('gives outbound calls realistic outcomes: answered after a few seconds, busy, no answer', () => {
    const { sim, seen, advance } = rig();
    sim.adapter.dial('a', '13812345678');
    sim.adapter.dial('b', '13700000000');
    sim.adapter.dial('c', '13799999999');
    advance(2000);
    expect(seen.filter((e) => e.type !== 'ringing')).toEqual([]);
    advance(6000);
    expect(seen).toContainEqual({ type: 'answered', callId: 'a' });
    expect(seen).toContainEqual({ type: 'ended', callId: 'b', reason: 'busy' });
    advance(RING_TIMEOUT_MS);
    expect(seen).toContainEqual({ type: 'ended', callId: 'c', reason: 'no-answer' });
    sim.adapter.transfer('a', '2001');
    expect(seen.slice(-2)).toEqual([{ type: 'transferred', callId: 'a', target: '2001' }, { type: 'ended', callId: 'a', reason: 'transferred' }]);
  });

  it('rings at the configured rate only while the agent can take calls', () => {
    const off = rig(false);
    const hour = (r: ReturnType<typeof rig>) => {
      for (let m = 0; m < 60; m++) r.advance(60_000);
    };
    off.sim.start();
    hour(off);
    expect(off.seen).toEqual([]);
    const on = rig(true);
    on.sim.start();
    hour(on);
    const rings = on.seen.filter((e) => e.type === 'ringing').length;
    expect(rings).toBeGreaterThan(20);
    expect(rings).toBeLessThan(120);
  });
});
