import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { trainingIssueMessage } from './trainingIssues';

/** Why a file was not imported: not JSON, or a scenario with these problems (where, and what). */
export function ImportError({ error, onDismiss }: { error: ApiError; onDismiss(): void }) {
  const { t } = useTranslation();
  const reason = error.details?.reason;
  if (reason !== 'invalid-json' && reason !== 'invalid-scenario') return <ErrorMessage error={error} onDismiss={onDismiss} />;
  const issues = (error.details?.issues ?? []).slice(0, 8);
  return (
    <div role="alert" className="error-box">
      <p>{reason === 'invalid-json' ? t('training.supervisor.errors.invalidJson') : t('training.supervisor.errors.invalidScenario')}</p>
      {reason === 'invalid-scenario' && (
        <ul className="ts-import-issues">
          {issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path.slice(1).join('.') || '—'}</code> {trainingIssueMessage(t, issue)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>{t('common.close')}</button>
    </div>
  );
}
