import { z } from 'zod';
import { CASE_GRADES } from './cases';
import { AGENT_STATUSES } from './calls';
import { CATEGORIES, CHANNELS, timestampSchema } from './primitives';

export const reportRangeSchema = z
  .object({
    from: timestampSchema,
    to: timestampSchema,
    /** The user's offset from UTC in minutes (east positive), so hours and days are local. */
    tzOffsetMinutes: z.number().int().min(-840).max(840).default(0),
  })
  .strict()
  .refine((r) => r.to > r.from && r.to - r.from <= 400 * 86_400_000, { message: 'a period of up to 400 days, ending after it starts', path: ['to'] });

const channelCount = z.object({ channel: z.enum(CHANNELS), count: z.number().int() });

export const reportSummarySchema = z.object({
  from: timestampSchema,
  to: timestampSchema,
  volume: z.object({
    total: z.number().int(),
    byChannel: z.array(channelCount),
    byCategory: z.array(z.object({ category: z.enum(CATEGORIES), count: z.number().int() })),
    byHour: z.array(z.number().int()).length(24),
    byDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
  }),
  /** First response per channel: seconds from the customer's first message to the agent's first reply. */
  firstResponse: z.array(
    z.object({ channel: z.enum(CHANNELS), count: z.number().int(), avgSeconds: z.number().nullable(), p50Seconds: z.number().nullable(), p90Seconds: z.number().nullable(), slaTotal: z.number().int(), slaMet: z.number().int() }),
  ),
  calls: z.object({
    inbound: z.number().int(), outbound: z.number().int(), answered: z.number().int(), abandoned: z.number().int(),
    avgTalkSeconds: z.number().nullable(), avgHoldSeconds: z.number().nullable(), avgAfterCallSeconds: z.number().nullable(), avgHandleSeconds: z.number().nullable(),
  }),
  resolution: z.object({ total: z.number().int(), resolved: z.number().int(), firstContactResolved: z.number().int() }),
  cases: z.object({
    opened: z.number().int(), closed: z.number().int(), reopened: z.number().int(), breaches: z.number().int(),
    byGrade: z.array(z.object({ grade: z.enum(CASE_GRADES), resolved: z.number().int(), avgHandlingHours: z.number().nullable() })),
  }),
  satisfaction: z.object({
    count: z.number().int(), average: z.number().nullable(), satisfied: z.number().int(),
    byChannel: z.array(z.object({ channel: z.enum(CHANNELS), count: z.number().int(), average: z.number() })),
    byAgent: z.array(z.object({ agent: z.string(), count: z.number().int(), average: z.number() })),
  }),
  followUps: z.object({ due: z.number().int(), done: z.number().int(), doneOnTime: z.number().int() }),
  agentStatus: z.record(z.enum(AGENT_STATUSES), z.number().int()),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const risingSchema = z.object({
  phrases: z.array(
    z.object({
      text: z.string(),
      count: z.number().int(),
      previous: z.number().int(),
      examples: z.array(z.object({ interactionId: z.string(), customerName: z.string().nullable(), snippet: z.string() })),
    }),
  ),
  categories: z.array(z.object({ category: z.enum(CATEGORIES), count: z.number().int(), previous: z.number().int() })),
  slaFell: z.array(z.object({ channel: z.enum(CHANNELS), now: z.number(), before: z.number() })),
});
export type Rising = z.infer<typeof risingSchema>;

/**
 * One agent's figures for a period. An agent is the name on the replies they sent (the signed-in
 * profile's name); "handled" counts conversations started in the period that they replied to.
 */
export const agentFiguresSchema = z.object({
  agent: z.string(),
  handled: z.number().int(),
  replies: z.number().int(),
  resolved: z.number().int(),
  /** Conversations where this agent sent the first reply, and the average wait for it. */
  firstReplies: z.number().int(),
  avgFirstResponseSeconds: z.number().nullable(),
  slaTotal: z.number().int(),
  slaMet: z.number().int(),
  casesClosed: z.number().int(),
  satisfactionCount: z.number().int(),
  satisfactionAverage: z.number().nullable(),
});
export type AgentFigures = z.infer<typeof agentFiguresSchema>;

/** The desk's agents side by side, the team's totals, and who is below the team's resolution rate. */
export const reportAgentsSchema = z.object({
  agents: z.array(agentFiguresSchema.extend({ belowTeamResolution: z.boolean() })),
  team: agentFiguresSchema,
});
export type ReportAgents = z.infer<typeof reportAgentsSchema>;

/** The signed-in agent's own figures for a period, the team's, and the targets set in Settings. */
export const myDaySchema = z.object({
  agent: z.string(),
  mine: agentFiguresSchema,
  team: agentFiguresSchema,
});
export type MyDay = z.infer<typeof myDaySchema>;

/** Voice of the customer: cases grouped by product (the linked order's items) and cause (case type), with quotes. */
export const voiceSchema = z.object({
  groups: z.array(
    z.object({
      product: z.string().nullable(),
      cause: z.string(),
      count: z.number().int(),
      complaints: z.number().int(),
      satisfactionAverage: z.number().nullable(),
      quotes: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), customerName: z.string().nullable(), text: z.string() })),
    }),
  ),
});
export type Voice = z.infer<typeof voiceSchema>;
