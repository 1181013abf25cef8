import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@contract/workspace';
import { call } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { formatDateTime } from '../../i18n/format';
import { LightMarkdown } from '../knowledge/LightMarkdown';

/**
 * One note: shown formatted (lists, **bold**, links), edited in place with autosave, pinned, its
 * earlier versions one click away.
 */
export function NoteCard({ note, onChanged, startEditing = false }: { note: Note; onChanged(n: Note | null): void; startEditing?: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(startEditing);
  const [body, setBody] = useState(note.body);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [versions, setVersions] = useState<{ body: string; savedAt: number }[] | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setState('saving');
    const timer = setTimeout(() => {
      void call('notes.save', { id: note.id, customerId: note.customerId, interactionId: note.interactionId, body, pinned: note.pinned }).then((n) => {
        setState('saved');
        onChanged(n);
      });
    }, 600);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body]);

  const pin = () => void call('notes.save', { id: note.id, customerId: note.customerId, interactionId: note.interactionId, body, pinned: !note.pinned }).then(onChanged);
  const label = body.split('\n')[0]?.slice(0, 40) || t('notes.untitled');

  return (
    <article className={`note-card${note.pinned ? ' pinned' : ''}`} aria-label={label}>
      <header>
        <span className="muted">{note.author || t('notes.me')} · {formatDateTime(note.updatedAt, i18n.language)}</span>
        <div className="note-actions">
          <button type="button" className="ghost" aria-pressed={note.pinned} onClick={pin}>{t(note.pinned ? 'notes.unpin' : 'notes.pin')}</button>
          <button type="button" className="ghost" aria-pressed={editing} onClick={() => setEditing(!editing)}>{t(editing ? 'notes.doneEditing' : 'notes.edit')}</button>
          <button type="button" className="ghost" onClick={() => void call('notes.versions', { id: note.id }).then((r) => setVersions(r.items))}>{t('notes.history')}</button>
          <button type="button" className="ghost" onClick={() => window.confirm(t('notes.confirmDelete')) && void call('notes.delete', { id: note.id }).then(() => onChanged(null))}>{t('notes.delete')}</button>
        </div>
      </header>
      {editing ? (
        <label className="note-edit">
          <span className="sr-only">{t('notes.text')}</span>
          <textarea autoFocus rows={6} value={body} onChange={(e) => setBody(e.target.value)} placeholder={t('notes.formatHint')} />
          <small className="muted" aria-live="polite">{state === 'saved' ? t('conversation.draftSaved') : state === 'saving' ? t('conversation.draftSaving') : t('notes.formatHint')}</small>
        </label>
      ) : (
        <div className="note-body">{body.trim() ? <LightMarkdown text={body} /> : <p className="muted">{t('notes.empty')}</p>}</div>
      )}
      {versions && (
        <Dialog title={t('notes.history')} onClose={() => setVersions(null)}>
          {versions.length === 0 && <p className="muted">{t('notes.noVersions')}</p>}
          <ol className="note-versions">
            {versions.map((v) => (
              <li key={v.savedAt}>
                <p className="muted">{formatDateTime(v.savedAt, i18n.language)}</p>
                <pre>{v.body}</pre>
                <button type="button" onClick={() => { setBody(v.body); setEditing(true); setVersions(null); }}>{t('notes.restore')}</button>
              </li>
            ))}
          </ol>
        </Dialog>
      )}
    </article>
  );
}
