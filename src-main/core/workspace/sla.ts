import type { Settings } from '../../contract/settings';
import type { Channel } from '../../contract/primitives';

type SlaRules = Settings['sla'];
const HOUR = 3_600_000;

/**
 * Adds working hours in the machine's local time: only the part of each working day between the
 * start and end hour counts (an email at 17:30 with 8 h to answer is due next working day 16:30).
 */
export function addWorkingHours(start: number, hours: number, rules: SlaRules): number {
  let remaining = hours * HOUR;
  let t = start;
  for (let guard = 0; guard < 3660 && remaining > 0; guard++) {
    const d = new Date(t);
    const dayStart = new Date(d.getFullYear(), d.getMonth(), d.getDate(), rules.workdayStartHour).getTime();
    const dayEnd = new Date(d.getFullYear(), d.getMonth(), d.getDate(), rules.workdayEndHour).getTime();
    if (rules.workdays.includes(d.getDay()) && t < dayEnd) {
      const from = Math.max(t, dayStart);
      const take = Math.min(remaining, dayEnd - from);
      remaining -= take;
      t = from + take;
      if (remaining === 0) return t;
    }
    t = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0).getTime();
  }
  return t;
}

/** When the first (or next) reply is due for something that arrived at `at` on `channel`. */
export function slaDueAt(channel: Channel, at: number, rules: SlaRules): number {
  if (channel === 'phone') return at + rules.phoneSeconds * 1000;
  if (channel === 'email') return addWorkingHours(at, rules.emailWorkingHours, rules);
  return at + rules.chatSeconds * 1000;
}
