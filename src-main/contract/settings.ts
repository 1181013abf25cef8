import { z } from 'zod';
import { localeSchema } from './primitives';

export const THEMES = ['light', 'dark', 'system'] as const;

export const settingsSchema = z.object({
  language: localeSchema,
  theme: z.enum(THEMES),
  navCollapsed: z.boolean(),
  /** Whether a fresh database gets the demo workspace; `--no-demo` overrides it for one launch. */
  demoData: z.boolean(),
  agentName: z.string().max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-CN',
  theme: 'system',
  navCollapsed: false,
  demoData: true,
  agentName: '',
};

export const settingsPatchSchema = settingsSchema.partial().strict();
