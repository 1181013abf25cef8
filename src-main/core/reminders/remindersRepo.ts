import type Database from 'better-sqlite3';

export interface ReminderRow {
  id: string; kind: string; customer_id: string | null; customer_name: string | null; interaction_id: string | null; case_id: string | null;
  phone: string | null; reason: string; due_at: number; owner: string; status: string; fired_at: number | null; outcome: string | null;
}

export interface RenewalDue {
  customer_id: string; renewal_date: number; phone: string | null;
}

const SELECT = `SELECT r.*, c.full_name AS customer_name FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id`;
/** Memberships with their first phone, for renewal reminders; a WHERE condition follows. */
const RENEWALS = `SELECT m.customer_id, m.renewal_date, (SELECT raw FROM customer_phones p WHERE p.customer_id = m.customer_id ORDER BY position LIMIT 1) AS phone
  FROM memberships m WHERE`;
/** No reminder for that renewal date yet (the reminders' unique source key). */
const NO_REMINDER_YET = `NOT EXISTS (SELECT 1 FROM reminders r WHERE r.source_key = 'renewal:' || m.customer_id || ':' || m.renewal_date)`;

export function createRemindersRepo(db: Database.Database) {
  const q = {
    insert: db.prepare(`INSERT OR IGNORE INTO reminders (id, kind, customer_id, interaction_id, case_id, phone, reason, due_at, owner, status, source_key, created_at, updated_at)
      VALUES (@id, @kind, @customer_id, @interaction_id, @case_id, @phone, @reason, @due_at, @owner, 'pending', @source_key, @now, @now)`),
    byId: db.prepare(`${SELECT} WHERE r.id = ?`),
    nextDue: db.prepare("SELECT min(due_at) FROM reminders WHERE status = 'pending'").pluck(),
    due: db.prepare(`${SELECT} WHERE r.status = 'pending' AND r.due_at <= ? ORDER BY r.due_at LIMIT 500`),
    markFired: db.prepare("UPDATE reminders SET status = 'fired', fired_at = @now, updated_at = @now WHERE id = @id AND status = 'pending'"),
    reschedule: db.prepare("UPDATE reminders SET status = 'pending', due_at = @due, fired_at = NULL, updated_at = @now WHERE id = @id AND status IN ('pending', 'fired')"),
    finish: db.prepare("UPDATE reminders SET status = @status, outcome = @outcome, updated_at = @now WHERE id = @id AND status IN ('pending', 'fired')"),
    overdue: db.prepare(`${SELECT} WHERE r.status IN ('pending', 'fired') AND r.due_at <= @now AND (@kind IS NULL OR r.kind = @kind) AND (@customer IS NULL OR r.customer_id = @customer) ORDER BY r.due_at LIMIT 1000`),
    between: db.prepare(`${SELECT} WHERE r.status = 'pending' AND r.due_at > @from AND r.due_at <= @to AND (@kind IS NULL OR r.kind = @kind) AND (@customer IS NULL OR r.customer_id = @customer) ORDER BY r.due_at LIMIT 1000`),
    done: db.prepare(`${SELECT} WHERE r.status IN ('done', 'cancelled') AND (@kind IS NULL OR r.kind = @kind) AND (@customer IS NULL OR r.customer_id = @customer) ORDER BY r.updated_at DESC LIMIT 500`),
    // Capped: the badge says "999+" past that, and counting tens of thousands of entries cost a millisecond per look.
    countOverdue: db.prepare("SELECT count(*) FROM (SELECT 1 FROM reminders WHERE status IN ('pending', 'fired') AND due_at <= ? LIMIT 1000)").pluck(),
    countToday: db.prepare("SELECT count(*) FROM reminders WHERE status = 'pending' AND due_at > ? AND due_at <= ?").pluck(),
    // Two statements, not one with "@ids IS NULL OR …": each keeps its own plan (the renewal-date
    // range for everyone, the customers' keys for a few).
    renewalsDue: db.prepare(`${RENEWALS} m.renewal_date > @from AND m.renewal_date <= @until AND ${NO_REMINDER_YET}`),
    renewalsDueFor: db.prepare(`${RENEWALS} m.customer_id IN (SELECT value FROM json_each(@ids)) AND m.renewal_date > @from AND m.renewal_date <= @until AND ${NO_REMINDER_YET}`),
    renewalsCoveredUntil: db.prepare('SELECT covered_until FROM renewal_scan WHERE id = 1').pluck(),
    setRenewalsCoveredUntil: db.prepare('INSERT INTO renewal_scan (id, covered_until) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET covered_until = excluded.covered_until'),
  };
  return {
    insertReminder: (row: { id: string; kind: string; customer_id: string | null; interaction_id: string | null; case_id: string | null; phone: string | null; reason: string; due_at: number; owner: string; source_key: string | null; now: number }) =>
      q.insert.run(row).changes > 0,
    findReminder: (id: string) => q.byId.get(id) as ReminderRow | undefined,
    nextPendingDueAt: () => q.nextDue.get() as number | null,
    listDuePending: (now: number) => q.due.all(now) as ReminderRow[],
    markFired: (id: string, now: number) => q.markFired.run({ id, now }).changes > 0,
    reschedule: (id: string, due: number, now: number) => q.reschedule.run({ id, due, now }).changes > 0,
    finish: (id: string, status: 'done' | 'cancelled', outcome: string | null, now: number) => q.finish.run({ id, status, outcome, now }).changes > 0,
    listOverdue: (now: number, kind: string | null, customer: string | null) => q.overdue.all({ now, kind, customer }) as ReminderRow[],
    listBetween: (from: number, to: number, kind: string | null, customer: string | null) => q.between.all({ from, to, kind, customer }) as ReminderRow[],
    listDone: (kind: string | null, customer: string | null) => q.done.all({ kind, customer }) as ReminderRow[],
    /** Overdue reminders, counted up to 1000. */
    countOverdue: (now: number) => q.countOverdue.get(now) as number,
    countToday: (now: number, endOfDay: number) => q.countToday.get(now, endOfDay) as number,
    /** Renewals in (from, until] without their reminder, of the given customers or (null) of everyone. */
    listRenewalsDue: (from: number, until: number, customerIds: readonly string[] | null) =>
      (customerIds ? q.renewalsDueFor.all({ ids: JSON.stringify(customerIds), from, until }) : q.renewalsDue.all({ from, until })) as RenewalDue[],
    renewalsCoveredUntil: () => (q.renewalsCoveredUntil.get() as number | undefined) ?? null,
    setRenewalsCoveredUntil: (until: number) => q.setRenewalsCoveredUntil.run(until),
  };
}
export type RemindersRepo = ReturnType<typeof createRemindersRepo>;
