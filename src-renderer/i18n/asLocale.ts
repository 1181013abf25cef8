import { LOCALES } from '@contract/values/primitives';
import type { Locale } from '@contract/primitives';

/** A language tag as one of ours, or Simplified Chinese when it is none of them. */
export const asLocale = (lang: string): Locale => ((LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'zh-CN');
