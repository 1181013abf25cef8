import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { errorText } from './ErrorMessage';

export type SaveState = 'idle' | 'loading' | 'saving' | 'saved' | 'failed';

/**
 * The quiet line under a self-saving editor. When the core refuses a save (disk full, read-only
 * folder…) it says so out loud, says why, and that the text is still in the box, with a retry.
 */
export function SaveStatus({ state, error, onRetry }: { state: SaveState; error: ApiError | null; onRetry: () => void }) {
  const { t } = useTranslation();
  if (state === 'failed' && error) {
    return (
      <div role="alert" className="save-refused">
        <strong>{t('errors.notSaved')}</strong> <span>{errorText(t, error)}</span>{' '}
        <button type="button" className="ghost" onClick={onRetry}>{t('errors.retrySave')}</button>
      </div>
    );
  }
  return (
    <small className="muted" aria-live="polite">
      {state === 'saved' ? t('conversation.draftSaved') : state === 'saving' ? t('conversation.draftSaving') : ''}
    </small>
  );
}
