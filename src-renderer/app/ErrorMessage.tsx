import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';

/** An error in the user's language: what happened and what to do; the raw text only on request. */
export function ErrorMessage({ error, onRetry, onDismiss }: { error: ApiError; onRetry?: () => void; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const issues = error.details?.issues ?? [];
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : null;
  return (
    <div role="alert" className="error-box">
      <p>{reason ? t(`errors.reasons.${reason}`, { ...error.details, defaultValue: t(`errors.${error.code}`) }) : t(`errors.${error.code}`)}</p>
      {issues.length > 0 && <p className="muted">{t('errors.fieldCount', { count: issues.length })}</p>}
      <details>
        <summary>{t('errors.details')}</summary>
        <code>{error.code}: {error.message}</code>
      </details>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('common.close')}
        </button>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
