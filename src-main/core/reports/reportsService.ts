import { CASE_GRADES } from '../../contract/cases';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../../contract/primitives';
import type { AgentFigures, MyDay, ReportAgents, ReportSummary, Rising, Voice } from '../../contract/reports';
import { phrasesOf, risingPhrases } from './phrases';
import type { ReportsRepo } from './reportsRepo';

const DAY = 86_400_000;
type Range = { from: number; to: number; tzOffsetMinutes: number };

type FigureRow = ReturnType<ReportsRepo['figuresByChannelCategory']>[number];
type Totals = Pick<FigureRow, 'contacts' | 'sla_decided' | 'sla_met' | 'responses' | 'response_ms'>;

/** The period's figure rows summed by channel or by category. */
function totalsBy(rows: readonly FigureRow[], key: 'channel' | 'category'): Map<string, Totals> {
  const m = new Map<string, Totals>();
  for (const row of rows) {
    const t = m.get(row[key]) ?? m.set(row[key], { contacts: 0, sla_decided: 0, sla_met: 0, responses: 0, response_ms: 0 }).get(row[key])!;
    t.contacts += row.contacts;
    t.sla_decided += row.sla_decided;
    t.sla_met += row.sla_met;
    t.responses += row.responses;
    t.response_ms += row.response_ms;
  }
  return m;
}

/** Nearest-rank percentile of a histogram of whole seconds (ascending, with how many took each). */
export function histogramPercentile(histogram: readonly { seconds: number; n: number }[], p: number): number | null {
  const total = histogram.reduce((a, h) => a + h.n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const h of histogram) if ((seen += h.n) >= rank) return h.seconds;
  return histogram.at(-1)!.seconds;
}
const round = (x: number | null, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const isoDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const emptyFigures: AgentFigures = { agent: '', handled: 0, replies: 0, resolved: 0, firstReplies: 0, avgFirstResponseSeconds: null, slaTotal: 0, slaMet: 0, casesClosed: 0, satisfactionCount: 0, satisfactionAverage: null };

/** The report figures (defined in the README's Reports section) and the rising-issue detector. */
export function createReportsService(deps: {
  repo: ReportsRepo;
  statusTotals(from: number, to: number): Record<string, number>;
  /** The name replies are signed with at this desk now: the signed-in profile's. */
  currentAgent(): string;
}) {
  const { repo } = deps;

  function summary(range: Range): ReportSummary {
    const r = { from: range.from, to: range.to, tz: range.tzOffsetMinutes * 60_000 };
    const rows = repo.figuresByChannelCategory(r);
    const byChannel = totalsBy(rows, 'channel');
    const byHour = Array.from({ length: 24 }, () => 0);
    for (const h of repo.countByLocalHour(r)) byHour[h.h] = h.n;

    const histograms = new Map<string, { seconds: number; n: number }[]>();
    for (const row of repo.responseSecondsByChannel(r)) (histograms.get(row.channel) ?? histograms.set(row.channel, []).get(row.channel)!).push(row);
    const frChannels = CHANNELS.filter((c) => (byChannel.get(c)?.responses ?? 0) > 0 || (byChannel.get(c)?.sla_decided ?? 0) > 0);
    const calls = repo.callFigures(r);
    const handle = calls.talk === null ? null : (calls.talk ?? 0) + (calls.hold ?? 0) + (calls.acw ?? 0);
    const sum = (k: 'contacts' | 'resolved' | 'fcr') => rows.reduce((a, row) => a + row[k], 0);
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
        total: sum('contacts'),
        byChannel: [...byChannel].map(([channel, c]) => ({ channel: channel as Channel, count: c.contacts })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
        byCategory: [...totalsBy(rows, 'category')].map(([category, c]) => ({ category: category as Category, count: c.contacts })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
        byHour,
        byDay: repo.countByLocalDay(r).map((d) => ({ day: isoDay(d.d), count: d.n })),
      },
      firstResponse: frChannels.map((channel) => {
        const c = byChannel.get(channel)!;
        const histogram = histograms.get(channel) ?? [];
        return {
          channel,
          count: c.responses,
          avgSeconds: round(c.responses ? c.response_ms / 1000 / c.responses : null),
          p50Seconds: histogramPercentile(histogram, 50),
          p90Seconds: histogramPercentile(histogram, 90),
          slaTotal: c.sla_decided,
          slaMet: c.sla_met,
        };
      }),
      calls: {
        inbound: calls.inbound ?? 0, outbound: calls.outbound ?? 0, answered: calls.answered ?? 0, abandoned: calls.abandoned ?? 0,
        avgTalkSeconds: round(calls.talk), avgHoldSeconds: round(calls.hold), avgAfterCallSeconds: round(calls.acw), avgHandleSeconds: round(handle),
      },
      resolution: { total: sum('contacts'), resolved: sum('resolved'), firstContactResolved: sum('fcr') },
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
    const totals = (range: typeof cur) => {
      const rows = repo.figuresByChannelCategory(range);
      return { categories: totalsBy(rows, 'category'), sla: totalsBy(rows, 'channel') };
    };
    const now = totals(cur);
    const before = totals(prev);
    const categories = CATEGORIES.map((category) => ({ category, count: now.categories.get(category)?.contacts ?? 0, previous: before.categories.get(category)?.contacts ?? 0 }))
      .filter((c) => c.count >= 3 && c.count >= 1.5 * (c.previous + 1));
    const share = (s: Totals | undefined) => (s && s.sla_decided > 0 ? s.sla_met / s.sla_decided : null);
    const slaFell = CHANNELS.flatMap((channel) => {
      const a = share(now.sla.get(channel));
      const b = share(before.sla.get(channel));
      return a !== null && b !== null && b - a >= 0.05 ? [{ channel, now: round(a, 3)!, before: round(b, 3)! }] : [];
    });
    return { phrases, categories, slaFell };
  }

  /** Each agent's figures (keyed by name), or the team's under the key '' when team is true. */
  function figuresByAgent(range: Range, team: boolean): Map<string, AgentFigures> {
    const r = { from: range.from, to: range.to };
    const out = new Map<string, AgentFigures>();
    const of = (agent: string) =>
      out.get(agent) ??
      out.set(agent, { ...emptyFigures, agent }).get(agent)!;
    for (const row of repo.listAgentFigures(r, team)) {
      Object.assign(of(row.agent), {
        handled: row.handled, replies: row.replies, resolved: row.resolved, firstReplies: row.first_replies,
        avgFirstResponseSeconds: round(row.first_replies ? row.first_reply_ms / 1000 / row.first_replies : null), slaTotal: row.sla_total, slaMet: row.sla_met,
      });
    }
    for (const row of repo.listAgentCases(r, team)) {
      Object.assign(of(row.agent), { casesClosed: row.closed, satisfactionCount: row.sat_n, satisfactionAverage: round(row.sat, 2) });
    }
    return out;
  }
  const teamOf = (range: Range) => figuresByAgent(range, true).get('') ?? { ...emptyFigures, agent: '' };

  /**
   * Agents side by side. Below the team: resolving a share of handled conversations more than five
   * points under the team's, over at least five conversations (fewer says nothing about anyone).
   */
  function agents(range: Range): ReportAgents {
    const team = teamOf(range);
    const teamRate = team.handled > 0 ? team.resolved / team.handled : null;
    const rows = [...figuresByAgent(range, false).values()].sort((a, b) => b.handled - a.handled || (a.agent < b.agent ? -1 : 1));
    return {
      team,
      agents: rows.map((a) => ({ ...a, belowTeamResolution: teamRate !== null && a.handled >= 5 && a.resolved / a.handled < teamRate - 0.05 })),
    };
  }

  function myDay(range: Range): MyDay {
    const agent = deps.currentAgent();
    return { agent, mine: figuresByAgent(range, false).get(agent) ?? { ...emptyFigures, agent }, team: teamOf(range) };
  }

  /** Cases opened in the period by product and cause, biggest first, with the customers' own words. */
  function voice(range: Range): Voice {
    const groups = new Map<string, Voice['groups'][number] & { satSum: number; satN: number }>();
    for (const c of repo.listVoiceCases({ from: range.from, to: range.to }, 5000)) {
      const key = JSON.stringify([c.product, c.type]);
      const g = groups.get(key) ?? groups.set(key, { product: c.product, cause: c.type, count: 0, complaints: 0, satisfactionAverage: null, quotes: [], satSum: 0, satN: 0 }).get(key)!;
      g.count++;
      if (c.type === 'complaint') g.complaints++;
      if (c.satisfaction !== null) {
        g.satSum += c.satisfaction;
        g.satN++;
      }
      const words = (c.satisfaction_comment || c.description || c.title).replace(/\s+/g, ' ').trim();
      if (words && g.quotes.length < 3) g.quotes.push({ caseId: c.id, caseNumber: c.number, customerName: c.full_name, text: words.length > 140 ? `${words.slice(0, 139)}…` : words });
    }
    return {
      groups: [...groups.values()]
        .sort((a, b) => b.count - a.count || b.complaints - a.complaints)
        .slice(0, 30)
        .map(({ satSum, satN, ...g }) => ({ ...g, satisfactionAverage: satN ? round(satSum / satN, 2) : null })),
    };
  }

  return { summary, rising, agents, myDay, voice };
}

function snippetAround(body: string, needle: string): string {
  const at = body.toLowerCase().indexOf(needle);
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${body.slice(start, at + needle.length + 50).replace(/\s+/g, ' ')}${at + needle.length + 50 < body.length ? '…' : ''}`;
}
export type ReportsService = ReturnType<typeof createReportsService>;
