import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Interaction } from '@contract/interactions';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';

/** One interaction's messages. Bodies render as text, never as HTML: hostile content stays inert. */
export function InteractionDialog({ id, onClose }: { id: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [item, setItem] = useState<Interaction | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    call('interactions.get', { id }).then(setItem, (err: unknown) => setError(toApiError(err)));
  }, [id]);

  return (
    <dialog ref={ref} className="interaction-dialog" aria-labelledby="interaction-h" onClose={onClose} onCancel={onClose}>
      <header>
        <h3 id="interaction-h">{item?.subject ?? t('customer.messages')}</h3>
        <button type="button" onClick={onClose}>
          {t('customer.close')}
        </button>
      </header>
      {error && <ErrorMessage error={error} />}
      {item && (
        <ol className="messages">
          {item.messages.map((m) => (
            <li key={m.id} className={`bubble ${m.direction}`}>
              <div className="bubble-meta">
                <span>{m.author || item.address}</span>
                <time dateTime={new Date(m.sentAt).toISOString()}>{formatDateTime(m.sentAt, i18n.language)}</time>
              </div>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      )}
    </dialog>
  );
}
