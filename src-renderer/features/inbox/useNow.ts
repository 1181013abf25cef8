import { useEffect, useState } from 'react';
import { create } from 'zustand';

/**
 * The host's "now" as an offset from this machine's clock, learnt from the core, so countdowns
 * agree with the deadlines the core computed (and follow a test clock).
 */
export const useClockOffset = create<{ offset: number; set(serverNow: number): void }>((set) => ({
  offset: 0,
  set: (serverNow) => set({ offset: serverNow - Date.now() }),
}));

/** Re-renders every `ms` with the current time: countdowns tick without refetching. */
export function useNow(ms = 1000): number {
  const offset = useClockOffset((s) => s.offset);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), ms);
    return () => clearInterval(timer);
  }, [ms, offset]);
  return now;
}
