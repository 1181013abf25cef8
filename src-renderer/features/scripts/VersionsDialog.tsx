import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import type { Script } from '@contract/library';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';

export function VersionsDialog({ script, onClose, onRestored }: { script: Script; onClose(): void; onRestored(s: Script): void }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<MethodOutput<'scripts.versions'>['items']>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    call('scripts.versions', { id: script.id }).then((r) => setItems(r.items), (err: unknown) => setError(toApiError(err)));
  }, [script.id]);
  return (
    <Dialog title={t('scripts.versionsTitle', { title: script.title })} onClose={onClose}>
      {error && <ErrorMessage error={error} />}
      <ol className="versions">
        {items.map((v) => (
          <li key={v.version}>
            <span>{t('scripts.versionLine', { version: v.version, title: v.title, count: v.stepCount })}</span>{' '}
            <time className="muted">{formatDateTime(v.savedAt, i18n.language)}</time>{' '}
            {v.version !== script.version && (
              <button type="button" onClick={() => void call('scripts.restore', { id: script.id, version: v.version }).then(onRestored, (err: unknown) => setError(toApiError(err)))}>
                {t('scripts.restore', { version: v.version })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
