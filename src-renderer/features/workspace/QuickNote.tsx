import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** A note box that saves itself within a second of typing stopping, and says so quietly. */
export function QuickNote({ customerId, interactionId, label }: { customerId: string | null; interactionId: string | null; label?: string }) {
  const { t } = useTranslation();
  const [noteId, setNoteId] = useState<string | undefined>(undefined);
  const [body, setBody] = useState('');
  const [state, setState] = useState<'loading' | 'idle' | 'saving' | 'saved'>('loading');

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

  useEffect(() => {
    if (state === 'loading') return;
    setState('saving');
    const timer = setTimeout(() => {
      if (!body.trim() && !noteId) return setState('idle');
      void call('notes.save', { ...(noteId ? { id: noteId } : {}), customerId, interactionId, body }).then((n) => {
        setNoteId(n.id);
        setState('saved');
      });
    }, 600);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body]);

  return (
    <label className="quick-note">
      <span>{label ?? t('panel.quickNote')}</span>
      <textarea rows={4} value={body} disabled={state === 'loading'} onChange={(e) => setBody(e.target.value)} placeholder={t('panel.quickNoteHint')} />
      <small className="muted" aria-live="polite">{state === 'saved' ? t('conversation.draftSaved') : state === 'saving' ? t('conversation.draftSaving') : ''}</small>
    </label>
  );
}
