import type Database from 'better-sqlite3';

const DAY = 86_400_000;
const IN_PERIOD = 'started_at >= @from AND started_at < @to';

/**
 * The report figures, each one SQL aggregate over an indexed time range. Local hours and days come
 * from the caller's UTC offset (@tz, in ms), so "09:00" means the agent's nine o'clock.
 */
export function createReportsRepo(db: Database.Database) {
  const q = {
    byChannel: db.prepare(`SELECT channel, count(*) AS n FROM interactions WHERE ${IN_PERIOD} GROUP BY channel`),
    byCategory: db.prepare(`SELECT category, count(*) AS n FROM interactions WHERE ${IN_PERIOD} GROUP BY category`),
    byHour: db.prepare(`SELECT ((started_at + CAST(@tz AS INTEGER)) / 3600000) % 24 AS h, count(*) AS n FROM interactions WHERE ${IN_PERIOD} GROUP BY h`),
    byDay: db.prepare(`SELECT (started_at + CAST(@tz AS INTEGER)) / ${DAY} AS d, count(*) AS n FROM interactions WHERE ${IN_PERIOD} GROUP BY d ORDER BY d`),
    firstResponses: db.prepare(`SELECT channel, (first_response_at - started_at) / 1000.0 AS s FROM interactions
      WHERE ${IN_PERIOD} AND first_response_at IS NOT NULL AND direction = 'inbound' ORDER BY channel, s`),
    // An SLA counts once decided: answered (met if never breached) or breached while waiting.
    sla: db.prepare(`SELECT channel, count(*) AS total, sum(sla_breached_at IS NULL) AS met FROM interactions
      WHERE ${IN_PERIOD} AND direction = 'inbound' AND sla_due_at IS NOT NULL AND (first_response_at IS NOT NULL OR sla_breached_at IS NOT NULL)
      GROUP BY channel`),
    calls: db.prepare(`SELECT
        sum(i.direction = 'inbound') AS inbound, sum(i.direction = 'outbound') AS outbound,
        sum(k.answered_at IS NOT NULL) AS answered,
        sum(i.direction = 'inbound' AND k.answered_at IS NULL AND k.end_reason IN ('missed', 'customer-hangup')) AS abandoned,
        avg(CASE WHEN k.answered_at IS NOT NULL THEN i.duration_seconds END) AS talk,
        avg(CASE WHEN k.answered_at IS NOT NULL THEN k.hold_ms / 1000.0 END) AS hold,
        avg(CASE WHEN k.answered_at IS NOT NULL AND k.wrapped_at IS NOT NULL THEN (k.wrapped_at - k.ended_at) / 1000.0 END) AS acw
      FROM calls k CROSS JOIN interactions i ON i.id = k.interaction_id WHERE k.ring_at >= @from AND k.ring_at < @to AND k.ended_at IS NOT NULL`),
    // First contact resolution: resolved, and the same customer did not come back on the same matter within 7 days.
    resolution: db.prepare(`SELECT count(*) AS total, sum(i.status = 'resolved') AS resolved,
        sum(i.status = 'resolved' AND NOT EXISTS (SELECT 1 FROM interactions j WHERE j.customer_id = i.customer_id AND j.category = i.category
          AND j.started_at > i.started_at AND j.started_at <= i.started_at + ${7 * DAY} AND j.id <> i.id)) AS fcr
      FROM interactions i WHERE i.started_at >= @from AND i.started_at < @to`),
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
    // Per agent (the author of replies), or for the whole team when @team = 1: one statement, two groupings.
    agentReplies: db.prepare(`SELECT CASE WHEN @team = 1 THEN '' ELSE m.author END AS agent, count(DISTINCT m.interaction_id) AS handled, count(*) AS replies,
        count(DISTINCT CASE WHEN i.status = 'resolved' THEN i.id END) AS resolved
      FROM interactions i CROSS JOIN messages m ON m.interaction_id = i.id
      WHERE i.started_at >= @from AND i.started_at < @to AND m.direction = 'outbound' AND m.author <> ''
      GROUP BY 1`),
    agentFirstReplies: db.prepare(`SELECT CASE WHEN @team = 1 THEN '' ELSE f.author END AS agent, count(*) AS n, avg((i.first_response_at - i.started_at) / 1000.0) AS seconds,
        sum(i.sla_due_at IS NOT NULL) AS sla_total, sum(i.sla_due_at IS NOT NULL AND i.sla_breached_at IS NULL) AS sla_met
      FROM interactions i CROSS JOIN messages f ON f.id = (SELECT id FROM messages WHERE interaction_id = i.id AND direction = 'outbound' ORDER BY sent_at, id LIMIT 1)
      WHERE i.started_at >= @from AND i.started_at < @to AND i.direction = 'inbound' AND i.first_response_at IS NOT NULL AND f.author <> ''
      GROUP BY 1`),
    agentCases: db.prepare(`SELECT CASE WHEN @team = 1 THEN '' ELSE owner END AS agent, count(*) AS closed, count(satisfaction) AS sat_n, avg(satisfaction) AS sat
      FROM cases WHERE closed_at >= @from AND closed_at < @to AND owner <> '' GROUP BY 1`),
    voiceCases: db.prepare(`SELECT c.id, c.number, c.type, c.title, c.description, c.satisfaction, c.satisfaction_comment, cu.full_name,
        (SELECT o.items_summary FROM case_orders co CROSS JOIN orders o ON o.id = co.order_id WHERE co.case_id = c.id ORDER BY o.ordered_at DESC LIMIT 1) AS product
      FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id
      WHERE c.created_at >= @from AND c.created_at < @to ORDER BY c.created_at DESC LIMIT @limit`),
  };
  type P = { from: number; to: number; tz?: number };
  const p = (r: P) => ({ from: r.from, to: r.to, tz: r.tz ?? 0 });
  return {
    countByChannel: (r: P) => q.byChannel.all(p(r)) as { channel: string; n: number }[],
    countByCategory: (r: P) => q.byCategory.all(p(r)) as { category: string; n: number }[],
    countByLocalHour: (r: P) => q.byHour.all(p(r)) as { h: number; n: number }[],
    countByLocalDay: (r: P) => q.byDay.all(p(r)) as { d: number; n: number }[],
    listFirstResponseSeconds: (r: P) => q.firstResponses.all(p(r)) as { channel: string; s: number }[],
    slaByChannel: (r: P) => q.sla.all(p(r)) as { channel: string; total: number; met: number }[],
    callFigures: (r: P) => q.calls.get(p(r)) as { inbound: number | null; outbound: number | null; answered: number | null; abandoned: number | null; talk: number | null; hold: number | null; acw: number | null },
    resolutionFigures: (r: P) => q.resolution.get(p(r)) as { total: number; resolved: number | null; fcr: number | null },
    countCasesOpened: (r: P) => q.casesOpened.get(p(r)) as number,
    countCaseEvents: (r: P) => q.caseEvents.all(p(r)) as { kind: string; to_value: string | null; n: number }[],
    caseHandlingByGrade: (r: P) => q.casesByGrade.all(p(r)) as { grade: string; n: number; hours: number | null }[],
    listSatisfaction: (r: P) => q.satisfactionRows.all(p(r)) as { channel: string; owner: string; satisfaction: number }[],
    followUpFigures: (r: P) => q.followUps.get(p(r)) as { due: number; done: number | null; on_time: number | null },
    listInboundTexts: (r: P, limit: number) => q.inboundTexts.all({ ...p(r), limit }) as { id: string; category: string; full_name: string | null; body: string }[],
    listAgentReplies: (r: P, team: boolean) => q.agentReplies.all({ ...p(r), team: team ? 1 : 0 }) as { agent: string; handled: number; replies: number; resolved: number }[],
    listAgentFirstReplies: (r: P, team: boolean) =>
      q.agentFirstReplies.all({ ...p(r), team: team ? 1 : 0 }) as { agent: string; n: number; seconds: number | null; sla_total: number; sla_met: number }[],
    listAgentCases: (r: P, team: boolean) => q.agentCases.all({ ...p(r), team: team ? 1 : 0 }) as { agent: string; closed: number; sat_n: number; sat: number | null }[],
    listVoiceCases: (r: P, limit: number) =>
      q.voiceCases.all({ ...p(r), limit }) as {
        id: string; number: string; type: string; title: string; description: string; satisfaction: number | null; satisfaction_comment: string; full_name: string | null; product: string | null;
      }[],
  };
}
export type ReportsRepo = ReturnType<typeof createReportsRepo>;
