import { CASE_GRADES } from '../../contract/cases';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../../contract/primitives';
import type { ReportSummary, Rising } from '../../contract/reports';
import { phrasesOf, risingPhrases } from './phrases';
import type { ReportsRepo } from './reportsRepo';

const DAY = 86_400_000;
type Range = { from: number; to: number; tzOffsetMinutes: number };

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (x: number | null, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const isoDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

/** The report figures (defined in the README's Reports section) and the rising-issue detector. */
export function createReportsService(deps: { repo: ReportsRepo; statusTotals(from: number, to: number): Record<string, number> }) {
  const { repo } = deps;

  function summary(range: Range): ReportSummary {
    const r = { from: range.from, to: range.to, tz: range.tzOffsetMinutes * 60_000 };
    const byChannel = repo.countByChannel(r);
    const byHour = Array.from({ length: 24 }, () => 0);
    for (const h of repo.countByLocalHour(r)) byHour[h.h] = h.n;

    const frt = new Map<string, number[]>();
    for (const row of repo.listFirstResponseSeconds(r)) (frt.get(row.channel) ?? frt.set(row.channel, []).get(row.channel)!).push(row.s);
    const sla = new Map(repo.slaByChannel(r).map((s) => [s.channel, s]));
    const frChannels = CHANNELS.filter((c) => frt.has(c) || sla.has(c));

    const calls = repo.callFigures(r);
    const handle = calls.talk === null ? null : (calls.talk ?? 0) + (calls.hold ?? 0) + (calls.acw ?? 0);
    const res = repo.resolutionFigures(r);
    const events = repo.countCaseEvents(r);
    const eventCount = (kind: string, to?: string) => events.filter((e) => e.kind === kind && (to === undefined || e.to_value === to)).reduce((a, e) => a + e.n, 0);
    const grades = new Map(repo.caseHandlingByGrade(r).map((g) => [g.grade, g]));
    const sat = repo.listSatisfaction(r);
    const avgBy = (key: 'channel' | 'owner') => {
      const m = new Map<string, number[]>();
      for (const s of sat) (m.get(s[key]) ?? m.set(s[key], []).get(s[key])!).push(s.satisfaction);
      return [...m].map(([k, v]) => ({ k, count: v.length, average: round(v.reduce((a, b) => a + b, 0) / v.length, 2)! })).sort((a, b) => b.count - a.count || (a.k < b.k ? -1 : 1));
    };
    const follow = repo.followUpFigures(r);

    return {
      from: range.from,
      to: range.to,
      volume: {
        total: byChannel.reduce((a, c) => a + c.n, 0),
        byChannel: byChannel.map((c) => ({ channel: c.channel as Channel, count: c.n })).sort((a, b) => b.count - a.count),
        byCategory: repo.countByCategory(r).map((c) => ({ category: c.category as Category, count: c.n })).sort((a, b) => b.count - a.count),
        byHour,
        byDay: repo.countByLocalDay(r).map((d) => ({ day: isoDay(d.d), count: d.n })),
      },
      firstResponse: frChannels.map((channel) => {
        const list = frt.get(channel) ?? [];
        return {
          channel,
          count: list.length,
          avgSeconds: round(list.length ? list.reduce((a, b) => a + b, 0) / list.length : null),
          p50Seconds: round(percentile(list, 50)),
          p90Seconds: round(percentile(list, 90)),
          slaTotal: sla.get(channel)?.total ?? 0,
          slaMet: sla.get(channel)?.met ?? 0,
        };
      }),
      calls: {
        inbound: calls.inbound ?? 0, outbound: calls.outbound ?? 0, answered: calls.answered ?? 0, abandoned: calls.abandoned ?? 0,
        avgTalkSeconds: round(calls.talk), avgHoldSeconds: round(calls.hold), avgAfterCallSeconds: round(calls.acw), avgHandleSeconds: round(handle),
      },
      resolution: { total: res.total, resolved: res.resolved ?? 0, firstContactResolved: res.fcr ?? 0 },
      cases: {
        opened: repo.countCasesOpened(r),
        closed: eventCount('status', 'closed'),
        reopened: eventCount('reopened'),
        breaches: eventCount('breach'),
        byGrade: CASE_GRADES.map((grade) => ({ grade, resolved: grades.get(grade)?.n ?? 0, avgHandlingHours: round(grades.get(grade)?.hours ?? null) })),
      },
      satisfaction: {
        count: sat.length,
        average: round(sat.length ? sat.reduce((a, s) => a + s.satisfaction, 0) / sat.length : null, 2),
        satisfied: sat.filter((s) => s.satisfaction >= 4).length,
        byChannel: avgBy('channel').map((x) => ({ channel: x.k as Channel, count: x.count, average: x.average })),
        byAgent: avgBy('owner').map((x) => ({ agent: x.k, count: x.count, average: x.average })),
      },
      followUps: { due: follow.due, done: follow.done ?? 0, doneOnTime: follow.on_time ?? 0 },
      agentStatus: deps.statusTotals(range.from, range.to) as ReportSummary['agentStatus'],
    };
  }

  /** Rising phrases, categories and channels whose SLA attainment fell, against the period just before. */
  function rising(range: Range): Rising {
    const span = range.to - range.from;
    const prev = { from: range.from - span, to: range.from, tz: 0 };
    const cur = { from: range.from, to: range.to, tz: 0 };
    // A sample large enough for trends at any desk size, bounded so 30 days stays fast.
    const LIMIT = 20_000;
    const count = (texts: { body: string }[]) => {
      const m = new Map<string, number>();
      for (const t of texts) for (const p of phrasesOf(t.body)) m.set(p, (m.get(p) ?? 0) + 1);
      return m;
    };
    const nowTexts = repo.listInboundTexts(cur, LIMIT);
    const phrases = risingPhrases(count(nowTexts), count(repo.listInboundTexts(prev, LIMIT))).map((p) => {
      const examples = nowTexts.filter((t) => t.body.toLowerCase().includes(p.text)).slice(0, 3);
      return { ...p, examples: examples.map((e) => ({ interactionId: e.id, customerName: e.full_name, snippet: snippetAround(e.body, p.text) })) };
    });
    const catNow = new Map(repo.countByCategory(cur).map((c) => [c.category, c.n]));
    const catBefore = new Map(repo.countByCategory(prev).map((c) => [c.category, c.n]));
    const categories = CATEGORIES.map((category) => ({ category, count: catNow.get(category) ?? 0, previous: catBefore.get(category) ?? 0 }))
      .filter((c) => c.count >= 3 && c.count >= 1.5 * (c.previous + 1));
    const slaNow = new Map(repo.slaByChannel(cur).map((s) => [s.channel, s]));
    const slaBefore = new Map(repo.slaByChannel(prev).map((s) => [s.channel, s]));
    const share = (s: { total: number; met: number } | undefined) => (s && s.total > 0 ? s.met / s.total : null);
    const slaFell = CHANNELS.flatMap((channel) => {
      const a = share(slaNow.get(channel));
      const b = share(slaBefore.get(channel));
      return a !== null && b !== null && b - a >= 0.05 ? [{ channel, now: round(a, 3)!, before: round(b, 3)! }] : [];
    });
    return { phrases, categories, slaFell };
  }

  return { summary, rising };
}

function snippetAround(body: string, needle: string): string {
  const at = body.toLowerCase().indexOf(needle);
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${body.slice(start, at + needle.length + 50).replace(/\s+/g, ' ')}${at + needle.length + 50 < body.length ? '…' : ''}`;
}
export type ReportsService = ReturnType<typeof createReportsService>;
