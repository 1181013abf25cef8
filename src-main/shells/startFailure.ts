/**
 * The one message a shell shows when the core cannot start (data folder read-only, disk full,
 * database held by another program, damaged or too new), in the system's language: the window
 * never loads then, so the renderer's translations are read here from the same locale files.
 */
import en from '../../src-renderer/i18n/locales/en.json';
import zhCN from '../../src-renderer/i18n/locales/zh-CN.json';
import zhTW from '../../src-renderer/i18n/locales/zh-TW.json';
import { ERROR_CODES, type ErrorCode } from '../contract/errors';

export type ShellLocale = 'zh-CN' | 'zh-TW' | 'en';
const LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const;

/** An OS language tag (app.getLocale(), LANG=zh_TW.UTF-8, zh-Hant-HK…) as one of ours. */
export function shellLocale(tag: string | undefined | null): ShellLocale {
  const t = (tag ?? '').replace(/\..*$/, '').replace(/_/g, '-').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)\b/.test(t) ? 'zh-TW' : 'zh-CN';
}

function lookup(table: Record<string, unknown>, key: string): string | null {
  const v = table[key];
  return typeof v === 'string' ? v : null;
}

export function startFailureMessage(err: unknown, locale: ShellLocale, dataDir: string): { title: string; detail: string } {
  const strings = LOCALES[locale];
  const e = err as { code?: unknown; details?: { reason?: unknown } } | null;
  const code: ErrorCode = typeof e?.code === 'string' && (ERROR_CODES as readonly string[]).includes(e.code) ? (e.code as ErrorCode) : 'INTERNAL';
  const reason = typeof e?.details?.reason === 'string' ? e.details.reason : null;
  const errors = strings.errors as unknown as Record<string, unknown> & { startReasons: Record<string, string> };
  const explanation = (reason ? lookup(errors.startReasons, reason) : null) ?? lookup(errors, code) ?? strings.errors.INTERNAL;
  return {
    title: strings.app.startFailed,
    detail: `${explanation}\n${strings.errors.dataFolder.replace('{{path}}', dataDir)}`,
  };
}
