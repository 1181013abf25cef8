import { z } from 'zod';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS } from './backups';
import { DEFAULT_DISPOSITIONS, dispositionCodeSchema } from './calls';
import { caseSettingsSchema, DEFAULT_CASE_SETTINGS } from './cases';
import { localeSchema } from './primitives';
import { THEMES } from './values/settings';
export { THEMES } from './values/settings';


export const settingsSchema = z.object({
  language: localeSchema,
  theme: z.enum(THEMES),
  navCollapsed: z.boolean(),
  /** Whether a fresh database gets the demo workspace; `--no-demo` overrides it for one launch. */
  demoData: z.boolean(),
  agentName: z.string().max(100),
  /** Service levels per channel: first response targets (the brief's numbers are the defaults). */
  sla: z
    .object({
      phoneSeconds: z.number().int().min(5).max(600),
      chatSeconds: z.number().int().min(5).max(3600),
      emailWorkingHours: z.number().min(0.5).max(120),
      workdayStartHour: z.number().int().min(0).max(23),
      workdayEndHour: z.number().int().min(1).max(24),
      workdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    })
    .strict()
    .refine((s) => s.workdayEndHour > s.workdayStartHour, { message: 'the workday ends after it starts', path: ['workdayEndHour'] }),
  /** The built-in channel simulator: inbound emails and messages for demos, training and tests. */
  simulator: z.object({ enabled: z.boolean(), messagesPerHour: z.number().min(0).max(600) }).strict(),
  /** The phone: simulated inbound rate (when the simulator is on) and the wrap-up codes agents pick from. */
  calls: z
    .object({
      inboundPerHour: z.number().min(0).max(120),
      dispositions: z.array(dispositionCodeSchema).min(1).max(30).refine((d) => new Set(d).size === d.length, { message: 'wrap-up codes must differ' }),
    })
    .strict(),
  /** Renewal reminders appear this many days before a membership expires. */
  renewalLeadDays: z.number().int().min(1).max(120),
  /** Case deadlines per grade (first contact, resolution), archiving and the default follow-up delay. */
  cases: caseSettingsSchema,
  /** The team's targets an agent's day is measured against (My day in Reports). */
  targets: z
    .object({
      slaPercent: z.number().int().min(0).max(100),
      resolutionPercent: z.number().int().min(0).max(100),
      satisfaction: z.number().min(1).max(5),
      firstResponseSeconds: z.number().int().min(1).max(86_400),
    })
    .strict(),
  /** The automatic daily backup and how many of them are kept. */
  backups: backupSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-CN',
  theme: 'system',
  navCollapsed: false,
  demoData: true,
  agentName: '',
  sla: { phoneSeconds: 15, chatSeconds: 30, emailWorkingHours: 8, workdayStartHour: 9, workdayEndHour: 18, workdays: [1, 2, 3, 4, 5] },
  simulator: { enabled: true, messagesPerHour: 12 },
  calls: { inboundPerHour: 6, dispositions: [...DEFAULT_DISPOSITIONS] },
  renewalLeadDays: 14,
  cases: DEFAULT_CASE_SETTINGS,
  // The source documents' standards: answer within 30 s, resolve most contacts, satisfaction 4.5 of 5.
  targets: { slaPercent: 90, resolutionPercent: 85, satisfaction: 4.5, firstResponseSeconds: 30 },
  backups: DEFAULT_BACKUP_SETTINGS,
};

export const settingsPatchSchema = settingsSchema.partial().strict();
