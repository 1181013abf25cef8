import type Database from 'better-sqlite3';
import type { AgentStatus, Call, EndReason, ScreenPop } from '../../contract/calls';
import { AppError } from '../../contract/errors';
import type { Category, Locale } from '../../contract/primitives';
import type { CustomersRepo } from '../customers/customersRepo';
import type { EventBus } from '../events';
import type { InteractionRecorder } from '../interactions/recordInteraction';
import type { InteractionsRepo } from '../interactions/interactionsRepo';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import { normalizePhone } from '../shared/phone';
import type { TelephonyAdapter, TelephonyEvent } from '../telephony/telephonyAdapter';
import type { CallRow, CallsRepo } from './callsRepo';

/** Codes given automatically to calls that never connected. */
const AUTO_DISPOSITION: Partial<Record<EndReason, string>> = { missed: 'no-answer', 'no-answer': 'no-answer', busy: 'busy', transferred: 'transferred' };

export function toCall(r: CallRow, now: number): Call {
  const holdMs = r.hold_ms + (r.held_since !== null ? now - r.held_since : 0);
  const talkEnd = r.ended_at ?? now;
  return {
    id: r.interaction_id,
    direction: r.direction as Call['direction'],
    number: r.number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    state: r.state as Call['state'],
    muted: r.muted === 1,
    ringAt: r.ring_at,
    answeredAt: r.answered_at,
    endedAt: r.ended_at,
    endReason: r.end_reason as Call['endReason'],
    talkSeconds: r.answered_at === null ? 0 : Math.max(0, Math.round((talkEnd - r.answered_at - holdMs) / 1000)),
    holdSeconds: Math.round(holdMs / 1000),
    priorHoldSeconds: Math.round(r.hold_ms / 1000),
    heldSince: r.held_since,
    disposition: r.disposition,
    category: r.category as Category,
    resolved: r.resolved === null ? null : r.resolved === 1,
    wrappedAt: r.wrapped_at,
    transferredTo: r.transferred_to,
    scriptId: r.script_id,
    orderId: r.order_id,
    caseId: r.case_id,
  };
}

/**
 * The phone from the first ring to the wrap-up code: turns the adapter's events into call records
 * (each call is an interaction in the customer's history), keeps the agent's status in step with
 * the calls, and refuses what makes no sense (answering a call that stopped ringing, closing a call
 * tab before its wrap-up).
 */
export function createCallsService(deps: {
  db: Database.Database;
  repo: CallsRepo;
  interactions: InteractionsRepo;
  customers: CustomersRepo;
  record: InteractionRecorder;
  settings: SettingsService;
  clock: Clock;
  events: EventBus;
  adapter: TelephonyAdapter;
  openTab: (interactionId: string) => void;
  linkCustomer: (interactionId: string, customerId: string) => void;
  countOpenCases?: (customerId: string) => number;
}) {
  const { db, repo, clock, events, adapter } = deps;
  const now = () => clock.now();

  function find(id: string): CallRow {
    const r = repo.findCall(id);
    if (!r) throw new AppError('NOT_FOUND', `No call with id ${id}.`, { id });
    return r;
  }
  const publish = (id: string) => {
    const r = repo.findCall(id);
    if (r) events.emit('call.updated', toCall(r, now()));
  };

  function status(): { status: AgentStatus; since: number } {
    const s = repo.currentStatus();
    return s ? { status: s.status as AgentStatus, since: s.started_at } : { status: 'offline', since: 0 };
  }
  function setStatus(next: AgentStatus): void {
    if (status().status === next) return;
    db.transaction(() => repo.switchStatus(next, now()))();
    events.emit('agent.status', status());
  }
  /** After a call ends or is wrapped up: after-call work while any call awaits its code, else available. */
  function settleStatus(): void {
    const live = repo.listLiveCalls();
    if (live.some((c) => c.state === 'connected' || c.state === 'held' || c.state === 'dialing')) return setStatus('on-call');
    if (live.some((c) => c.state === 'wrap-up')) return setStatus('after-call-work');
    if (status().status === 'on-call' || status().status === 'after-call-work') setStatus('available');
  }

  function customerIdsFor(number: string): string[] {
    const normalized = normalizePhone(number);
    return normalized.length >= 5 ? deps.customers.findIdsByExactPhone(normalized, 5) : [];
  }

  function onEvent(e: TelephonyEvent): void {
    const t = now();
    switch (e.type) {
      case 'ringing': {
        if (e.direction === 'outbound') return; // the row was written when dialling
        const ids = customerIdsFor(e.number);
        db.transaction(() => {
          const id = deps.record({
            customerId: ids.length === 1 ? (ids[0] ?? null) : null, channel: 'phone', direction: 'inbound', address: e.number, subject: null, category: 'other',
            status: 'open', startedAt: t, endedAt: null, durationSeconds: null, firstResponseAt: null, slaDueAt: null, messages: [],
          }, t);
          ringIds.set(e.callId, id);
          repo.insertCall({ id, number: e.number, state: 'ringing', ring_at: t });
        })();
        publish(idOf(e.callId));
        return;
      }
      case 'answered':
        if (repo.markAnswered(idOf(e.callId), t)) {
          deps.openTab(idOf(e.callId));
          setStatus('on-call');
        }
        break;
      case 'held':
        repo.markHeld(idOf(e.callId), t);
        break;
      case 'resumed':
        repo.markResumed(idOf(e.callId), t);
        break;
      case 'muted':
      case 'unmuted':
        repo.setMuted(idOf(e.callId), e.type === 'muted', t);
        break;
      case 'transferred':
        pendingTransfer.set(e.callId, e.target);
        return;
      case 'failed':
      case 'ended': {
        const id = idOf(e.callId);
        const row = repo.findCall(id);
        if (!row || row.state === 'wrap-up' || row.state === 'done') return;
        const reason: EndReason = e.type === 'failed' ? 'failed' : e.reason;
        const answered = row.answered_at !== null;
        db.transaction(() => {
          repo.markEnded(id, { state: answered ? 'wrap-up' : 'done', reason, transferred_to: pendingTransfer.get(e.callId) ?? null, disposition: answered ? null : (AUTO_DISPOSITION[reason] ?? null), now: t });
          const call = toCall(find(id), t);
          repo.recordCallEnd(id, t, call.talkSeconds);
          if (!answered) repo.recordWrapUp(id, 'other', reason === 'missed' ? 'waiting' : 'resolved', '', t);
        })();
        pendingTransfer.delete(e.callId);
        ringIds.delete(e.callId);
        settleStatus();
        publish(id);
        events.emit('interaction.updated', { id });
        return;
      }
    }
    publish(idOf(e.callId));
  }
  // Inbound calls carry the adapter's id until the core has given them one.
  const ringIds = new Map<string, string>();
  const pendingTransfer = new Map<string, string>();
  const idOf = (callId: string) => ringIds.get(callId) ?? callId;
  const adapterIdOf = (id: string) => [...ringIds.entries()].find(([, v]) => v === id)?.[0] ?? id;

  const requireState = (r: CallRow, allowed: readonly string[], what: string) => {
    if (!allowed.includes(r.state)) throw new AppError('CONFLICT', `Cannot ${what} a call that is ${r.state}.`, { id: r.interaction_id, state: r.state, reason: 'call-state' });
  };
  const command = (id: string, allowed: readonly string[], what: string, run: (adapterId: string) => void): Call => {
    requireState(find(id), allowed, what);
    run(adapterIdOf(id));
    return toCall(find(id), now());
  };

  return {
    start() {
      // Calls that were live when the app stopped cannot still be: close them, keep their records.
      for (const r of repo.listLiveCalls()) {
        if (r.state === 'wrap-up') continue;
        onEvent({ type: 'failed', callId: r.interaction_id, message: 'the app was closed during the call' });
      }
      if (!repo.currentStatus()) setStatus('available');
      settleStatus();
      return adapter.onEvent(onEvent);
    },
    status,
    setStatus(next: 'available' | 'break' | 'offline') {
      if (repo.listLiveCalls().some((c) => c.state === 'connected' || c.state === 'held' || c.state === 'dialing')) throw new AppError('CONFLICT', 'Finish the call before changing status.', { reason: 'finish-call-first' });
      setStatus(next);
      return status();
    },
    /** Seconds in each status between two instants (reports). */
    statusTotals(from: number, to: number): Record<AgentStatus, number> {
      const totals: Record<AgentStatus, number> = { available: 0, 'on-call': 0, 'after-call-work': 0, break: 0, offline: 0 };
      for (const p of repo.statusPeriods(from, Math.min(to, now()))) totals[p.status as AgentStatus] += Math.max(0, Math.round((p.b - p.a) / 1000));
      return totals;
    },
    canRing: () => status().status === 'available' && repo.listLiveCalls().every((c) => c.state === 'wrap-up' || c.state === 'done'),
    get: (id: string) => toCall(find(id), now()),
    live: () => repo.listLiveCalls().map((r) => toCall(r, now())),
    recent: (limit: number) => repo.listRecentCalls(limit).map((r) => toCall(r, now())),
    screenPop(number: string): ScreenPop {
      const ids = customerIdsFor(number);
      const first = ids[0] ? deps.customers.findSummaryById(ids[0]) : undefined;
      if (!first) return { number, customer: null, otherMatches: 0 };
      // The call ringing now is not "the last contact".
      const live = new Set(repo.listLiveCalls().map((c) => c.interaction_id));
      const last = deps.interactions.listTimeline(first.id, live.size + 1).find((e) => !live.has(e.id));
      const language = deps.customers.findCustomerById(first.id)?.language ?? 'zh-CN';
      return {
        number,
        customer: {
          id: first.id, language: language as Locale, fullName: first.full_name, surname: first.surname, honorific: first.honorific, company: first.company, tier: first.tier,
          isKeyAccount: first.is_key_account === 1, tags: JSON.parse(first.tags) as string[], openCases: deps.countOpenCases?.(first.id) ?? 0,
          lastInteraction: last ? { channel: last.channel as never, category: last.category as Category, preview: last.preview, at: last.started_at } : null,
        },
        otherMatches: ids.length - 1,
      };
    },
    dial(number: string, customerId?: string): Call {
      if (repo.listLiveCalls().some((c) => c.state === 'connected' || c.state === 'dialing')) throw new AppError('CONFLICT', 'Hold or end the current call first.', { reason: 'one-call-at-a-time' });
      const t = now();
      const ids = customerId ? [customerId] : customerIdsFor(number);
      if (customerId && !deps.customers.findCustomerById(customerId)) throw new AppError('NOT_FOUND', `No customer with id ${customerId}.`, { id: customerId });
      const id = db.transaction(() => {
        const id = deps.record({
          customerId: ids.length === 1 ? (ids[0] ?? null) : null, channel: 'phone', direction: 'outbound', address: number, subject: null, category: 'other',
          status: 'open', startedAt: t, endedAt: null, durationSeconds: null, firstResponseAt: null, slaDueAt: null, messages: [],
        }, t);
        repo.insertCall({ id, number, state: 'dialing', ring_at: t });
        return id;
      })();
      deps.openTab(id);
      setStatus('on-call');
      publish(id);
      adapter.dial(id, number);
      return toCall(find(id), now());
    },
    answer(id: string): Call {
      if (repo.listLiveCalls().some((c) => c.state === 'connected' || c.state === 'dialing')) throw new AppError('CONFLICT', 'Hold or end the current call first.', { reason: 'one-call-at-a-time' });
      return command(id, ['ringing'], 'answer', (a) => adapter.answer(a));
    },
    reject: (id: string) => command(id, ['ringing'], 'reject', (a) => adapter.reject(a)),
    hangUp: (id: string) => command(id, ['dialing', 'connected', 'held'], 'hang up', (a) => adapter.hangUp(a)),
    hold: (id: string) => command(id, ['connected'], 'hold', (a) => adapter.hold(a)),
    resume(id: string): Call {
      if (repo.listLiveCalls().some((c) => c.state === 'connected' && c.interaction_id !== id)) throw new AppError('CONFLICT', 'Hold or end the other call first.', { reason: 'one-call-at-a-time' });
      return command(id, ['held'], 'resume', (a) => adapter.resume(a));
    },
    mute: (id: string, muted: boolean) => command(id, ['connected', 'held'], 'mute', (a) => (muted ? adapter.mute(a) : adapter.unmute(a))),
    transfer: (id: string, target: string) => command(id, ['connected', 'held'], 'transfer', (a) => adapter.transfer(a, target)),
    sendDtmf: (id: string, digits: string) => command(id, ['connected'], 'send tones on', (a) => adapter.sendDtmf(a, digits)),
    wrapUp(input: { id: string; disposition: string; category: Category; resolved: boolean; summary: string }): Call {
      const r = find(input.id);
      requireState(r, ['wrap-up'], 'wrap up');
      if (!deps.settings.read().calls.dispositions.includes(input.disposition)) {
        throw new AppError('VALIDATION', 'Unknown wrap-up code.', { issues: [{ path: ['disposition'], code: 'invalid_value', message: 'unknown wrap-up code' }] });
      }
      const t = now();
      db.transaction(() => {
        repo.markWrappedUp(input.id, input.disposition, input.resolved, t);
        repo.recordWrapUp(input.id, input.category, input.resolved ? 'resolved' : 'waiting', input.summary.replace(/\s+/g, ' ').slice(0, 140), t);
      })();
      settleStatus();
      publish(input.id);
      events.emit('interaction.updated', { id: input.id });
      return toCall(find(input.id), t);
    },
    link(id: string, links: { customerId?: string; scriptId?: string; orderId?: string; caseId?: string }): Call {
      find(id);
      if (links.customerId) deps.linkCustomer(id, links.customerId);
      repo.linkCall(id, { script_id: links.scriptId ?? null, order_id: links.orderId ?? null, case_id: links.caseId ?? null }, now());
      publish(id);
      return toCall(find(id), now());
    },
    /** The adapter's name for a call (inbound calls keep the id the adapter gave them while live). */
    adapterIdOf,
    /** A call tab closes only once the call is over and has its wrap-up code. */
    assertClosable(interactionId: string): void {
      const r = repo.findCall(interactionId);
      if (r && r.state !== 'done') throw new AppError('CONFLICT', 'Give the call a wrap-up code before closing it.', { id: interactionId, reason: 'wrap-up-required' });
    },
  };
}
export type CallsService = ReturnType<typeof createCallsService>;
