import { useCallback, useEffect, useState } from 'react';

interface StoredDraft {
  text: string;
  /** The customer line the trainee is answering, and when it was first shown (Date.now()). */
  lineIndex: number;
  shownAt: number;
}

const keyOf = (sessionId: string) => `training.draft.${sessionId}`;

function read(sessionId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(sessionId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof v.text === 'string' && typeof v.lineIndex === 'number' && typeof v.shownAt === 'number' ? (v as StoredDraft) : null;
  } catch {
    return null;
  }
}

/**
 * The reply being typed, kept in localStorage per session so a reload loses nothing, together with
 * when the customer's line appeared: a reload must not reset the clock the trainee is scored on.
 */
export function useReplyDraft(sessionId: string, customerLineIndex: number) {
  const [state, setState] = useState<StoredDraft>(() => {
    const stored = read(sessionId);
    if (stored && stored.lineIndex === customerLineIndex) return stored;
    return { text: stored?.text ?? '', lineIndex: customerLineIndex, shownAt: Date.now() };
  });

  // A new customer line restarts the clock; whatever is typed stays.
  useEffect(() => {
    setState((s) => (s.lineIndex === customerLineIndex ? s : { ...s, lineIndex: customerLineIndex, shownAt: Date.now() }));
  }, [customerLineIndex]);

  useEffect(() => {
    try {
      localStorage.setItem(keyOf(sessionId), JSON.stringify(state));
    } catch {
      // Storage full or disabled: the draft still lives in memory.
    }
  }, [sessionId, state]);

  const setText = useCallback((text: string) => setState((s) => ({ ...s, text })), []);
  const clear = useCallback(() => setState((s) => ({ ...s, text: '' })), []);
  return { text: state.text, shownAt: state.shownAt, setText, clear };
}

/** The session is over: its draft has nothing left to answer. */
export function forgetReplyDraft(sessionId: string): void {
  try {
    localStorage.removeItem(keyOf(sessionId));
  } catch {
    // Nothing to do.
  }
}
