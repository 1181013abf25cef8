import { useEffect, useState } from 'react';
import { call, onCoreEvent } from '../../api/client';

/** How many conversations wait for a reply, kept current by inbox events (for the nav badge). */
export function useInboxCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const load = () => void call('inbox.count', {}).then((r) => setCount(r.waiting), () => undefined);
    load();
    return onCoreEvent('inbox.changed', load);
  }, []);
  return count;
}
