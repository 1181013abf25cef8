import { z } from 'zod';
import { idSchema, shortText, timestampSchema } from './primitives';
import { ROLES } from './values/profiles';
export { ROLES } from './values/profiles';

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Live: the real customers. Training: a separate database of synthetic customers for practice. */
export const WORKSPACE_MODES = ['live', 'training'] as const;
export const workspaceModeSchema = z.enum(WORKSPACE_MODES);
export type WorkspaceMode = z.infer<typeof workspaceModeSchema>;

/** Digits only: typed on a keypad-like field; length is what makes guessing slow, with the lockout. */
export const pinSchema = z.string().regex(/^\d{4,12}$/, 'pin must be 4 to 12 digits');

/** Failed PIN attempts before a profile locks, and for how long. */
export const PIN_MAX_ATTEMPTS = 5;
export const PIN_LOCK_MS = 5 * 60_000;

export const profileSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  hasPin: z.boolean(),
  /** Set while a run of wrong PINs keeps the profile locked. */
  lockedUntil: timestampSchema.nullable(),
  lastSignInAt: timestampSchema.nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

export const sessionSchema = z.object({
  profile: profileSchema.nullable(),
  mode: workspaceModeSchema,
  /** True when the live workspace is shown read-only with contact details masked (a trainee looking on). */
  masked: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const profileInputSchema = z
  .object({ name: shortText(60), role: roleSchema, pin: pinSchema.nullable().default(null) })
  .strict();

export const profilePatchSchema = z.object({ id: idSchema, name: shortText(60).optional(), role: roleSchema.optional() }).strict();

/** Clearing or changing one's own PIN needs the current one; a supervisor may reset anyone's. */
export const setPinSchema = z.object({ id: idSchema, pin: pinSchema.nullable(), currentPin: z.string().max(12).optional() }).strict();

export const auditFiltersSchema = z
  .object({
    actor: z.string().trim().max(60).optional(),
    action: z.string().trim().max(40).optional(),
    entity: z.string().trim().max(40).optional(),
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
    before: z.object({ at: timestampSchema, id: idSchema }).strict().optional(),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const auditEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.string(),
});
