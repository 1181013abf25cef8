import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';

/** The error's explanation in the user's language: its reason when the core gave one, else its code. */
export function errorText(t: TFunction, error: ApiError): string {
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : null;
  return reason ? t(`errors.reasons.${reason}`, { ...error.details, defaultValue: t(`errors.${error.code}`) }) : t(`errors.${error.code}`);
}

/** An error in the user's language: what happened and what to do; the raw text only on request. */
export function ErrorMessage({ error, onRetry, onDismiss }: { error: ApiError; onRetry?: () => void; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const issues = error.details?.issues ?? [];
  return (
    <div role="alert" className="error-box">
      <p>{errorText(t, error)}</p>
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
