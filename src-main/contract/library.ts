import { z } from 'zod';
import { channelSchema, idSchema, localeSchema, optionalShortText, shortText, timestampSchema } from './primitives';
import { SCRIPT_CATEGORIES, ARTICLE_CATEGORIES } from './values/library';
export { SCRIPT_CATEGORIES, ARTICLE_CATEGORIES } from './values/library';

export const scriptCategorySchema = z.enum(SCRIPT_CATEGORIES);

/** Placeholders a script or canned response may use; filled from the open customer, order and agent. */
export const TEMPLATE_VARIABLES = [
  'customer.surname', 'customer.honorific', 'customer.name', 'agent.name', 'company.name', 'order.number', 'order.status',
  'order.carrier', 'order.trackingNumber', 'membership.tier', 'membership.points', 'membership.renewalDate', 'case.number',
] as const;

const stepIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'step ids are letters, digits, - and _');

export const scriptStepSchema = z
  .object({
    id: stepIdSchema,
    title: shortText(120),
    say: z.string().max(4000),
    guidance: z.string().max(4000).default(''),
    required: z.boolean().default(false),
    requiredPhrases: z.array(shortText(100)).max(20).default([]),
    avoidPhrases: z.array(shortText(100)).max(20).default([]),
    branches: z.array(z.object({ label: shortText(200), next: stepIdSchema }).strict()).max(8).default([]),
    next: stepIdSchema.nullable().default(null),
  })
  .strict();
export type ScriptStep = z.infer<typeof scriptStepSchema>;

/** The editable part of a script; every branch and next must name a step of the same script. */
export const scriptContentSchema = z
  .object({
    title: shortText(200),
    category: scriptCategorySchema,
    language: localeSchema,
    tags: z.array(shortText(40)).max(20).default([]),
    summary: z.string().max(1000).default(''),
    steps: z.array(scriptStepSchema).min(1).max(60),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.steps.forEach((step, i) => {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: 'duplicate step id' });
      ids.add(step.id);
    });
    s.steps.forEach((step, i) => {
      if (step.next !== null && !ids.has(step.next)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'next'], message: 'no such step' });
      step.branches.forEach((b, j) => {
        if (!ids.has(b.next)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'branches', j, 'next'], message: 'no such step' });
      });
    });
  });
export type ScriptContent = z.infer<typeof scriptContentSchema>;

/** A built-in script as shipped in resources/scripts/<language>.json. */
export const builtinScriptSchema = z
  .object({ key: z.string().regex(/^[a-z0-9-]{2,80}$/), language: localeSchema, title: z.string(), category: scriptCategorySchema, tags: z.array(z.string()), summary: z.string(), steps: z.array(z.unknown()) })
  .strict();

export const scriptSchema = z.object({
  id: idSchema,
  key: z.string(),
  builtin: z.boolean(),
  language: localeSchema,
  title: z.string(),
  category: scriptCategorySchema,
  tags: z.array(z.string()),
  summary: z.string(),
  steps: z.array(scriptStepSchema),
  version: z.number().int(),
  updatedAt: timestampSchema,
});
export type Script = z.infer<typeof scriptSchema>;

export const scriptSummarySchema = scriptSchema.omit({ steps: true }).extend({ stepCount: z.number().int() });
export type ScriptSummary = z.infer<typeof scriptSummarySchema>;

export const scriptVersionSchema = z.object({ version: z.number().int(), title: z.string(), savedAt: timestampSchema, stepCount: z.number().int() });

export const scriptRunSchema = z.object({
  id: idSchema,
  scriptId: idSchema,
  interactionId: idSchema.nullable(),
  customerId: idSchema.nullable(),
  path: z.array(z.string()),
  checked: z.array(z.string()),
  startedAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const articleCategorySchema = z.enum(ARTICLE_CATEGORIES);

export const articleSchema = z.object({
  id: idSchema,
  key: z.string(),
  builtin: z.boolean(),
  language: localeSchema,
  title: z.string(),
  category: articleCategorySchema,
  tags: z.array(z.string()),
  body: z.string(),
  lastReviewed: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Article = z.infer<typeof articleSchema>;

export const articleInputSchema = z
  .object({
    title: shortText(200),
    category: articleCategorySchema,
    language: localeSchema,
    tags: z.array(shortText(40)).max(20).default([]),
    body: z.string().trim().min(1).max(100_000),
    lastReviewed: timestampSchema.nullable().default(null),
  })
  .strict();

export const builtinArticleSchema = z
  .object({ key: z.string().regex(/^[a-z0-9-]{2,80}$/), language: localeSchema, title: z.string().min(1), category: articleCategorySchema, tags: z.array(z.string()), body: z.string().min(1), lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
  .strict();

export const CANNED_CATEGORIES = [
  'greeting', 'identity', 'pre-sales', 'order', 'shipping', 'shipping-delay', 'return', 'refund', 'payment', 'invoice',
  'membership', 'tech-support', 'complaint', 'apology', 'escalation', 'follow-up', 'survey', 'closing',
] as const;
export const cannedSchema = z.object({
  id: idSchema,
  key: z.string(),
  builtin: z.boolean(),
  language: localeSchema,
  title: z.string(),
  category: z.enum(CANNED_CATEGORIES),
  shortcut: z.string(),
  body: z.string(),
});
export const builtinCannedSchema = z
  .object({ key: z.string().regex(/^[a-z0-9-]{2,80}$/), language: localeSchema, title: z.string().min(1), category: z.enum(CANNED_CATEGORIES), shortcut: z.string().regex(/^[a-z0-9-]{1,20}$/), body: z.string().min(1) })
  .strict();

export const SEARCH_KINDS = ['message', 'article', 'script', 'canned', 'note', 'case'] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;
export const searchResultSchema = z.object({
  kind: searchKindSchema,
  id: z.string(),
  cursor: z.number().int(),
  title: z.string(),
  snippet: z.object({ text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) }),
  at: timestampSchema,
  language: localeSchema.nullable(),
  customerId: idSchema.nullable(),
  customerName: z.string().nullable(),
  interactionId: idSchema.nullable(),
  channel: channelSchema.nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const scriptFilterSchema = z
  .object({ language: localeSchema.optional(), category: scriptCategorySchema.optional(), query: optionalShortText(100).optional() })
  .strict();
