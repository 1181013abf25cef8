import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Note, Tab } from '../../contract/workspace';
import type { InteractionsRepo } from '../interactions/interactionsRepo';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { NoteRow, TabRow, WorkspaceRepo } from './workspaceRepo';

const NOTE_VERSION_EVERY = 60_000;

const toTab = (r: TabRow): Tab => ({
  id: r.id, kind: r.kind as Tab['kind'], refId: r.ref_id, position: r.position, pinned: r.pinned === 1,
  state: JSON.parse(r.state) as Record<string, unknown>, openedAt: r.opened_at,
});
const toNote = (r: NoteRow): Note => ({
  id: r.id, customerId: r.customer_id, interactionId: r.interaction_id, body: r.body, pinned: r.pinned === 1, author: r.author, createdAt: r.created_at, updatedAt: r.updated_at,
});

/**
 * Tabs, drafts and notes live in the database, not the page: after a reload, a crash or a
 * restart the same tabs come back with every draft and note as last saved.
 */
export function createWorkspaceService(deps: {
  /** Who is at the desk: the signed-in profile's name, signing replies, notes, cases and reminders. */
  agentName(): string;
  /** Multi-row saves (tab order, a note with its version and index entry) are one transaction each. */
  db: Database.Database;
  repo: WorkspaceRepo;
  interactions: InteractionsRepo;
  settings: SettingsService;
  clock: Clock;
  newId: IdGenerator;
  /** Notes are searchable: each save re-indexes the note, a delete removes it. */
  index: (id: string, at: number, text: string) => void;
  unindex: (id: string) => void;
  /** May refuse to close a tab (a call still waiting for its wrap-up code) by throwing. */
  beforeClose?: (kind: Tab['kind'], refId: string) => void;
}) {
  const { repo, clock } = deps;
  const atomic = <A extends unknown[], R>(fn: (...args: A) => R) => deps.db.transaction(fn) as unknown as (...args: A) => R;
  const tab = (id: string) => {
    const t = repo.findTab(id);
    if (!t) throw new AppError('NOT_FOUND', `No tab with id ${id}.`, { id });
    return t;
  };
  const list = () => ({ items: repo.listTabs().map(toTab) });
  const interactionExists = (id: string) => {
    if (!deps.interactions.findInteractionById(id)) throw new AppError('NOT_FOUND', `No interaction with id ${id}.`, { id });
  };
  return {
    listTabs: list,
    openTab: atomic((kind: Tab['kind'], refId: string): Tab => {
      const existing = repo.findTabByRef(kind, refId);
      if (existing) return toTab(existing);
      const id = deps.newId();
      repo.insertTab({ id, kind, ref_id: refId, position: repo.nextTabPosition(), state: '{}', now: clock.now() });
      return toTab(tab(id));
    }),
    closeTab(id: string) {
      const t = repo.findTab(id);
      if (t) deps.beforeClose?.(t.kind as Tab['kind'], t.ref_id);
      return { closed: repo.deleteTab(id) };
    },
    // Every tab is renumbered: a crash half-way would leave two tabs on one position.
    moveTab: atomic((id: string, position: number) => {
      tab(id);
      const ordered = repo.listTabs().filter((t) => t.id !== id);
      ordered.splice(Math.min(position, ordered.length), 0, tab(id));
      const now = clock.now();
      ordered.forEach((t, i) => repo.setTabPosition(t.id, i, now));
      return list();
    }),
    pinTab(id: string, pinned: boolean) {
      tab(id);
      repo.setTabPinned(id, pinned, clock.now());
      return list();
    },
    setTabState(id: string, state: Record<string, unknown>) {
      const current = JSON.parse(tab(id).state) as Record<string, unknown>;
      repo.setTabState(id, JSON.stringify({ ...current, ...state }), clock.now());
      return toTab(tab(id));
    },
    getDraft(interactionId: string) {
      const d = repo.findDraft(interactionId);
      return d
        ? { interactionId, body: d.body, subject: d.subject, to: JSON.parse(d.to_addresses) as string[], cc: JSON.parse(d.cc_addresses) as string[], mode: d.mode as 'reply' | 'replyAll' | 'forward', updatedAt: d.updated_at }
        : null;
    },
    saveDraft(d: { interactionId: string; body: string; subject: string | null; to: string[]; cc: string[]; mode: 'reply' | 'replyAll' | 'forward' }) {
      interactionExists(d.interactionId);
      const now = clock.now();
      repo.saveDraft({ interaction_id: d.interactionId, body: d.body, subject: d.subject, to_addresses: JSON.stringify(d.to), cc_addresses: JSON.stringify(d.cc), mode: d.mode, updated_at: now });
      return { ...d, updatedAt: now };
    },
    discardDraft: (interactionId: string) => ({ discarded: repo.deleteDraft(interactionId) }),
    listNotes: (by: { customerId?: string; interactionId?: string }) => ({ items: repo.listNotes(by).map(toNote) }),
    // The note, its previous version and its search entry are saved together or not at all.
    saveNote: atomic((n: { id?: string; customerId: string | null; interactionId: string | null; body: string; pinned: boolean }) => {
      const now = clock.now();
      if (n.id) {
        const before = repo.findNote(n.id);
        if (!before) throw new AppError('NOT_FOUND', `No note with id ${n.id}.`, { id: n.id });
        // Autosave writes every second; keep the previous text as a version at most once a minute.
        const lastVersion = repo.lastNoteVersionAt(n.id) ?? 0;
        if (before.body !== n.body && before.body.trim() !== '' && now - Math.max(lastVersion, before.created_at) >= NOTE_VERSION_EVERY) {
          repo.insertNoteVersion(deps.newId(), n.id, before.body, before.updated_at);
        }
        repo.updateNote(n.id, n.body, n.pinned, now);
        deps.index(n.id, now, n.body);
        return toNote(repo.findNote(n.id)!);
      }
      const id = deps.newId();
      repo.insertNote({ id, customer_id: n.customerId, interaction_id: n.interactionId, body: n.body, pinned: n.pinned ? 1 : 0, author: deps.agentName(), now });
      deps.index(id, now, n.body);
      return toNote(repo.findNote(id)!);
    }),
    deleteNote: atomic((id: string) => {
      deps.unindex(id);
      return { deleted: repo.deleteNote(id) };
    }),
    noteVersions(id: string) {
      if (!repo.findNote(id)) throw new AppError('NOT_FOUND', `No note with id ${id}.`, { id });
      return { items: repo.listNoteVersions(id).map((v) => ({ body: v.body, savedAt: v.saved_at })) };
    },
  };
}
export type WorkspaceService = ReturnType<typeof createWorkspaceService>;
