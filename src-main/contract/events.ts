import { z } from 'zod';
import { agentStatusStateSchema, callSchema } from './calls';
import { apiErrorSchema } from './errors';
import { idSchema } from './primitives';
import { sessionSchema } from './profiles';
import { reminderSchema } from './reminders';
import { settingsSchema } from './settings';

/** Push events from the core, typed the same way as methods. */
export const events = {
  'settings.changed': settingsSchema,
  'customers.changed': z.object({ ids: z.array(idSchema) }),
  /** Something waiting changed: a new message, a reply, a breach. */
  'inbox.changed': z.object({}),
  'interaction.updated': z.object({ id: idSchema }),
  /** A reminder fell due: the shells show a desktop notification, the window a toast. */
  'reminder.due': reminderSchema,
  'reminders.changed': z.object({}),
  /** Cases were created or changed (status, deadline breach, hand-off, evidence…). */
  'cases.changed': z.object({ ids: z.array(idSchema) }),
  /** A call rang, connected, was held, ended or wrapped up. */
  'call.updated': callSchema,
  /** The agent's status changed, by hand or by a call. */
  'agent.status': agentStatusStateSchema,
  /** Someone signed in or out, or the desk switched between the live and the training workspace. */
  'session.changed': sessionSchema,
  /** A backup was written (name) or failed (error), or one was removed: the list should be read again. */
  'backups.changed': z.object({ name: z.string().optional(), error: apiErrorSchema.optional() }),
  /** The database was replaced by a backup: the window reloads, and may need to sign in again. */
  'app.restored': z.object({ from: z.string(), beforeRestore: z.string() }),
  /** Only with test controls: the core's clock was moved. */
  'clock.changed': z.object({ now: z.number().int() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
