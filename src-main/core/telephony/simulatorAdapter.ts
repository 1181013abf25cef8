import type { EndReason } from '../../contract/calls';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { Random } from '../shared/random';
import type { Scheduler } from '../shared/scheduler';
import type { TelephonyAdapter, TelephonyEvent } from './telephonyAdapter';

/** A caller gives up after this long unanswered; an outbound call is "no answer" after it. */
export const RING_TIMEOUT_MS = 30_000;

interface SimCall {
  direction: 'inbound' | 'outbound';
  state: 'ringing' | 'connected' | 'held';
  cancel: (() => void)[];
}

export interface SimulatorOptions {
  clock: Clock;
  scheduler: Scheduler;
  random: Random;
  newId: IdGenerator;
  /** Calls per hour while enabled; read each time the next call is planned. */
  rate: () => { enabled: boolean; perHour: number };
  /** A caller for the next inbound call: a demo customer's number, or null for an unknown one. */
  pickCaller: () => string | null;
  /** False while the agent is on break, offline or already on a call: then nothing rings. */
  canRing: () => boolean;
  /** Chance that a connected customer hangs up on their own after a while (0 in tests). */
  hangupChance: number;
}

/**
 * The built-in telephony: callers ring in at the configured rate, outbound calls ring and are
 * answered after a few seconds, numbers ending in 0000 are busy and 9999 never answer, and now and
 * then a customer hangs up mid-call. Everything runs on the core's clock, so tests drive it exactly.
 */
export function createSimulatorAdapter(o: SimulatorOptions) {
  const listeners = new Set<(e: TelephonyEvent) => void>();
  const calls = new Map<string, SimCall>();
  let cancelNext: (() => void) | null = null;

  const emit = (e: TelephonyEvent) => {
    for (const l of listeners) l(e);
  };
  const later = (id: string, ms: number, fn: () => void) => {
    const c = calls.get(id);
    if (c) c.cancel.push(o.scheduler.at(o.clock.now() + ms, fn));
  };
  const end = (id: string, reason: EndReason) => {
    const c = calls.get(id);
    if (!c) return;
    for (const cancel of c.cancel) cancel();
    calls.delete(id);
    emit({ type: 'ended', callId: id, reason });
  };
  const connect = (id: string) => {
    const c = calls.get(id);
    if (!c || c.state !== 'ringing') return;
    c.state = 'connected';
    for (const cancel of c.cancel.splice(0)) cancel();
    emit({ type: 'answered', callId: id });
    if (o.random.chance(o.hangupChance)) later(id, o.random.int(90, 900) * 1000, () => end(id, 'customer-hangup'));
  };
  const withCall = (id: string, fn: (c: SimCall) => void) => {
    const c = calls.get(id);
    if (c) fn(c);
    else emit({ type: 'failed', callId: id, message: 'no such call' });
  };
  const unknownNumber = () => `1${o.random.pick(['38', '39', '58', '86', '77'])}${String(o.random.int(0, 99_999_999)).padStart(8, '0')}`;

  function ringIn(number?: string): string {
    const id = o.newId();
    calls.set(id, { direction: 'inbound', state: 'ringing', cancel: [] });
    emit({ type: 'ringing', callId: id, direction: 'inbound', number: number ?? o.pickCaller() ?? unknownNumber() });
    later(id, RING_TIMEOUT_MS, () => end(id, 'missed'));
    return id;
  }

  function planNext(): void {
    cancelNext?.();
    cancelNext = null;
    const { enabled, perHour } = o.rate();
    if (!enabled || perHour <= 0) return;
    const gap = Math.max(20_000, Math.round((-Math.log(1 - o.random.next()) * 3_600_000) / perHour));
    cancelNext = o.scheduler.at(o.clock.now() + gap, () => {
      if (o.canRing()) ringIn();
      planNext();
    });
  }

  const adapter: TelephonyAdapter = {
    name: 'simulator',
    dial(callId, number) {
      calls.set(callId, { direction: 'outbound', state: 'ringing', cancel: [] });
      emit({ type: 'ringing', callId, direction: 'outbound', number });
      const digits = number.replace(/\D/g, '');
      if (digits.endsWith('0000')) later(callId, 3000, () => end(callId, 'busy'));
      else if (digits.endsWith('9999')) later(callId, RING_TIMEOUT_MS, () => end(callId, 'no-answer'));
      else later(callId, o.random.int(3, 7) * 1000, () => connect(callId));
    },
    answer: (id) => withCall(id, (c) => c.direction === 'inbound' && connect(id)),
    reject: (id) => withCall(id, () => end(id, 'rejected')),
    hangUp: (id) => withCall(id, () => end(id, 'agent-hangup')),
    hold: (id) =>
      withCall(id, (c) => {
        if (c.state !== 'connected') return;
        c.state = 'held';
        emit({ type: 'held', callId: id });
      }),
    resume: (id) =>
      withCall(id, (c) => {
        if (c.state !== 'held') return;
        c.state = 'connected';
        emit({ type: 'resumed', callId: id });
      }),
    mute: (id) => withCall(id, () => emit({ type: 'muted', callId: id })),
    unmute: (id) => withCall(id, () => emit({ type: 'unmuted', callId: id })),
    transfer: (id, target) =>
      withCall(id, () => {
        emit({ type: 'transferred', callId: id, target });
        end(id, 'transferred');
      }),
    sendDtmf: (id) => withCall(id, () => undefined),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      cancelNext?.();
      for (const id of [...calls.keys()]) for (const cancel of calls.get(id)?.cancel ?? []) cancel();
      calls.clear();
    },
  };

  return {
    adapter,
    start: planNext,
    /** Settings or agent status changed: re-plan with the new rate. */
    restart: planNext,
    /** A call rings now (tests, demos, training). */
    ringIn,
    /** The customer hangs up, whatever the call is doing. */
    customerHangsUp: (id: string) => end(id, 'customer-hangup'),
  };
}
export type TelephonySimulator = ReturnType<typeof createSimulatorAdapter>;
