export type SlaState = 'ok' | 'warn' | 'breached' | 'none';

/** Green until 80 % of the allowed time has passed, amber after, red once breached. */
export function slaState(startedAt: number | null, dueAt: number | null, now: number, breached: boolean): SlaState {
  if (breached) return 'breached';
  if (startedAt === null || dueAt === null) return 'none';
  if (now >= dueAt) return 'breached';
  return (now - startedAt) / Math.max(1, dueAt - startedAt) >= 0.8 ? 'warn' : 'ok';
}

/** "0:27", "-1:05", "3:12:40": time left (negative once late), for countdowns. */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${sign}${m}:${String(s).padStart(2, '0')}`;
}
