import { z } from 'zod';
import { categorySchema, channelSchema, idSchema, timestampSchema } from './primitives';

export const INTERACTION_STATUSES = ['open', 'waiting', 'resolved'] as const;
export const interactionStatusSchema = z.enum(INTERACTION_STATUSES);
export const directionSchema = z.enum(['inbound', 'outbound']);

export const DELIVERY_STATES = ['queued', 'sent', 'failed', 'delivered'] as const;
export const messageSchema = z.object({
  id: idSchema,
  direction: directionSchema,
  author: z.string(),
  body: z.string(),
  /** Email HTML as received; the renderer shows it only inside a sandboxed frame, never in the page. */
  html: z.string().nullable(),
  /** Files sent with the message; those with an id can be downloaded (interactions.attachment). */
  attachments: z.array(z.object({ id: z.string().optional(), name: z.string(), size: z.number().int(), type: z.string() })),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  delivery: z.enum(DELIVERY_STATES),
  deliveryError: z.string().nullable(),
  sentAt: timestampSchema,
});
export type Message = z.infer<typeof messageSchema>;

export const interactionSchema = z.object({
  id: idSchema,
  customerId: idSchema.nullable(),
  channel: channelSchema,
  direction: directionSchema,
  address: z.string(),
  subject: z.string().nullable(),
  category: categorySchema,
  status: interactionStatusSchema,
  startedAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
  durationSeconds: z.number().int().nullable(),
  firstResponseAt: timestampSchema.nullable(),
  slaDueAt: timestampSchema.nullable(),
  slaBreachedAt: timestampSchema.nullable(),
  awaitingReply: z.boolean(),
  unread: z.boolean(),
  messages: z.array(messageSchema),
});
export type Interaction = z.infer<typeof interactionSchema>;
