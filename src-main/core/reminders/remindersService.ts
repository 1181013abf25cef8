import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Reminder } from '../../contract/reminders';
import type { EventBus } from '../events';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { Scheduler } from '../shared/scheduler';
import type { ReminderRow, RemindersRepo } from './remindersRepo';

const DAY = 86_400_000;

export function toReminder(r: ReminderRow): Reminder {
  return {
    id: r.id, kind: r.kind as Reminder['kind'], customerId: r.customer_id, customerName: r.customer_name, interactionId: r.interaction_id, caseId: r.case_id,
    phone: r.phone, reason: r.reason, dueAt: r.due_at, owner: r.owner, status: r.status as Reminder['status'], firedAt: r.fired_at, outcome: r.outcome,
  };
}

const endOfLocalDay = (t: number) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
};

/**
 * Reminders fire in the core (in the main process's worker), whether the window is focused,
 * hidden or closed to the tray. One timer waits for the earliest pending due time; when it fires,
 * everything due is fired and the timer re-arms, so ten thousand pending reminders cost one timer.
 * Reminders that fell due while the app was closed fire at start and show as overdue.
 */
export function createRemindersService(deps: {
  /** Who is at the desk: the signed-in profile's name, signing replies, notes, cases and reminders. */
  agentName(): string;
  db: Database.Database;
  repo: RemindersRepo;
  settings: SettingsService;
  clock: Clock;
  scheduler: Scheduler;
  events: EventBus;
  newId: IdGenerator;
}) {
  const { repo, clock, scheduler, events } = deps;
  let cancel: (() => void) | null = null;

  // One transaction for what fell due together: at start that can be hundreds, each synced alone.
  const markDueFired = deps.db.transaction((now: number) => repo.listDuePending(now).filter((r) => repo.markFired(r.id, now)).map((r) => repo.findReminder(r.id)!));

  function fireDue(): void {
    for (const r of markDueFired(clock.now())) events.emit('reminder.due', toReminder(r));
    events.emit('reminders.changed', {});
    arm();
  }

  function arm(): void {
    cancel?.();
    const next = repo.nextPendingDueAt();
    cancel = next === null ? null : scheduler.at(next, fireDue);
  }

  /**
   * Renewal reminders N days before a membership expires, once per renewal date (unique key).
   * The start-up and midnight scans read only renewals beyond the last scan's horizon; a change to
   * customers looks at those customers, and an import (no ids) at the whole lead window again.
   */
  function generateRenewals(scope: 'ahead' | 'window' | readonly string[]): number {
    const now = clock.now();
    const lead = deps.settings.read().renewalLeadDays * DAY;
    const until = now + lead;
    const covered = repo.renewalsCoveredUntil();
    const from = scope === 'ahead' && covered !== null ? Math.max(now, covered) : now;
    let made = 0;
    deps.db.transaction(() => {
      for (const m of from < until ? repo.listRenewalsDue(from, until, Array.isArray(scope) ? scope : null) : []) {
        const at = new Date(m.renewal_date - lead);
        const nineAm = new Date(at.getFullYear(), at.getMonth(), at.getDate(), 9).getTime();
        if (repo.insertReminder({ id: deps.newId(), kind: 'renewal', customer_id: m.customer_id, interaction_id: null, case_id: null, phone: m.phone, reason: '', due_at: Math.max(now, nineAm), owner: '', source_key: `renewal:${m.customer_id}:${m.renewal_date}`, now })) made++;
      }
      if (!Array.isArray(scope) && (covered === null || until > covered)) repo.setRenewalsCoveredUntil(until);
    })();
    return made;
  }

  function dailyRenewals(): void {
    generateRenewals('ahead');
    arm();
    scheduler.at(endOfLocalDay(clock.now()) + 60_000, dailyRenewals);
  }

  function find(id: string): ReminderRow {
    const r = repo.findReminder(id);
    if (!r) throw new AppError('NOT_FOUND', `No reminder with id ${id}.`, { id });
    return r;
  }
  const changed = (id: string) => {
    arm();
    events.emit('reminders.changed', {});
    return toReminder(find(id));
  };

  return {
    start(): void {
      dailyRenewals();
      fireDue();
    },
    /** Customers changed (their ids; none for an import): a renewal may now fall inside the lead time. */
    refreshRenewals(customerIds: readonly string[]): void {
      if (generateRenewals(customerIds.length > 0 ? customerIds : 'window') > 0) {
        arm();
        events.emit('reminders.changed', {});
      }
    },
    list(view: 'overdue' | 'today' | 'upcoming' | 'done', kind?: string, customerId?: string) {
      const now = clock.now();
      const k = kind ?? null;
      const c = customerId ?? null;
      const eod = endOfLocalDay(now);
      const rows =
        view === 'overdue' ? repo.listOverdue(now, k, c) : view === 'today' ? repo.listBetween(now, eod, k, c) : view === 'upcoming' ? repo.listBetween(eod, Number.MAX_SAFE_INTEGER, k, c) : repo.listDone(k, c);
      return { items: rows.map(toReminder), now };
    },
    counts() {
      const now = clock.now();
      return { overdue: repo.countOverdue(now), today: repo.countToday(now, endOfLocalDay(now)) };
    },
    create(r: { kind: 'callback' | 'follow-up' | 'custom'; customerId: string | null; interactionId: string | null; caseId?: string | null; phone: string | null; reason: string; dueAt: number }) {
      const id = deps.newId();
      repo.insertReminder({ id, kind: r.kind, customer_id: r.customerId, interaction_id: r.interactionId, case_id: r.caseId ?? null, phone: r.phone, reason: r.reason, due_at: r.dueAt, owner: deps.agentName(), source_key: null, now: clock.now() });
      return changed(id);
    },
    /** Snooze and reschedule are one move: a new due time, pending again. */
    snooze(id: string, until: number) {
      find(id);
      if (!repo.reschedule(id, until, clock.now())) throw new AppError('CONFLICT', 'This reminder is already done or cancelled.', { id });
      return changed(id);
    },
    complete(id: string, outcome: string) {
      find(id);
      if (!repo.finish(id, 'done', outcome, clock.now())) throw new AppError('CONFLICT', 'This reminder is already done or cancelled.', { id });
      return changed(id);
    },
    cancel(id: string) {
      find(id);
      if (!repo.finish(id, 'cancelled', null, clock.now())) throw new AppError('CONFLICT', 'This reminder is already done or cancelled.', { id });
      return changed(id);
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
