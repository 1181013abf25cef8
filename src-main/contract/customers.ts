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

export const TIMELINE_KINDS = ['interaction'] as const;
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
