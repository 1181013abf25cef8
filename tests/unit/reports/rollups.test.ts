import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src-main/contract/primitives';
import type { ReportAgents, ReportSummary } from '../../../src-main/contract/reports';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { makeCore, ok, T0 } from '../../helpers/core';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Op =
  | { kind: 'inbound'; who: number; channel: 'wechat' | 'email' | 'webchat'; category: Category }
  | { kind: 'reply' | 'resolve' | 'reopen'; which: number }
  | { kind: 'recategorize'; which: number; category: Category }
  | { kind: 'link'; which: number; who: number }
  | { kind: 'wait'; ms: number }
  | { kind: 'merge'; keep: number; merge: number }
  | { kind: 'erase'; who: number }
  | { kind: 'agent'; agent: number };

const who = fc.integer({ min: 0, max: 3 }); // 3: nobody on file
const which = fc.nat(40);
// Two matters, so the same customer often comes back on the same one.
const category = fc.constantFrom<Category>('order', 'billing');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('inbound' as const), who, channel: fc.constantFrom('wechat' as const, 'email' as const, 'webchat' as const), category }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('reply' as const, 'resolve' as const, 'reopen' as const), which }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('recategorize' as const), which, category }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), which, who: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 3 * DAY }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), keep: fc.integer({ min: 0, max: 2 }), merge: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), who: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('agent' as const), agent: fc.integer({ min: 0, max: 1 }) }) },
);

/** Runs the operations through the API and returns the core and a second connection to its file. */
function play(ops: Op[]) {
  const { core, dataDir } = makeCore({ testControls: true, simulator: false });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(core.dispatch(method, input));
  const customers: (string | null)[] = ['王芳', '李雷', 'Amy Chen'].map((fullName) => call<{ id: string }>('customers.create', { fullName }).id);
  const conversations: string[] = [];
  // Replies are signed by whoever is signed in: two agents take turns.
  const agents = [call<{ profile: { id: string } }>('session.current').profile.id, call<{ id: string }>('profiles.create', { name: '小王', role: 'supervisor' }).id];
  const pick = (i: number) => conversations[i % conversations.length];
  for (const o of ops) {
    if (o.kind === 'inbound') {
      const customerId = customers[o.who] ?? undefined;
      const id = call<{ interactionId: string }>('test.simulateInbound', { channel: o.channel, body: '退款还没到', ...(customerId ? { customerId } : {}) }).interactionId;
      call('interactions.update', { id, category: o.category });
      conversations.push(id);
    } else if (o.kind === 'wait') call('test.advanceClock', { ms: o.ms });
    else if (o.kind === 'agent') call('session.signIn', { id: agents[o.agent] });
    else if (o.kind === 'merge') {
      const [keep, merge] = [customers[o.keep], customers[o.merge]];
      if (keep && merge && keep !== merge) {
        call('customers.merge', { keepId: keep, mergeId: merge });
        for (let k = 0; k < customers.length; k++) if (customers[k] === merge) customers[k] = keep;
      }
    } else if (o.kind === 'erase') {
      const id = customers[o.who];
      if (id) {
        call('customers.erase', { id });
        for (let k = 0; k < customers.length; k++) if (customers[k] === id) customers[k] = null;
        const kept = conversations.filter((c) => core.dispatch('interactions.get', { id: c }).ok);
        conversations.splice(0, conversations.length, ...kept);
      }
    } else {
      const id = pick(o.which);
      if (!id) continue;
      if (o.kind === 'reply') call('interactions.send', { interactionId: id, body: '您好，马上处理。' });
      else if (o.kind === 'resolve') call('interactions.update', { id, status: 'resolved' });
      else if (o.kind === 'reopen') call('interactions.update', { id, status: 'open' });
      else if (o.kind === 'recategorize') call('interactions.update', { id, category: o.category });
      else if (o.kind === 'link' && customers[o.who]) call('interactions.linkCustomer', { id, customerId: customers[o.who] });
    }
  }
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  return { core, call, db };
}

describe('report rollups', () => {
  it('stay equal to the figures recomputed row by row, whatever is written, moved or erased', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 40 }), (ops) => {
        const { db } = play(ops);
        try {
          const repeats = db.prepare(`SELECT i.id, i.repeat_contact AS kept, (i.customer_id IS NOT NULL AND EXISTS (SELECT 1 FROM interactions j
              WHERE j.customer_id = i.customer_id AND j.category = i.category AND j.started_at > i.started_at AND j.started_at <= i.started_at + ${7 * DAY})) AS truth
            FROM interactions i`).all() as { kept: number; truth: number }[];
          expect(repeats.filter((r) => r.kept !== r.truth)).toEqual([]);

          const kept = db.prepare(`SELECT hour, channel, category, contacts, resolved, first_contact_resolved, sla_decided, sla_met, responses, response_ms
            FROM report_hours WHERE contacts <> 0 OR responses <> 0 ORDER BY 1, 2, 3`).all();
          const rebuilt = db.prepare(`SELECT at / ${HOUR} AS hour, channel, category, sum(contacts) AS contacts, sum(resolved) AS resolved,
              sum(first_contact_resolved) AS first_contact_resolved, sum(sla_decided) AS sla_decided, sum(sla_met) AS sla_met, sum(responses) AS responses, sum(response_ms) AS response_ms
            FROM interaction_figures GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all();
          expect(kept).toEqual(rebuilt);
          const keptSeconds = db.prepare('SELECT hour, channel, seconds, n FROM report_response_seconds WHERE n <> 0 ORDER BY 1, 2, 3').all();
          const rebuiltSeconds = db.prepare(`SELECT at / ${HOUR} AS hour, channel, response_second AS seconds, count(*) AS n FROM interaction_figures
            WHERE response_second IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all();
          expect(keptSeconds).toEqual(rebuiltSeconds);

          const firstRepliers = db.prepare(`SELECT id, first_replier AS kept, (SELECT author FROM messages m WHERE m.interaction_id = i.id AND m.direction = 'outbound'
              ORDER BY m.sent_at, m.id LIMIT 1) AS truth FROM interactions i`).all() as { kept: string | null; truth: string | null }[];
          expect(firstRepliers.filter((r) => r.kept !== r.truth)).toEqual([]);
          const pairs = db.prepare('SELECT interaction_id, agent, replies FROM interaction_agents WHERE replies <> 0 ORDER BY 1, 2').all();
          const rebuiltPairs = db.prepare(`SELECT interaction_id, agent, count(*) AS replies FROM (
              SELECT interaction_id, author AS agent FROM messages WHERE direction = 'outbound' AND author <> ''
              UNION ALL SELECT interaction_id, '' FROM messages WHERE direction = 'outbound' AND author <> '') GROUP BY 1, 2 ORDER BY 1, 2`).all();
          expect(pairs).toEqual(rebuiltPairs);
          const agentHours = db.prepare(`SELECT hour, agent, handled, replies, resolved, first_replies, first_reply_ms, sla_total, sla_met FROM report_agent_hours
            WHERE handled <> 0 OR replies <> 0 OR first_replies <> 0 ORDER BY 1, 2`).all();
          const rebuiltAgentHours = db.prepare(`SELECT at / ${HOUR} AS hour, agent, sum(handled) AS handled, sum(replies) AS replies, sum(resolved) AS resolved,
              sum(first_replies) AS first_replies, sum(first_reply_ms) AS first_reply_ms, sum(sla_total) AS sla_total, sum(sla_met) AS sla_met
            FROM agent_figures GROUP BY 1, 2 HAVING sum(handled) <> 0 ORDER BY 1, 2`).all();
          expect(agentHours).toEqual(rebuiltAgentHours);
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same figures for a range cut mid-hour (rows at the edges) and in a half-hour time zone', () => {
    const { call } = play([
      { kind: 'wait', ms: 20 * MIN },
      { kind: 'inbound', who: 0, channel: 'wechat', category: 'after-sales' },
      { kind: 'wait', ms: 25_400 },
      { kind: 'reply', which: 0 },
      { kind: 'resolve', which: 0 },
      { kind: 'wait', ms: 50 * MIN },
      { kind: 'inbound', who: 1, channel: 'email', category: 'billing' },
      { kind: 'wait', ms: 90_000 },
      { kind: 'reply', which: 1 },
      { kind: 'resolve', which: 1 },
      { kind: 'wait', ms: 2 * HOUR },
      { kind: 'inbound', who: 1, channel: 'email', category: 'billing' },
      { kind: 'wait', ms: 10 * MIN },
      { kind: 'reply', which: 2 },
      { kind: 'resolve', which: 2 },
      { kind: 'wait', ms: 3 * HOUR },
      { kind: 'inbound', who: 2, channel: 'webchat', category: 'order' },
      { kind: 'resolve', which: 3 },
    ]);
    const summary = (from: number, to: number, tzOffsetMinutes = 480) => call<ReportSummary>('reports.summary', { from, to, tzOffsetMinutes });
    const whole = summary(T0, T0 + DAY);
    // 李雷's second email came back on his first one's matter within 7 days: that one is resolved but not at first contact.
    expect(whole.resolution).toEqual({ total: 4, resolved: 4, firstContactResolved: 3 });
    expect(whole.firstResponse.find((f) => f.channel === 'email')).toMatchObject({ count: 2, avgSeconds: 345, p50Seconds: 90, p90Seconds: 600 });
    expect(whole.firstResponse.find((f) => f.channel === 'wechat')).toMatchObject({ count: 1, avgSeconds: 25.4, p50Seconds: 25 });
    expect(whole.volume.byHour.slice(9, 16)).toEqual([1, 1, 0, 1, 0, 0, 1]);

    // Cut 10 minutes into the first hour (before the first message) and 1 ms after the last one.
    const cut = summary(T0 + 10 * MIN, T0 + 20 * MIN + 25_400 + 50 * MIN + 90_000 + 2 * HOUR + 10 * MIN + 3 * HOUR + 1);
    const figures = ({ from, to, agentStatus, ...rest }: ReportSummary) => rest;
    expect(figures(cut)).toEqual(figures(whole));
    const agentsCut = call<ReportAgents>('reports.agents', { from: T0 + 10 * MIN, to: T0 + 7 * HOUR + 1, tzOffsetMinutes: 480 });
    expect(agentsCut).toEqual(call<ReportAgents>('reports.agents', { from: T0, to: T0 + DAY, tzOffsetMinutes: 480 }));
    // One agent answered all three written conversations (the webchat one was resolved unanswered).
    expect(agentsCut.team).toMatchObject({ handled: 3, replies: 3, resolved: 3, firstReplies: 3, avgFirstResponseSeconds: 238.5, slaTotal: 3 });
    // Cut after the first conversation started: it leaves every figure.
    expect(summary(T0 + 21 * MIN, T0 + DAY).resolution).toEqual({ total: 3, resolved: 3, firstContactResolved: 2 });

    // India (UTC+5:30): T0 is 06:30 there, so the conversations at 09:20, 10:10, 12:11 and 15:21 in Shanghai start at 06:50, 07:40, 09:41 and 12:51.
    const india = summary(T0 - DAY, T0 + DAY, 330);
    expect(india.volume.byHour.slice(6, 13)).toEqual([1, 1, 0, 1, 0, 0, 1]);
    expect(india.resolution).toEqual(whole.resolution);
  });
});
