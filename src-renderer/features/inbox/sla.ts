import { formatUnit } from '../../i18n/format';

export type SlaState = 'ok' | 'warn' | 'breached' | 'none';

/** Green until 80 % of the allowed time has passed, amber after, red once breached. */
export function slaState(startedAt: number | null, dueAt: number | null, now: number, breached: boolean): SlaState {
  if (breached) return 'breached';
  if (startedAt === null || dueAt === null) return 'none';
  if (now >= dueAt) return 'breached';
  return (now - startedAt) / Math.max(1, dueAt - startedAt) >= 0.8 ? 'warn' : 'ok';
}

/**
 * "0:27", "-1:05", "3:12:40": time left (negative once late), for countdowns. From a day on, days
 * and hours in the locale ("-412天 3小时", "-412d 3h"): a clock of ten thousand hours reads as noise.
 */
export function formatCountdown(ms: number, locale?: string): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  if (total >= 86_400) return `${sign}${formatUnit(Math.floor(total / 86_400), 'day', locale)} ${formatUnit(Math.floor((total % 86_400) / 3600), 'hour', locale)}`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${sign}${m}:${String(s).padStart(2, '0')}`;
}
