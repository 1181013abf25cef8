import { z } from 'zod';
import { phoneInputSchema } from './customers';
import { categorySchema, channelSchema, idSchema, localeSchema, shortText, timestampSchema } from './primitives';
export { MANUAL_STATUSES } from './values/calls';

/**
 * A call's life: ringing (inbound) or dialing (outbound), connected, possibly held, then after-call
 * work until a wrap-up code is given, then done. Missed, rejected, busy and unanswered calls go
 * straight to done.
 */
export const CALL_STATES = ['ringing', 'dialing', 'connected', 'held', 'wrap-up', 'done'] as const;
export const callStateSchema = z.enum(CALL_STATES);
export type CallState = z.infer<typeof callStateSchema>;

export const END_REASONS = ['agent-hangup', 'customer-hangup', 'rejected', 'missed', 'busy', 'no-answer', 'transferred', 'failed'] as const;
export const endReasonSchema = z.enum(END_REASONS);
export type EndReason = z.infer<typeof endReasonSchema>;

/** The shipped wrap-up codes; the list agents choose from is a setting and may hold others. */
export const DEFAULT_DISPOSITIONS = [
  'resolved', 'info-provided', 'callback-scheduled', 'case-opened', 'escalated', 'transferred', 'wrong-number', 'no-answer', 'voicemail', 'busy',
] as const;
export const dispositionCodeSchema = z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -');

export const callSchema = z.object({
  /** The same id as the call's interaction: one record in the history, one tab. */
  id: idSchema,
  direction: z.enum(['inbound', 'outbound']),
  number: z.string(),
  customerId: idSchema.nullable(),
  customerName: z.string().nullable(),
  state: callStateSchema,
  muted: z.boolean(),
  ringAt: timestampSchema,
  answeredAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  endReason: endReasonSchema.nullable(),
  talkSeconds: z.number().int().nonnegative(),
  holdSeconds: z.number().int().nonnegative(),
  /** Hold time of holds already over, so a screen can tick the current one from heldSince. */
  priorHoldSeconds: z.number().int().nonnegative(),
  heldSince: timestampSchema.nullable(),
  disposition: z.string().nullable(),
  category: categorySchema,
  resolved: z.boolean().nullable(),
  wrappedAt: timestampSchema.nullable(),
  transferredTo: z.string().nullable(),
  scriptId: idSchema.nullable(),
  orderId: idSchema.nullable(),
  caseId: idSchema.nullable(),
});
export type Call = z.infer<typeof callSchema>;

/** What the agent sees while the phone rings: who it is and what is going on with them. */
export const screenPopSchema = z.object({
  number: z.string(),
  customer: z
    .object({
      id: idSchema,
      language: localeSchema,
      fullName: z.string(),
      surname: z.string(),
      honorific: z.string(),
      company: z.string().nullable(),
      tier: z.string().nullable(),
      isKeyAccount: z.boolean(),
      tags: z.array(z.string()),
      openCases: z.number().int().nonnegative(),
      lastInteraction: z.object({ channel: channelSchema, category: categorySchema, preview: z.string(), at: timestampSchema }).nullable(),
    })
    .nullable(),
  /** More than one customer shares this number: the agent picks. */
  otherMatches: z.number().int().nonnegative(),
});
export type ScreenPop = z.infer<typeof screenPopSchema>;

export const AGENT_STATUSES = ['available', 'on-call', 'after-call-work', 'break', 'offline'] as const;
export const agentStatusSchema = z.enum(AGENT_STATUSES);
export type AgentStatus = z.infer<typeof agentStatusSchema>;
export const agentStatusStateSchema = z.object({ status: agentStatusSchema, since: timestampSchema });

export const wrapUpInputSchema = z
  .object({ id: idSchema, disposition: dispositionCodeSchema, category: categorySchema, resolved: z.boolean(), summary: z.string().trim().max(2000).default('') })
  .strict();

export const dialInputSchema = z.object({ number: phoneInputSchema, customerId: idSchema.optional() }).strict();
export const transferInputSchema = z.object({ id: idSchema, target: shortText(60) }).strict();
export const dtmfInputSchema = z.object({ id: idSchema, digits: z.string().regex(/^[0-9*#]{1,32}$/, 'digits, * and #') }).strict();
