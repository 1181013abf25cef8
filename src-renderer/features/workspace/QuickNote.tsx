import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { SaveStatus, type SaveState } from '../../app/SaveStatus';

/** A note box that saves itself within a second of typing stopping, and says so quietly. */
export function QuickNote({ customerId, interactionId, label }: { customerId: string | null; interactionId: string | null; label?: string }) {
  const { t } = useTranslation();
  const [noteId, setNoteId] = useState<string | undefined>(undefined);
  const [body, setBody] = useState('');
  const [state, setState] = useState<SaveState>('loading');
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  useEffect(() => {
    setState('loading');
    const by = customerId ? { customerId } : interactionId ? { interactionId } : {};
    call('notes.list', by).then((r) => {
      const own = r.items.find((n) => n.interactionId === interactionId) ?? (interactionId ? undefined : r.items[0]);
      setNoteId(own?.id);
      setBody(own?.body ?? '');
      setState('idle');
    });
  }, [customerId, interactionId]);

  // A refused save keeps the text in the box and says so; the next keystroke or Retry tries again.
  const save = () => {
    if (!body.trim() && !noteId) return setState('idle');
    call('notes.save', { ...(noteId ? { id: noteId } : {}), customerId, interactionId, body }).then(
      (n) => {
        setNoteId(n.id);
        setState('saved');
      },
      (err: unknown) => {
        setSaveError(toApiError(err));
        setState('failed');
      },
    );
  };

  useEffect(() => {
    if (state === 'loading') return;
    if (state !== 'failed') setState('saving');
    const timer = setTimeout(save, 600);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body]);

  return (
    <div className="quick-note">
      <label className="quick-note">
        <span>{label ?? t('panel.quickNote')}</span>
        <textarea rows={4} value={body} disabled={state === 'loading'} onChange={(e) => setBody(e.target.value)} placeholder={t('panel.quickNoteHint')} />
      </label>
      <SaveStatus state={state} error={saveError} onRetry={save} />
    </div>
  );
}
