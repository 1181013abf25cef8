import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@contract/workspace';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { SaveStatus, type SaveState } from '../../app/SaveStatus';
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
  const [state, setState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [versions, setVersions] = useState<{ body: string; savedAt: number }[] | null>(null);
  const first = useRef(true);

  // A refused save keeps the text in the box and says so; the next keystroke or Retry tries again.
  const save = () => {
    call('notes.save', { id: note.id, customerId: note.customerId, interactionId: note.interactionId, body, pinned: note.pinned }).then(
      (n) => {
        setState('saved');
        onChanged(n);
      },
      (err: unknown) => {
        setSaveError(toApiError(err));
        setState('failed');
      },
    );
  };

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (state !== 'failed') setState('saving');
    const timer = setTimeout(save, 600);
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
        <div className="note-edit">
          <label className="note-edit">
            <span className="sr-only">{t('notes.text')}</span>
            <textarea autoFocus rows={6} value={body} onChange={(e) => setBody(e.target.value)} placeholder={t('notes.formatHint')} />
          </label>
          {state === 'idle' ? <small className="muted">{t('notes.formatHint')}</small> : <SaveStatus state={state} error={saveError} onRetry={save} />}
        </div>
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
