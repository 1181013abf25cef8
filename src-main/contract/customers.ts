import { z } from 'zod';
import {
  categorySchema,
  channelSchema,
  idSchema,
  localeSchema,
  optionalShortText,
  shortText,
  socialChannelSchema,
  timestampSchema,
} from './primitives';

export const HONORIFICS = ['ms', 'mr', 'mx', 'none'] as const;
export const honorificSchema = z.enum(HONORIFICS);

export const phoneSchema = z.object({
  id: idSchema,
  raw: z.string(),
  normalized: z.string(),
  label: z.string(),
});

export const emailSchema = z.object({ id: idSchema, email: z.string(), label: z.string() });
export const handleSchema = z.object({ id: idSchema, channel: socialChannelSchema, handle: z.string() });

export const membershipSchema = z.object({
  tier: z.string(),
  points: z.number().int(),
  memberSince: timestampSchema.nullable(),
  renewalDate: timestampSchema.nullable(),
});

export const ORDER_STATUSES = [
  'pending-payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'return-requested',
  'refunded',
] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);

export const orderSchema = z.object({
  id: idSchema,
  number: z.string(),
  orderedAt: timestampSchema,
  itemsSummary: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  status: orderStatusSchema,
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
});

export const customerSummarySchema = z.object({
  id: idSchema,
  fullName: z.string(),
  surname: z.string(),
  honorific: honorificSchema,
  company: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  tier: z.string().nullable(),
  isKeyAccount: z.boolean(),
  tags: z.array(z.string()),
  lastContactAt: timestampSchema.nullable(),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customerDetailSchema = z.object({
  id: idSchema,
  fullName: z.string(),
  surname: z.string(),
  honorific: honorificSchema,
  company: z.string().nullable(),
  language: localeSchema,
  preferredChannel: channelSchema.nullable(),
  bestTime: z.string().nullable(),
  preferences: z.string(),
  isKeyAccount: z.boolean(),
  owner: z.string().nullable(),
  phones: z.array(phoneSchema),
  emails: z.array(emailSchema),
  handles: z.array(handleSchema),
  tags: z.array(z.string()),
  membership: membershipSchema.nullable(),
  orders: z.array(orderSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

/** Phone as typed by a person: digits with optional +, spaces, dashes, dots, parentheses. */
export const phoneInputSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^\+?[0-9\s\-().]+$/, 'invalid phone')
  .refine((s) => s.replace(/\D/g, '').length >= 5 && s.replace(/\D/g, '').length <= 20, {
    message: 'a phone number has 5 to 20 digits',
  });

export const customerInputSchema = z.object({
  fullName: shortText(200),
  surname: optionalShortText(40).optional(),
  honorific: honorificSchema.default('none'),
  company: optionalShortText(200).optional(),
  language: localeSchema.default('zh-CN'),
  preferredChannel: channelSchema.nullable().optional(),
  bestTime: optionalShortText(100).optional(),
  preferences: z.string().max(4000).default(''),
  isKeyAccount: z.boolean().default(false),
  owner: optionalShortText(100).optional(),
  phones: z.array(z.object({ number: phoneInputSchema, label: optionalShortText(40).default('') })).max(20).default([]),
  emails: z
    .array(z.object({ email: z.string().trim().max(254).pipe(z.email()), label: optionalShortText(40).default('') }))
    .max(20)
    .default([]),
  handles: z
    .array(z.object({ channel: socialChannelSchema, handle: shortText(100) }))
    .max(20)
    .default([]),
  tags: z.array(shortText(40)).max(50).default([]),
});
export type CustomerInput = z.input<typeof customerInputSchema>;
/** A customer input as validation returns it (defaults filled, text trimmed): what the store inserts. */
export type ValidCustomerInput = z.output<typeof customerInputSchema>;

export const TIMELINE_KINDS = ['interaction', 'case'] as const;
export const timelineEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(TIMELINE_KINDS),
  channel: channelSchema,
  direction: z.enum(['inbound', 'outbound']),
  category: categorySchema,
  status: z.enum(['open', 'waiting', 'resolved']),
  subject: z.string().nullable(),
  preview: z.string(),
  at: timestampSchema,
  durationSeconds: z.number().int().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const customerFiltersSchema = z
  .object({
    tag: optionalShortText(40).optional(),
    tier: optionalShortText(40).optional(),
    keyAccount: z.boolean().optional(),
    owner: optionalShortText(100).optional(),
  })
  .strict();
export type CustomerFilters = z.infer<typeof customerFiltersSchema>;

export const membershipInputSchema = z
  .object({
    tier: shortText(40),
    points: z.number().int().min(0).max(1_000_000_000),
    memberSince: timestampSchema.nullable(),
    renewalDate: timestampSchema.nullable(),
  })
  .strict();

export const duplicateMatchSchema = customerSummarySchema.extend({
  matchedOn: z.array(z.enum(['phone', 'email'])),
});

export const duplicateGroupSchema = z.object({
  kind: z.enum(['phone', 'email']),
  value: z.string(),
  customers: z.array(customerSummarySchema),
});

export const mergeResultSchema = z.object({
  customer: customerDetailSchema,
  moved: z.object({
    phones: z.number().int(),
    emails: z.number().int(),
    handles: z.number().int(),
    tags: z.number().int(),
    orders: z.number().int(),
    interactions: z.number().int(),
    notes: z.number().int(),
    reminders: z.number().int(),
    cases: z.number().int(),
    membership: z.boolean(),
  }),
});

export const orderInputSchema = z
  .object({
    customerId: idSchema,
    number: shortText(64),
    orderedAt: timestampSchema,
    itemsSummary: shortText(500),
    amountCents: z.number().int().min(0).max(100_000_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code'),
    status: orderStatusSchema,
    carrier: optionalShortText(60).nullable().default(null),
    trackingNumber: optionalShortText(60).nullable().default(null),
  })
  .strict();

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export const exportResultSchema = z.object({
  filename: z.string(),
  mimeType: z.string(),
  content: z.string(),
  count: z.number().int(),
});
