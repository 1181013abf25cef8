import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';

/** An error in the user's language: what happened and what to do; the raw text only on request. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const issues = error.details?.issues ?? [];
  return (
    <div role="alert" className="error-box">
      <p>{t(`errors.${error.code}`)}</p>
      {issues.length > 0 && <p className="muted">{t('errors.fieldCount', { count: issues.length })}</p>}
      <details>
        <summary>{t('errors.details')}</summary>
        <code>{error.code}: {error.message}</code>
      </details>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
