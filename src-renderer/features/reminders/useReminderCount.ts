import { useEffect, useState } from 'react';
import { call, onCoreEvent } from '../../api/client';

/** Overdue reminders, for the navigation badge. */
export function useReminderCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const load = () => void call('reminders.counts', {}).then((r) => setCount(r.overdue), () => undefined);
    load();
    return onCoreEvent('reminders.changed', load);
  }, []);
  return count;
}
