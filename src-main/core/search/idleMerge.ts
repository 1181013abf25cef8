/**
 * Merges the full-text index's segments a step at a time between calls, so no message sent waits
 * for a merge (see migration 0019). A step that fails (disk full, read-only folder, closing) is
 * simply tried again at the next tick; searching works on unmerged segments, only slower.
 */
export function startIdleMerging(mergeSome: () => void, everyMs = 3000): () => void {
  const timer = setInterval(() => {
    try {
      mergeSome();
    } catch {
      // Tried again at the next tick.
    }
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
