import { z } from 'zod';
import { categorySchema, channelSchema, idSchema, timestampSchema } from './primitives';

export const INTERACTION_STATUSES = ['open', 'waiting', 'resolved'] as const;
export const interactionStatusSchema = z.enum(INTERACTION_STATUSES);
export const directionSchema = z.enum(['inbound', 'outbound']);

export const messageSchema = z.object({
  id: idSchema,
  direction: directionSchema,
  author: z.string(),
  body: z.string(),
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
  messages: z.array(messageSchema),
});
export type Interaction = z.infer<typeof interactionSchema>;
