import type Database from 'better-sqlite3';

export interface InboxRow {
  id: string; channel: string; category: string; status: string; customer_id: string | null; customer_name: string | null;
  address: string; subject: string | null; preview: string; last_inbound_at: number; started_at: number; sla_due_at: number;
  sla_breached_at: number | null; unread: number;
}
/** One inbox row as the raw statement returns it: the SELECT's columns in order. */
type InboxTuple = [
  id: string, channel: string, category: string, status: string, customer_id: string | null, customer_name: string | null,
  address: string, subject: string | null, preview: string, last_inbound_at: number, started_at: number, sla_due_at: number,
  sla_breached_at: number | null, unread: number,
];
function toInboxRow([id, channel, category, status, customer_id, customer_name, address, subject, preview, last_inbound_at, started_at, sla_due_at, sla_breached_at, unread]: InboxTuple): InboxRow {
  return { id, channel, category, status, customer_id, customer_name, address, subject, preview, last_inbound_at, started_at, sla_due_at, sla_breached_at, unread };
}
export interface TabRow { id: string; kind: string; ref_id: string; position: number; pinned: number; state: string; opened_at: number; updated_at: number }
export interface DraftRow { interaction_id: string; body: string; subject: string | null; to_addresses: string; cc_addresses: string; mode: string; updated_at: number }
export interface NoteRow { id: string; customer_id: string | null; interaction_id: string | null; body: string; pinned: number; author: string; created_at: number; updated_at: number }

/** Inbox, conversation state, outbox, tabs, drafts and notes. */
export function createWorkspaceRepo(db: Database.Database) {
  const q = {
    // Rows as arrays (raw): better-sqlite3 builds a keyed object per row property by property, which
    // for the inbox's 1,000 rows of 14 columns cost more than the query itself (measured ~1.5 ms).
    inbox: db.prepare(`
      SELECT i.id, i.channel, i.category, i.status, i.customer_id, c.full_name AS customer_name, i.address, i.subject, i.preview,
        coalesce(i.last_inbound_at, i.started_at) AS last_inbound_at,
        i.started_at, i.sla_due_at, i.sla_breached_at, i.unread
      FROM interactions i LEFT JOIN customers c ON c.id = i.customer_id
      WHERE i.awaiting_reply = 1
        AND (@channels IS NULL OR i.channel IN (SELECT value FROM json_each(@channels)))
        AND (@categories IS NULL OR i.category IN (SELECT value FROM json_each(@categories)))
      ORDER BY i.sla_due_at, i.id LIMIT 1000`).raw(true),
    // The badge's number: the inbox's rows counted, up to the same 1,000 the list shows.
    countInbox: db.prepare('SELECT count(*) FROM (SELECT 1 FROM interactions WHERE awaiting_reply = 1 LIMIT 1000)').pluck(),
    // Both read the partial index interactions_breach_watch (0020), named because a file analysed
    // before it existed has statistics only for the inbox's index, and the planner took that one:
    // it starts with every breached reply (13,000 rows read, 0.2 s, for one minimum).
    nextBreachDue: db.prepare('SELECT min(sla_due_at) FROM interactions INDEXED BY interactions_breach_watch WHERE awaiting_reply = 1 AND sla_breached_at IS NULL').pluck(),
    markBreachedUpTo: db.prepare(`
      UPDATE interactions INDEXED BY interactions_breach_watch SET sla_breached_at = sla_due_at, updated_at = @now
      WHERE awaiting_reply = 1 AND sla_breached_at IS NULL AND sla_due_at <= @now RETURNING id`).pluck(),
    recordReply: db.prepare(`
      UPDATE interactions SET
        first_response_at = coalesce(first_response_at, @at),
        sla_breached_at = CASE WHEN sla_breached_at IS NULL AND awaiting_reply = 1 AND sla_due_at < @at THEN sla_due_at ELSE sla_breached_at END,
        awaiting_reply = 0, unread = 0, preview = @preview, updated_at = @at
      WHERE id = @id`),
    recordInbound: db.prepare(`
      UPDATE interactions SET
        sla_due_at = CASE WHEN awaiting_reply = 1 THEN sla_due_at ELSE @due END,
        sla_breached_at = CASE WHEN awaiting_reply = 1 THEN sla_breached_at ELSE NULL END,
        awaiting_reply = 1, unread = 1, status = 'open', preview = @preview,
        last_inbound_at = max(coalesce(last_inbound_at, @at), @at), updated_at = @at
      WHERE id = @id`),
    setCategoryStatus: db.prepare(`
      UPDATE interactions SET category = coalesce(@category, category), status = coalesce(@status, status),
        awaiting_reply = CASE WHEN @status = 'resolved' THEN 0 ELSE awaiting_reply END, updated_at = @now WHERE id = @id`),
    markRead: db.prepare('UPDATE interactions SET unread = 0 WHERE id = ? AND unread = 1'),
    linkCustomer: db.prepare('UPDATE interactions SET customer_id = @customerId, updated_at = @now WHERE id = @id'),
    openForCustomerChannel: db.prepare(`SELECT id FROM interactions WHERE customer_id = ? AND channel = ? AND status != 'resolved' ORDER BY started_at DESC LIMIT 1`).pluck(),
    messageById: db.prepare('SELECT * FROM messages WHERE id = ?'),
    setDelivery: db.prepare('UPDATE messages SET delivery = @delivery, delivery_error = @error WHERE id = @id'),
    // The IN repeats the partial index messages_outbox's WHERE: SQLite uses a partial index only for a
    // query that states its condition, and `delivery = 'queued'` alone read all 2M messages at start.
    outboxPending: db.prepare("SELECT id FROM messages WHERE delivery IN ('queued', 'failed') AND delivery = 'queued' ORDER BY created_at").pluck(),

    tabs: db.prepare('SELECT * FROM workspace_tabs ORDER BY pinned DESC, position, opened_at'),
    tabById: db.prepare('SELECT * FROM workspace_tabs WHERE id = ?'),
    tabByRef: db.prepare('SELECT * FROM workspace_tabs WHERE kind = ? AND ref_id = ?'),
    maxPosition: db.prepare('SELECT coalesce(max(position), -1) FROM workspace_tabs').pluck(),
    insertTab: db.prepare('INSERT INTO workspace_tabs (id, kind, ref_id, position, pinned, state, opened_at, updated_at) VALUES (@id, @kind, @ref_id, @position, 0, @state, @now, @now)'),
    deleteTab: db.prepare('DELETE FROM workspace_tabs WHERE id = ?'),
    setTabPosition: db.prepare('UPDATE workspace_tabs SET position = @position, updated_at = @now WHERE id = @id'),
    setTabPinned: db.prepare('UPDATE workspace_tabs SET pinned = @pinned, updated_at = @now WHERE id = @id'),
    setTabState: db.prepare('UPDATE workspace_tabs SET state = @state, updated_at = @now WHERE id = @id'),

    draft: db.prepare('SELECT * FROM drafts WHERE interaction_id = ?'),
    upsertDraft: db.prepare(`
      INSERT INTO drafts (interaction_id, body, subject, to_addresses, cc_addresses, mode, updated_at)
      VALUES (@interaction_id, @body, @subject, @to_addresses, @cc_addresses, @mode, @updated_at)
      ON CONFLICT (interaction_id) DO UPDATE SET body = excluded.body, subject = excluded.subject, to_addresses = excluded.to_addresses,
        cc_addresses = excluded.cc_addresses, mode = excluded.mode, updated_at = excluded.updated_at`),
    deleteDraft: db.prepare('DELETE FROM drafts WHERE interaction_id = ?'),

    notesOfCustomer: db.prepare('SELECT * FROM notes WHERE customer_id = ? ORDER BY pinned DESC, updated_at DESC LIMIT 500'),
    notesOfInteraction: db.prepare('SELECT * FROM notes WHERE interaction_id = ? ORDER BY pinned DESC, updated_at DESC LIMIT 500'),
    freeNotes: db.prepare('SELECT * FROM notes WHERE customer_id IS NULL AND interaction_id IS NULL ORDER BY pinned DESC, updated_at DESC LIMIT 500'),
    noteById: db.prepare('SELECT * FROM notes WHERE id = ?'),
    insertNote: db.prepare('INSERT INTO notes (id, customer_id, interaction_id, body, pinned, author, created_at, updated_at) VALUES (@id, @customer_id, @interaction_id, @body, @pinned, @author, @now, @now)'),
    updateNote: db.prepare('UPDATE notes SET body = @body, pinned = @pinned, updated_at = @now WHERE id = @id'),
    deleteNote: db.prepare('DELETE FROM notes WHERE id = ?'),
    insertNoteVersion: db.prepare('INSERT INTO note_versions (id, note_id, body, saved_at) VALUES (?, ?, ?, ?)'),
    noteVersions: db.prepare('SELECT body, saved_at FROM note_versions WHERE note_id = ? ORDER BY saved_at DESC LIMIT 100'),
    lastNoteVersionAt: db.prepare('SELECT max(saved_at) FROM note_versions WHERE note_id = ?').pluck(),
  };
  return {
    countInbox: () => q.countInbox.get() as number,
    listInbox: (channels: string[] | null, categories: string[] | null) =>
      (q.inbox.all({ channels: channels ? JSON.stringify(channels) : null, categories: categories ? JSON.stringify(categories) : null }) as InboxTuple[]).map(toInboxRow),
    /** The earliest deadline of a reply still inside it, or null. */
    nextBreachDue: () => q.nextBreachDue.get() as number | null,
    /** Marks every waiting reply whose deadline has passed as breached at its deadline; their ids. */
    markBreachedUpTo: (now: number) => q.markBreachedUpTo.all({ now }) as string[],
    recordReply: (id: string, at: number, preview: string) => q.recordReply.run({ id, at, preview }),
    recordInbound: (id: string, at: number, due: number, preview: string) => q.recordInbound.run({ id, at, due, preview }),
    setCategoryStatus: (id: string, category: string | null, status: string | null, now: number) => q.setCategoryStatus.run({ id, category, status, now }),
    markRead: (id: string) => q.markRead.run(id).changes > 0,
    linkCustomer: (id: string, customerId: string, now: number) => q.linkCustomer.run({ id, customerId, now }),
    findOpenInteraction: (customerId: string, channel: string) => q.openForCustomerChannel.get(customerId, channel) as string | undefined,
    findMessage: (id: string) => q.messageById.get(id) as ({ id: string; interaction_id: string; direction: string; body: string; delivery: string } & Record<string, unknown>) | undefined,
    setDelivery: (id: string, delivery: string, error: string | null) => q.setDelivery.run({ id, delivery, error }),
    listQueuedMessageIds: () => q.outboxPending.all() as string[],

    listTabs: () => q.tabs.all() as TabRow[],
    findTab: (id: string) => q.tabById.get(id) as TabRow | undefined,
    findTabByRef: (kind: string, refId: string) => q.tabByRef.get(kind, refId) as TabRow | undefined,
    nextTabPosition: () => (q.maxPosition.get() as number) + 1,
    insertTab: (row: { id: string; kind: string; ref_id: string; position: number; state: string; now: number }) => q.insertTab.run(row),
    deleteTab: (id: string) => q.deleteTab.run(id).changes > 0,
    setTabPosition: (id: string, position: number, now: number) => q.setTabPosition.run({ id, position, now }),
    setTabPinned: (id: string, pinned: boolean, now: number) => q.setTabPinned.run({ id, pinned: pinned ? 1 : 0, now }),
    setTabState: (id: string, state: string, now: number) => q.setTabState.run({ id, state, now }),

    findDraft: (interactionId: string) => q.draft.get(interactionId) as DraftRow | undefined,
    saveDraft: (row: DraftRow) => q.upsertDraft.run(row),
    deleteDraft: (interactionId: string) => q.deleteDraft.run(interactionId).changes > 0,

    listNotes: (by: { customerId?: string; interactionId?: string }) =>
      (by.customerId ? q.notesOfCustomer.all(by.customerId) : by.interactionId ? q.notesOfInteraction.all(by.interactionId) : q.freeNotes.all()) as NoteRow[],
    findNote: (id: string) => q.noteById.get(id) as NoteRow | undefined,
    insertNote: (row: { id: string; customer_id: string | null; interaction_id: string | null; body: string; pinned: number; author: string; now: number }) => q.insertNote.run(row),
    updateNote: (id: string, body: string, pinned: boolean, now: number) => q.updateNote.run({ id, body, pinned: pinned ? 1 : 0, now }),
    deleteNote: (id: string) => q.deleteNote.run(id).changes > 0,
    insertNoteVersion: (id: string, noteId: string, body: string, at: number) => q.insertNoteVersion.run(id, noteId, body, at),
    listNoteVersions: (noteId: string) => q.noteVersions.all(noteId) as { body: string; saved_at: number }[],
    lastNoteVersionAt: (noteId: string) => q.lastNoteVersionAt.get(noteId) as number | null,
  };
}
export type WorkspaceRepo = ReturnType<typeof createWorkspaceRepo>;
