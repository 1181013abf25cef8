import { z } from 'zod';
import { channelSchema, idSchema, timestampSchema } from './primitives';
import { CASE_TYPES, CASE_GRADES, CASE_STATUSES, RESPONSIBILITIES, SOLUTIONS, DEPARTMENTS, URGENCIES, RISK_FLAGS, GUIDE_STEPS, MAX_ATTACHMENT_BYTES } from './values/cases';
export { CASE_TYPES, CASE_GRADES, CASE_STATUSES, OPEN_CASE_STATUSES, CASE_TRANSITIONS, FINISHED_CASE_STATUSES, canTransition, RESPONSIBILITIES, SOLUTIONS, DEPARTMENTS, URGENCIES, RISK_FLAGS, GUIDE_STEPS, suggestGrade, MAX_ATTACHMENT_BYTES } from './values/cases';

export const caseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof caseTypeSchema>;
export const caseGradeSchema = z.enum(CASE_GRADES);
export type CaseGrade = z.infer<typeof caseGradeSchema>;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export const departmentSchema = z.enum(DEPARTMENTS);
export const riskFlagSchema = z.enum(RISK_FLAGS);

const text = (max: number) => z.string().trim().max(max);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);

const investigationFields = {
  cause: text(4000),
  responsibility: z.enum(RESPONSIBILITIES).nullable(),
  solution: z.enum(SOLUTIONS).nullable(),
  compensation: text(200),
  compensationAmount: z.number().min(0).max(10_000_000).nullable(),
  correctiveAction: text(4000),
  improvement: text(4000),
};
export const investigationSchema = z
  .object({
    cause: investigationFields.cause.default(''),
    responsibility: investigationFields.responsibility.default(null),
    solution: investigationFields.solution.default(null),
    compensation: investigationFields.compensation.default(''),
    compensationAmount: investigationFields.compensationAmount.default(null),
    correctiveAction: investigationFields.correctiveAction.default(''),
    improvement: investigationFields.improvement.default(''),
  })
  .strict();
/** No defaults here: a patch names only the fields it changes (defaults would blank the others). */
export const investigationPatchSchema = z.object(investigationFields).partial().strict();
export type Investigation = z.infer<typeof investigationSchema>;

export const handoffSchema = z.object({
  id: idSchema,
  department: departmentSchema,
  background: z.string(),
  demand: z.string(),
  urgency: z.enum(URGENCIES),
  dueAt: timestampSchema,
  status: z.enum(['open', 'replied', 'done']),
  reply: z.string(),
  result: z.string(),
  createdAt: timestampSchema,
  repliedAt: timestampSchema.nullable(),
  author: z.string(),
});
export type Handoff = z.infer<typeof handoffSchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const CASE_EVENT_KINDS = [
  'created', 'status', 'reopened', 'grade', 'edited', 'handoff', 'handoff-reply', 'attachment', 'attachment-removed', 'linked', 'unlinked', 'breach', 'guide', 'satisfaction',
] as const;
export const caseEventSchema = z.object({
  id: z.number().int(),
  at: timestampSchema,
  actor: z.string(),
  kind: z.enum(CASE_EVENT_KINDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  detail: z.string(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

const deadlines = {
  firstContactDueAt: timestampSchema,
  firstContactAt: timestampSchema.nullable(),
  firstContactBreachedAt: timestampSchema.nullable(),
  resolutionDueAt: timestampSchema,
  resolutionBreachedAt: timestampSchema.nullable(),
  /** Set while waiting on the customer: the resolution clock is stopped at this moment. */
  pausedSince: timestampSchema.nullable(),
  resolvedAt: timestampSchema.nullable(),
};

export const caseSummarySchema = z.object({
  id: idSchema,
  number: z.string(),
  type: caseTypeSchema,
  grade: caseGradeSchema,
  status: caseStatusSchema,
  title: z.string(),
  customerId: idSchema,
  customerName: z.string(),
  channel: channelSchema,
  owner: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  openHandoffs: z.number().int(),
  ...deadlines,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  description: z.string(),
  occurredAt: timestampSchema.nullable(),
  peopleInvolved: z.string(),
  demand: z.string(),
  riskFlags: z.array(riskFlagSchema),
  investigation: investigationSchema,
  guide: z.array(z.enum(GUIDE_STEPS)),
  satisfaction: z.number().int().min(1).max(5).nullable(),
  satisfactionComment: z.string(),
  closedAt: timestampSchema.nullable(),
  archivedAt: timestampSchema.nullable(),
  customerPhone: z.string().nullable(),
  interactions: z.array(z.object({ id: idSchema, channel: channelSchema, subject: z.string().nullable(), startedAt: timestampSchema })),
  orders: z.array(z.object({ id: idSchema, orderNumber: z.string(), amount: z.number(), status: z.string() })),
  attachments: z.array(attachmentSchema),
  handoffs: z.array(handoffSchema),
  history: z.array(caseEventSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseInputSchema = z
  .object({
    customerId: idSchema,
    type: caseTypeSchema,
    grade: caseGradeSchema,
    title: nonEmpty(200),
    description: text(20_000).default(''),
    occurredAt: timestampSchema.nullable().default(null),
    peopleInvolved: text(1000).default(''),
    demand: text(4000).default(''),
    channel: channelSchema.default('phone'),
    riskFlags: z.array(riskFlagSchema).max(RISK_FLAGS.length).default([]),
    interactionIds: z.array(idSchema).max(50).default([]),
    orderIds: z.array(idSchema).max(50).default([]),
  })
  .strict();
export type CaseInput = z.input<typeof caseInputSchema>;

export const casePatchSchema = z
  .object({
    type: caseTypeSchema.optional(),
    grade: caseGradeSchema.optional(),
    title: nonEmpty(200).optional(),
    description: text(20_000).optional(),
    occurredAt: timestampSchema.nullable().optional(),
    peopleInvolved: text(1000).optional(),
    demand: text(4000).optional(),
    owner: text(100).optional(),
    riskFlags: z.array(riskFlagSchema).max(RISK_FLAGS.length).optional(),
    investigation: investigationPatchSchema.optional(),
    guide: z.array(z.enum(GUIDE_STEPS)).max(GUIDE_STEPS.length).optional(),
  })
  .strict();

export const caseTransitionSchema = z
  .object({
    id: idSchema,
    to: caseStatusSchema,
    /** When resolving: the follow-up visit (回访) becomes a reminder at this time. */
    followUpAt: timestampSchema.nullable().default(null),
    /** When closing: the customer's rating, or null if they declined. */
    satisfaction: z.number().int().min(1).max(5).nullable().default(null),
    satisfactionComment: text(2000).default(''),
    note: text(2000).default(''),
  })
  .strict();

export const caseFiltersSchema = z
  .object({
    type: caseTypeSchema.optional(),
    grade: caseGradeSchema.optional(),
    /** 'open' is every status still being worked; 'finished' the rest. */
    status: z.union([caseStatusSchema, z.enum(['open', 'finished'])]).optional(),
    overdue: z.boolean().optional(),
    owner: text(100).optional(),
    department: departmentSchema.optional(),
    customerId: idSchema.optional(),
    interactionId: idSchema.optional(),
    query: text(100).optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type CaseFilters = z.input<typeof caseFiltersSchema>;

export const handoffInputSchema = z
  .object({
    caseId: idSchema,
    department: departmentSchema,
    background: nonEmpty(4000),
    demand: text(4000).default(''),
    urgency: z.enum(URGENCIES).default('normal'),
    dueAt: timestampSchema,
  })
  .strict();

export const handoffReplySchema = z
  .object({
    id: idSchema,
    reply: text(4000).default(''),
    result: text(4000).default(''),
    done: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.reply.length > 0 || r.result.length > 0, { message: 'a reply or a result is required', path: ['reply'] });

export const overdueHandoffSchema = handoffSchema.extend({ caseId: idSchema, caseNumber: z.string(), caseTitle: z.string(), customerName: z.string() });

export const attachInputSchema = z
  .object({
    caseId: idSchema,
    name: nonEmpty(200),
    dataBase64: z.string().min(1).max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  })
  .strict();

export const caseSettingsSchema = z
  .object({
    firstContactMinutes: z.object({ P1: z.number().int().min(1).max(10_080), P2: z.number().int().min(1).max(10_080), P3: z.number().int().min(1).max(10_080), P4: z.number().int().min(1).max(10_080) }).strict(),
    resolutionHours: z.object({ P1: z.number().int().min(1).max(2_000), P2: z.number().int().min(1).max(2_000), P3: z.number().int().min(1).max(2_000), P4: z.number().int().min(1).max(2_000) }).strict(),
    archiveAfterDays: z.number().int().min(1).max(3650),
    followUpDays: z.number().int().min(0).max(90),
  })
  .strict();
export const DEFAULT_CASE_SETTINGS: z.infer<typeof caseSettingsSchema> = {
  firstContactMinutes: { P1: 30, P2: 120, P3: 480, P4: 1440 },
  resolutionHours: { P1: 24, P2: 48, P3: 72, P4: 168 },
  archiveAfterDays: 30,
  followUpDays: 3,
};
