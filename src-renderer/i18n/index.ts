import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@contract/primitives';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

export const resources = {
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  en: { translation: en },
} as const;

/** Before settings arrive, follow the system: zh-TW/HK/MO → traditional, other zh → simplified. */
export function localeFromNavigator(language: string | undefined): Locale {
  const l = (language ?? '').toLowerCase();
  if (l.startsWith('zh')) return /-(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  if (l.startsWith('en')) return 'en';
  return 'zh-CN';
}

export function initI18n(language: Locale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function changeLanguage(language: Locale): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18next;
