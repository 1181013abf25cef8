/** Snooze choices: 5 min, 15 min, 1 h, and tomorrow at 9:00 in the user's time zone. */
export const SNOOZES = ['5m', '15m', '1h', 'tomorrow'] as const;
export type Snooze = (typeof SNOOZES)[number];

export function snoozeUntil(choice: Snooze, now: number): number {
  if (choice === '5m') return now + 5 * 60_000;
  if (choice === '15m') return now + 15 * 60_000;
  if (choice === '1h') return now + 3_600_000;
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9, 0).getTime();
}

/** A value for <input type="datetime-local"> in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(v: string): number | null {
  const t = new Date(v).getTime();
  return Number.isNaN(t) ? null : t;
}
