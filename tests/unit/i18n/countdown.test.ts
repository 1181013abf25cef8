import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../../src-renderer/features/inbox/sla';

const SEC = 1000;
const HOUR = 3600 * SEC;
const DAY = 24 * HOUR;

describe('countdowns', () => {
  it('read as a clock under a day and as days and hours in the locale beyond', () => {
    expect(formatCountdown(27 * SEC)).toBe('0:27');
    expect(formatCountdown(-65 * SEC)).toBe('-1:05');
    expect(formatCountdown(3 * HOUR + 12 * 60 * SEC + 40 * SEC)).toBe('3:12:40');
    expect(formatCountdown(DAY - SEC)).toBe('23:59:59');
    // An item overdue for 412 days and 3 hours: not "-9891:00:00".
    const late = -(412 * DAY + 3 * HOUR + 59 * SEC);
    expect(formatCountdown(late, 'zh-CN')).toBe('-412天 3小时');
    expect(formatCountdown(late, 'zh-TW')).toBe('-412 天 3 小時');
    expect(formatCountdown(late, 'en')).toBe('-412d 3h');
    expect(formatCountdown(DAY, 'en')).toBe('1d 0h');
  });
});
