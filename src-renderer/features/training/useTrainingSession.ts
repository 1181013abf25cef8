import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '@contract/errors';
import type { TrainingSession } from '@contract/training';
import { call, toApiError } from '../../api/client';

/** One practice session: loaded by id, then replaced by whatever the core returns after each reply or stop. */
export function useTrainingSession(id: string) {
  const [session, setSession] = useState<TrainingSession | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setSession(await call('training.session', { id }));
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }, [id]);
  useEffect(() => {
    setSession(null);
    void load();
  }, [load]);

  const run = useCallback(async (work: () => Promise<TrainingSession>): Promise<boolean> => {
    setBusy(true);
    try {
      setSession(await work());
      setError(null);
      return true;
    } catch (err) {
      setError(toApiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const reply = useCallback((text: string, elapsedMs: number) => run(() => call('training.reply', { sessionId: id, text, elapsedMs })), [id, run]);
  const stop = useCallback(() => run(() => call('training.stop', { sessionId: id })), [id, run]);
  return { session, error, busy, load, reply, stop, clearError: () => setError(null) };
}
