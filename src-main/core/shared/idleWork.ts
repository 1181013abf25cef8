/**
 * Upkeep done a step at a time between calls rather than inside them: the full-text index's
 * segment merges (migration 0019) and the WAL checkpoint. A step that fails (disk full, read-only
 * folder, closing) is simply tried again at the next tick and does not stop the others.
 */
export function startIdleWork(steps: readonly (() => void)[], everyMs = 3000): () => void {
  const timer = setInterval(() => {
    for (const step of steps) {
      try {
        step();
      } catch {
        // Tried again at the next tick.
      }
    }
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
