import { useCallback, useEffect, useRef } from 'react';

/**
 * Saves `value` a moment after typing stops, at once when the field loses focus (so a click on
 * "Resolve" right after typing sends the text first), and when the component goes away: text typed
 * into a case is never lost. Returns the flush for onBlur.
 */
export function useAutosave<T>(value: T, save: (v: T) => void, delay = 700): () => void {
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;
  const flush = useCallback(() => {
    if (Object.is(latest.current, saved.current)) return;
    saved.current = latest.current;
    saveRef.current(latest.current);
  }, []);
  useEffect(() => {
    if (Object.is(value, saved.current)) return;
    const timer = window.setTimeout(flush, delay);
    return () => window.clearTimeout(timer);
  }, [value, delay, flush]);
  useEffect(() => flush, [flush]);
  return flush;
}
