import type Database from 'better-sqlite3';

export interface CallRow {
  interaction_id: string; number: string; state: string; muted: number; ring_at: number; answered_at: number | null; ended_at: number | null;
  end_reason: string | null; hold_ms: number; held_since: number | null; disposition: string | null; resolved: number | null; wrapped_at: number | null;
  transferred_to: string | null; script_id: string | null; order_id: string | null; case_id: string | null;
  direction: string; customer_id: string | null; customer_name: string | null; category: string;
}

// CROSS JOIN keeps calls as the outer loop: otherwise the planner may scan every interaction.
const SELECT = `SELECT k.*, i.direction, i.customer_id, i.category, c.full_name AS customer_name
  FROM calls k CROSS JOIN interactions i ON i.id = k.interaction_id LEFT JOIN customers c ON c.id = i.customer_id`;

/** The phone's tables: one row per call beside its interaction, and the agent's status log. */
export function createCallsRepo(db: Database.Database) {
  const q = {
    insert: db.prepare(`INSERT INTO calls (interaction_id, number, state, ring_at, updated_at) VALUES (@id, @number, @state, @ring_at, @ring_at)`),
    byId: db.prepare(`${SELECT} WHERE k.interaction_id = ?`),
    // No ORDER BY: it would tempt the planner to walk every call by time instead of the few live ones.
    live: db.prepare(`${SELECT} WHERE k.state <> 'done'`),
    recent: db.prepare(`${SELECT} ORDER BY k.ring_at DESC LIMIT @limit`),
    answer: db.prepare("UPDATE calls SET state = 'connected', answered_at = @now, updated_at = @now WHERE interaction_id = @id AND state IN ('ringing', 'dialing')"),
    hold: db.prepare("UPDATE calls SET state = 'held', held_since = @now, updated_at = @now WHERE interaction_id = @id AND state = 'connected'"),
    resume: db.prepare(`UPDATE calls SET state = 'connected', hold_ms = hold_ms + (@now - held_since), held_since = NULL, updated_at = @now
      WHERE interaction_id = @id AND state = 'held'`),
    mute: db.prepare('UPDATE calls SET muted = @muted, updated_at = @now WHERE interaction_id = @id'),
    // An end while held closes the hold too, so hold seconds are never lost to a hang-up.
    end: db.prepare(`UPDATE calls SET state = @state, ended_at = @now, end_reason = @reason, muted = 0,
      hold_ms = hold_ms + CASE WHEN held_since IS NULL THEN 0 ELSE @now - held_since END, held_since = NULL,
      transferred_to = coalesce(@transferred_to, transferred_to), disposition = coalesce(@disposition, disposition),
      wrapped_at = CASE WHEN @state = 'done' THEN @now ELSE wrapped_at END, updated_at = @now
      WHERE interaction_id = @id AND state IN ('ringing', 'dialing', 'connected', 'held')`),
    wrapUp: db.prepare(`UPDATE calls SET state = 'done', disposition = @disposition, resolved = @resolved, wrapped_at = @now, updated_at = @now
      WHERE interaction_id = @id AND state = 'wrap-up'`),
    link: db.prepare(`UPDATE calls SET script_id = coalesce(@script_id, script_id), order_id = coalesce(@order_id, order_id),
      case_id = coalesce(@case_id, case_id), updated_at = @now WHERE interaction_id = @id`),
    endInteraction: db.prepare('UPDATE interactions SET ended_at = @ended_at, duration_seconds = @duration, updated_at = @ended_at WHERE id = @id'),
    wrapInteraction: db.prepare(`UPDATE interactions SET category = @category, status = @status, preview = CASE WHEN @preview = '' THEN preview ELSE @preview END,
      updated_at = @now WHERE id = @id`),
    statusNow: db.prepare('SELECT status, started_at FROM agent_status_log WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1'),
    closeStatus: db.prepare('UPDATE agent_status_log SET ended_at = @now WHERE ended_at IS NULL'),
    openStatus: db.prepare('INSERT INTO agent_status_log (status, started_at) VALUES (@status, @now)'),
    statusBetween: db.prepare(`SELECT status, max(started_at, @from) AS a, min(coalesce(ended_at, @to), @to) AS b FROM agent_status_log
      WHERE started_at < @to AND coalesce(ended_at, @to) > @from`),
  };
  return {
    insertCall: (row: { id: string; number: string; state: 'ringing' | 'dialing'; ring_at: number }) => q.insert.run(row),
    findCall: (id: string) => q.byId.get(id) as CallRow | undefined,
    listLiveCalls: () => (q.live.all() as CallRow[]).sort((a, b) => a.ring_at - b.ring_at),
    listRecentCalls: (limit: number) => q.recent.all({ limit }) as CallRow[],
    markAnswered: (id: string, now: number) => q.answer.run({ id, now }).changes > 0,
    markHeld: (id: string, now: number) => q.hold.run({ id, now }).changes > 0,
    markResumed: (id: string, now: number) => q.resume.run({ id, now }).changes > 0,
    setMuted: (id: string, muted: boolean, now: number) => q.mute.run({ id, muted: muted ? 1 : 0, now }).changes > 0,
    markEnded: (id: string, row: { state: 'wrap-up' | 'done'; reason: string; transferred_to: string | null; disposition: string | null; now: number }) =>
      q.end.run({ id, ...row }).changes > 0,
    markWrappedUp: (id: string, disposition: string, resolved: boolean, now: number) => q.wrapUp.run({ id, disposition, resolved: resolved ? 1 : 0, now }).changes > 0,
    linkCall: (id: string, links: { script_id: string | null; order_id: string | null; case_id: string | null }, now: number) => q.link.run({ id, ...links, now }).changes > 0,
    /** The call's interaction carries its end and talk time, so timelines and reports need no join. */
    recordCallEnd: (id: string, endedAt: number, talkSeconds: number) => q.endInteraction.run({ id, ended_at: endedAt, duration: talkSeconds }),
    recordWrapUp: (id: string, category: string, status: 'resolved' | 'waiting', preview: string, now: number) =>
      q.wrapInteraction.run({ id, category, status, preview, now }),
    currentStatus: () => q.statusNow.get() as { status: string; started_at: number } | undefined,
    /** Closes the open status period and opens the next one (call inside a transaction). */
    switchStatus: (status: string, now: number) => {
      q.closeStatus.run({ now });
      q.openStatus.run({ status, now });
    },
    statusPeriods: (from: number, to: number) => q.statusBetween.all({ from, to }) as { status: string; a: number; b: number }[],
  };
}
export type CallsRepo = ReturnType<typeof createCallsRepo>;
