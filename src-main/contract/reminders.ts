import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';
import { REMINDER_KINDS } from './values/reminders';
export { REMINDER_KINDS, REMINDER_VIEWS } from './values/reminders';

export const reminderKindSchema = z.enum(REMINDER_KINDS);

export const reminderSchema = z.object({
  id: idSchema,
  kind: reminderKindSchema,
  customerId: idSchema.nullable(),
  customerName: z.string().nullable(),
  interactionId: idSchema.nullable(),
  caseId: z.string().nullable(),
  phone: z.string().nullable(),
  reason: z.string(),
  dueAt: timestampSchema,
  owner: z.string(),
  status: z.enum(['pending', 'fired', 'done', 'cancelled']),
  firedAt: timestampSchema.nullable(),
  outcome: z.string().nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const reminderInputSchema = z
  .object({
    kind: reminderKindSchema.exclude(['renewal']),
    customerId: idSchema.nullable().default(null),
    interactionId: idSchema.nullable().default(null),
    phone: z.string().trim().max(40).regex(/^\+?[0-9\s\-().]*$/, 'invalid phone').nullable().default(null),
    reason: z.string().trim().max(2000).default(''),
    dueAt: timestampSchema,
  })
  .strict();
