import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** What the rows of a long list need to say things: labels, t for texts with values, the locale. */
export interface RowText {
  /** A label without values, looked up once per language. */
  label: (key: string) => string;
  t: TFunction;
  locale: string;
}

/**
 * Row labels for the current language, shared by every row of a list: i18next's lookup per label
 * per row was a good part of each scroll step (timeline) and each second's countdowns (inbox).
 */
export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const cache = new Map<string, string>();
    return { label: (key: string) => cache.get(key) ?? cache.set(key, t(key)).get(key)!, t, locale: i18n.language };
  }, [t, i18n.language]);
}
