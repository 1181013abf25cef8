import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from './cases';
import { categorySchema, channelSchema, idSchema, timestampSchema } from './primitives';

export const inboxItemSchema = z.object({
  id: idSchema,
  channel: channelSchema,
  category: categorySchema,
  status: z.enum(['open', 'waiting', 'resolved']),
  customerId: idSchema.nullable(),
  customerName: z.string().nullable(),
  address: z.string(),
  subject: z.string().nullable(),
  preview: z.string(),
  lastInboundAt: timestampSchema,
  slaStartedAt: timestampSchema,
  slaDueAt: timestampSchema,
  slaBreachedAt: timestampSchema.nullable(),
  unread: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const TAB_KINDS = ['interaction', 'customer', 'case'] as const;
export const tabSchema = z.object({
  id: idSchema,
  kind: z.enum(TAB_KINDS),
  refId: idSchema,
  position: z.number().int(),
  pinned: z.boolean(),
  state: z.record(z.string(), z.unknown()),
  openedAt: timestampSchema,
});
export type Tab = z.infer<typeof tabSchema>;

export const tabStateSchema = z
  .object({ scroll: z.number().int().min(0).max(10_000_000).optional(), panel: z.string().max(40).optional() })
  .strict();

const addressList = z.array(z.string().trim().max(254).pipe(z.email())).max(50);

export const draftSchema = z.object({
  interactionId: idSchema,
  body: z.string(),
  subject: z.string().nullable(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  mode: z.enum(['reply', 'replyAll', 'forward']),
  updatedAt: timestampSchema,
});
export const draftInputSchema = z
  .object({
    interactionId: idSchema,
    body: z.string().max(200_000),
    subject: z.string().max(300).nullable().default(null),
    to: z.array(z.string().max(254)).max(50).default([]),
    cc: z.array(z.string().max(254)).max(50).default([]),
    mode: z.enum(['reply', 'replyAll', 'forward']).default('reply'),
  })
  .strict();

export const outgoingAttachmentSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    dataBase64: z.string().min(1).max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  })
  .strict();

export const sendInputSchema = z
  .object({
    interactionId: idSchema,
    body: z.string().trim().min(1).max(200_000),
    subject: z.string().trim().max(300).optional(),
    to: addressList.optional(),
    cc: addressList.optional(),
    /** Up to five files, together at most MAX_ATTACHMENT_BYTES once decoded. */
    attachments: z.array(outgoingAttachmentSchema).max(5).optional(),
  })
  .strict();

export const noteSchema = z.object({
  id: idSchema,
  customerId: idSchema.nullable(),
  interactionId: idSchema.nullable(),
  body: z.string(),
  pinned: z.boolean(),
  author: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Note = z.infer<typeof noteSchema>;
