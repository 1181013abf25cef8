import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { ErrorMessage } from '../../app/ErrorMessage';

/** Why a backup, restore or export did not happen, in the user's language; other errors as usual. */
export function BackupError({ error, onDismiss }: { error: ApiError; onDismiss(): void }) {
  const { t, i18n } = useTranslation();
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : null;
  const key = reason ? `backups.errors.${reason}` : null;
  if (!key || !i18n.exists(key)) return <ErrorMessage error={error} onDismiss={onDismiss} />;
  return (
    <div role="alert" className="error-box">
      <p>{t(key)}</p>
      <p className="muted">{t('backups.nothingChanged')}</p>
      <details>
        <summary>{t('errors.details')}</summary>
        <code>{error.code}: {error.message}</code>
      </details>
      <button type="button" onClick={onDismiss}>{t('common.close')}</button>
    </div>
  );
}
