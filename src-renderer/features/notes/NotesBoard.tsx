import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@contract/workspace';
import { call } from '../../api/client';
import { NoteCard } from './NoteCard';

const order = (a: Note, b: Note) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt;

/** A customer's notes, or the agent's own scratchpad when there is no customer: pinned first. */
export function NotesBoard({ customerId, title }: { customerId: string | null; title: string }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<Note[]>([]);
  const [fresh, setFresh] = useState<string | null>(null);

  const load = useCallback(() => void call('notes.list', customerId ? { customerId } : {}).then((r) => setNotes(r.items)), [customerId]);
  useEffect(load, [load]);

  const add = async () => {
    const n = await call('notes.save', { customerId, interactionId: null, body: '' });
    setFresh(n.id);
    setNotes((all) => [n, ...all]);
  };
  const changed = (id: string) => (n: Note | null) => setNotes((all) => (n ? all.map((x) => (x.id === id ? n : x)) : all.filter((x) => x.id !== id)).sort(order));

  return (
    <section className="notes-board" aria-labelledby={`notes-h-${customerId ?? 'mine'}`}>
      <div className="card-head">
        <h2 id={`notes-h-${customerId ?? 'mine'}`}>{title}</h2>
        <button type="button" onClick={() => void add()}>{t('notes.new')}</button>
      </div>
      {notes.length === 0 && <p className="muted">{t('notes.none')}</p>}
      <div className="notes-list">
        {notes.map((n) => <NoteCard key={n.id} note={n} onChanged={changed(n.id)} startEditing={n.id === fresh} />)}
      </div>
    </section>
  );
}
