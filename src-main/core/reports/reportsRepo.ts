import type Database from 'better-sqlite3';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A range's conversations as figure rows: whole hours from the rollup (report_hours, kept by
 * triggers), the partial hours at either edge row by row (the interaction_figures view). The
 * caller splits the range: [from, a) and [b, to) row by row, [a, b) from whole hours.
 */
const FIGURES = `(
  SELECT at, channel, category, contacts, resolved, first_contact_resolved, sla_decided, sla_met, responses, response_ms
    FROM interaction_figures WHERE at >= @from AND at < @a
  UNION ALL
  SELECT hour * ${HOUR}, channel, category, contacts, resolved, first_contact_resolved, sla_decided, sla_met, responses, response_ms
    FROM report_hours WHERE hour >= @hourA AND hour < @hourB
  UNION ALL
  SELECT at, channel, category, contacts, resolved, first_contact_resolved, sla_decided, sla_met, responses, response_ms
    FROM interaction_figures WHERE at >= @b AND at < @to)`;
const AGENT_SUMS = ['handled', 'replies', 'resolved', 'first_replies', 'first_reply_ms', 'sla_total', 'sla_met'].map((c) => `sum(${c}) AS ${c}`).join(', ');
const RESPONSE_SECONDS = `(
  SELECT channel, response_second AS seconds, 1 AS n FROM interaction_figures WHERE at >= @from AND at < @a AND response_second IS NOT NULL
  UNION ALL
  SELECT channel, seconds, n FROM report_response_seconds WHERE hour >= @hourA AND hour < @hourB
  UNION ALL
  SELECT channel, response_second, 1 FROM interaction_figures WHERE at >= @b AND at < @to AND response_second IS NOT NULL)`;

/**
 * The report figures, each one SQL aggregate over an indexed time range. Local hours and days come
 * from the caller's UTC offset (@tz, in ms), so "09:00" means the agent's nine o'clock.
 */
export function createReportsRepo(db: Database.Database) {
  const q = {
    byChannelCategory: db.prepare(`SELECT channel, category, sum(contacts) AS contacts, sum(resolved) AS resolved, sum(first_contact_resolved) AS fcr,
        sum(sla_decided) AS sla_decided, sum(sla_met) AS sla_met, sum(responses) AS responses, sum(response_ms) AS response_ms
      FROM ${FIGURES} GROUP BY channel, category HAVING sum(contacts) > 0`),
    byHour: db.prepare(`SELECT ((at + CAST(@tz AS INTEGER)) / ${HOUR}) % 24 AS h, sum(contacts) AS n FROM ${FIGURES} GROUP BY h HAVING n > 0`),
    byDay: db.prepare(`SELECT (at + CAST(@tz AS INTEGER)) / ${DAY} AS d, sum(contacts) AS n FROM ${FIGURES} GROUP BY d HAVING n > 0 ORDER BY d`),
    responseSeconds: db.prepare(`SELECT channel, seconds, sum(n) AS n FROM ${RESPONSE_SECONDS} GROUP BY channel, seconds HAVING sum(n) > 0 ORDER BY channel, seconds`),
    calls: db.prepare(`SELECT
        sum(i.direction = 'inbound') AS inbound, sum(i.direction = 'outbound') AS outbound,
        sum(k.answered_at IS NOT NULL) AS answered,
        sum(i.direction = 'inbound' AND k.answered_at IS NULL AND k.end_reason IN ('missed', 'customer-hangup')) AS abandoned,
        avg(CASE WHEN k.answered_at IS NOT NULL THEN i.duration_seconds END) AS talk,
        avg(CASE WHEN k.answered_at IS NOT NULL THEN k.hold_ms / 1000.0 END) AS hold,
        avg(CASE WHEN k.answered_at IS NOT NULL AND k.wrapped_at IS NOT NULL THEN (k.wrapped_at - k.ended_at) / 1000.0 END) AS acw
      FROM calls k CROSS JOIN interactions i ON i.id = k.interaction_id WHERE k.ring_at >= @from AND k.ring_at < @to AND k.ended_at IS NOT NULL`),
    casesOpened: db.prepare('SELECT count(*) FROM cases WHERE created_at >= @from AND created_at < @to').pluck(),
    caseEvents: db.prepare(`SELECT kind, to_value, count(*) AS n FROM case_events WHERE kind IN ('status', 'reopened', 'breach') AND at >= @from AND at < @to GROUP BY kind, to_value`),
    casesByGrade: db.prepare(`SELECT grade, count(*) AS n, avg((resolved_at - created_at) / 3600000.0) AS hours FROM cases
      WHERE resolved_at >= @from AND resolved_at < @to GROUP BY grade`),
    satisfactionRows: db.prepare(`SELECT channel, owner, satisfaction FROM cases WHERE satisfaction IS NOT NULL AND closed_at >= @from AND closed_at < @to`),
    followUps: db.prepare(`SELECT count(*) AS due, sum(status = 'done') AS done, sum(status = 'done' AND updated_at <= due_at + 900000) AS on_time
      FROM reminders WHERE kind IN ('callback', 'follow-up') AND due_at >= @from AND due_at < @to AND status <> 'cancelled'`),
    inboundTexts: db.prepare(`SELECT i.id, i.category, c.full_name, m.body FROM interactions i CROSS JOIN messages m ON m.interaction_id = i.id
      LEFT JOIN customers c ON c.id = i.customer_id
      WHERE i.started_at >= @from AND i.started_at < @to AND m.direction = 'inbound' LIMIT @limit`),
    // Per agent (the author of replies), or the whole team (agent ''): whole hours from the rollup, edges row by row.
    agentFigures: db.prepare(`SELECT agent, ${AGENT_SUMS} FROM (
        SELECT * FROM agent_figures WHERE at >= @from AND at < @a
        UNION ALL
        SELECT hour * ${HOUR}, agent, handled, replies, resolved, first_replies, first_reply_ms, sla_total, sla_met FROM report_agent_hours WHERE hour >= @hourA AND hour < @hourB
        UNION ALL
        SELECT * FROM agent_figures WHERE at >= @b AND at < @to)
      WHERE (agent = '') = (@team = 1) GROUP BY agent HAVING sum(handled) > 0`),
    agentCases: db.prepare(`SELECT CASE WHEN @team = 1 THEN '' ELSE owner END AS agent, count(*) AS closed, count(satisfaction) AS sat_n, avg(satisfaction) AS sat
      FROM cases WHERE closed_at >= @from AND closed_at < @to AND owner <> '' GROUP BY 1`),
    voiceCases: db.prepare(`SELECT c.id, c.number, c.type, c.title, c.description, c.satisfaction, c.satisfaction_comment, cu.full_name,
        (SELECT o.items_summary FROM case_orders co CROSS JOIN orders o ON o.id = co.order_id WHERE co.case_id = c.id ORDER BY o.ordered_at DESC LIMIT 1) AS product
      FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id
      WHERE c.created_at >= @from AND c.created_at < @to ORDER BY c.created_at DESC LIMIT @limit`),
  };
  type P = { from: number; to: number; tz?: number };
  const p = (r: P) => ({ from: r.from, to: r.to, tz: r.tz ?? 0 });
  /**
   * Whole hours inside the range come from the rollup. With wholeHoursLocal, only when the UTC
   * offset is whole hours too: an hour's local hour and day are then its own (UTC+5:30 reads rows).
   */
  const split = (r: P, wholeHoursLocal = false) => {
    const a = Math.ceil(r.from / HOUR) * HOUR;
    const b = Math.floor(r.to / HOUR) * HOUR;
    const whole = a < b && (!wholeHoursLocal || (r.tz ?? 0) % HOUR === 0);
    return { ...p(r), a: whole ? a : r.to, b: whole ? b : r.to, hourA: whole ? a / HOUR : 0, hourB: whole ? b / HOUR : 0 };
  };
  return {
    /** The period's conversations by channel and category: volume, resolution, SLA and response-time sums. */
    figuresByChannelCategory: (r: P) =>
      q.byChannelCategory.all(split(r)) as {
        channel: string; category: string; contacts: number; resolved: number; fcr: number; sla_decided: number; sla_met: number; responses: number; response_ms: number;
      }[],
    countByLocalHour: (r: P) => q.byHour.all(split(r, true)) as { h: number; n: number }[],
    countByLocalDay: (r: P) => q.byDay.all(split(r, true)) as { d: number; n: number }[],
    /** First-response times of inbound conversations, to the whole second, with how many took each, ascending per channel. */
    responseSecondsByChannel: (r: P) => q.responseSeconds.all(split(r)) as { channel: string; seconds: number; n: number }[],
    callFigures: (r: P) => q.calls.get(p(r)) as { inbound: number | null; outbound: number | null; answered: number | null; abandoned: number | null; talk: number | null; hold: number | null; acw: number | null },
    countCasesOpened: (r: P) => q.casesOpened.get(p(r)) as number,
    countCaseEvents: (r: P) => q.caseEvents.all(p(r)) as { kind: string; to_value: string | null; n: number }[],
    caseHandlingByGrade: (r: P) => q.casesByGrade.all(p(r)) as { grade: string; n: number; hours: number | null }[],
    listSatisfaction: (r: P) => q.satisfactionRows.all(p(r)) as { channel: string; owner: string; satisfaction: number }[],
    followUpFigures: (r: P) => q.followUps.get(p(r)) as { due: number; done: number | null; on_time: number | null },
    listInboundTexts: (r: P, limit: number) => q.inboundTexts.all({ ...p(r), limit }) as { id: string; category: string; full_name: string | null; body: string }[],
    listAgentFigures: (r: P, team: boolean) =>
      q.agentFigures.all({ ...split(r), team: team ? 1 : 0 }) as {
        agent: string; handled: number; replies: number; resolved: number; first_replies: number; first_reply_ms: number; sla_total: number; sla_met: number;
      }[],
    listAgentCases: (r: P, team: boolean) => q.agentCases.all({ ...p(r), team: team ? 1 : 0 }) as { agent: string; closed: number; sat_n: number; sat: number | null }[],
    listVoiceCases: (r: P, limit: number) =>
      q.voiceCases.all({ ...p(r), limit }) as {
        id: string; number: string; type: string; title: string; description: string; satisfaction: number | null; satisfaction_comment: string; full_name: string | null; product: string | null;
      }[],
  };
}
export type ReportsRepo = ReturnType<typeof createReportsRepo>;
