import type Database from 'better-sqlite3';

export interface CaseRow {
  id: string; number: string; customer_id: string; type: string; grade: string; status: string; channel: string; title: string;
  description: string; occurred_at: number | null; people_involved: string; demand: string; risk_flags: string; owner: string;
  investigation: string; guide: string; first_contact_due_at: number; first_contact_at: number | null; first_contact_breached_at: number | null;
  resolution_due_at: number; resolution_breached_at: number | null; paused_since: number | null; paused_ms: number;
  resolved_at: number | null; closed_at: number | null; archived_at: number | null; satisfaction: number | null; satisfaction_comment: string;
  follow_up_reminder_id: string | null; created_at: number; updated_at: number;
  customer_name: string; open_handoffs: number;
}
export interface HandoffRow {
  id: string; case_id: string; department: string; background: string; demand: string; urgency: string; due_at: number; status: string;
  reply: string; result: string; author: string; created_at: number; replied_at: number | null;
}
export interface CaseEventRow { id: number; case_id: string; at: number; actor: string; kind: string; from_value: string | null; to_value: string | null; detail: string }
export interface AttachmentRow { id: string; case_id: string; name: string; mime: string; size: number; file: string; created_at: number }

const SELECT = `SELECT k.*, c.full_name AS customer_name,
  (SELECT count(*) FROM case_handoffs h WHERE h.case_id = k.id AND h.status = 'open') AS open_handoffs
  FROM cases k JOIN customers c ON c.id = k.customer_id`;

const OPEN = "('new', 'accepted', 'investigating', 'waiting-department', 'waiting-customer')";

/** Every optional filter is a bound parameter tested for NULL: one prepared statement serves all combinations. */
const LIST = `${SELECT}
  WHERE (@type IS NULL OR k.type = @type)
    AND (@grade IS NULL OR k.grade = @grade)
    AND (@status IS NULL OR k.status = @status
         OR (@status = 'open' AND k.status IN ${OPEN})
         OR (@status = 'finished' AND k.status NOT IN ${OPEN}))
    AND (@owner IS NULL OR k.owner = @owner)
    AND (@customer_id IS NULL OR k.customer_id = @customer_id)
    AND (@interaction_id IS NULL OR EXISTS (SELECT 1 FROM case_interactions x WHERE x.case_id = k.id AND x.interaction_id = @interaction_id))
    AND (@department IS NULL OR EXISTS (SELECT 1 FROM case_handoffs h WHERE h.case_id = k.id AND h.department = @department))
    AND (@ids IS NULL OR k.id IN (SELECT value FROM json_each(@ids)))
    AND (@overdue IS NULL OR (k.status IN ${OPEN} AND (
         k.resolution_breached_at IS NOT NULL OR k.first_contact_breached_at IS NOT NULL
         OR (k.paused_since IS NULL AND k.resolution_due_at <= @now)
         OR (k.first_contact_at IS NULL AND k.first_contact_due_at <= @now))))
  ORDER BY CASE WHEN k.status IN ${OPEN} THEN 0 ELSE 1 END, CASE WHEN k.status IN ${OPEN} THEN k.resolution_due_at ELSE -k.updated_at END
  LIMIT @limit`;

/** The cases tables: the case, its history, its links, evidence files and department hand-offs. */
export function createCasesRepo(db: Database.Database) {
  const q = {
    insert: db.prepare(`INSERT INTO cases (id, number, customer_id, type, grade, status, channel, title, description, occurred_at, people_involved,
      demand, risk_flags, owner, first_contact_due_at, resolution_due_at, created_at, updated_at)
      VALUES (@id, @number, @customer_id, @type, @grade, 'new', @channel, @title, @description, @occurred_at, @people_involved,
      @demand, @risk_flags, @owner, @first_contact_due_at, @resolution_due_at, @now, @now)`),
    lastNumber: db.prepare('SELECT max(number) FROM cases WHERE number >= @from AND number < @to').pluck(),
    byId: db.prepare(`${SELECT} WHERE k.id = ?`),
    list: db.prepare(LIST),
    countOpenForCustomer: db.prepare(`SELECT count(*) FROM cases WHERE customer_id = ? AND status IN ${OPEN}`).pluck(),
    forTimeline: db.prepare(`SELECT id, number, type, status, channel, title, created_at FROM cases
      WHERE customer_id = @customer_id AND (created_at < @at OR (created_at = @at AND id < @id)) ORDER BY created_at DESC, id DESC LIMIT @limit`),
    update: db.prepare(`UPDATE cases SET type = @type, grade = @grade, title = @title, description = @description, occurred_at = @occurred_at,
      people_involved = @people_involved, demand = @demand, owner = @owner, risk_flags = @risk_flags, investigation = @investigation, guide = @guide,
      first_contact_due_at = @first_contact_due_at, resolution_due_at = @resolution_due_at, updated_at = @now WHERE id = @id`),
    setStatus: db.prepare(`UPDATE cases SET status = @status, first_contact_at = @first_contact_at, paused_since = @paused_since, paused_ms = @paused_ms,
      resolution_due_at = @resolution_due_at, resolved_at = @resolved_at, closed_at = @closed_at, archived_at = @archived_at,
      satisfaction = @satisfaction, satisfaction_comment = @satisfaction_comment, follow_up_reminder_id = @follow_up_reminder_id, updated_at = @now
      WHERE id = @id AND status = @from`),
    // A breach is recorded once per clock; paused cases (waiting on the customer) never breach.
    breachFirstContact: db.prepare(`UPDATE cases SET first_contact_breached_at = first_contact_due_at, updated_at = @now
      WHERE first_contact_at IS NULL AND first_contact_breached_at IS NULL AND first_contact_due_at <= @now AND status IN ${OPEN} RETURNING id`),
    breachResolution: db.prepare(`UPDATE cases SET resolution_breached_at = resolution_due_at, updated_at = @now
      WHERE resolution_breached_at IS NULL AND paused_since IS NULL AND resolution_due_at <= @now AND status IN ${OPEN} RETURNING id`),
    nextDeadline: db.prepare(`SELECT min(d) FROM (
      SELECT min(first_contact_due_at) AS d FROM cases WHERE first_contact_at IS NULL AND first_contact_breached_at IS NULL AND status IN ${OPEN}
      UNION ALL SELECT min(resolution_due_at) FROM cases WHERE resolution_breached_at IS NULL AND paused_since IS NULL AND status IN ${OPEN})`).pluck(),
    toArchive: db.prepare("SELECT id FROM cases WHERE status = 'closed' AND closed_at <= ?").pluck(),
    insertEvent: db.prepare('INSERT INTO case_events (case_id, at, actor, kind, from_value, to_value, detail) VALUES (@case_id, @at, @actor, @kind, @from_value, @to_value, @detail)'),
    events: db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY id DESC'),
    linkInteraction: db.prepare('INSERT OR IGNORE INTO case_interactions (case_id, interaction_id) VALUES (?, ?)'),
    unlinkInteraction: db.prepare('DELETE FROM case_interactions WHERE case_id = ? AND interaction_id = ?'),
    interactions: db.prepare(`SELECT i.id, i.channel, i.subject, i.started_at FROM case_interactions x CROSS JOIN interactions i ON i.id = x.interaction_id
      WHERE x.case_id = ? ORDER BY i.started_at DESC`),
    linkOrder: db.prepare('INSERT OR IGNORE INTO case_orders (case_id, order_id) VALUES (?, ?)'),
    unlinkOrder: db.prepare('DELETE FROM case_orders WHERE case_id = ? AND order_id = ?'),
    orders: db.prepare(`SELECT o.id, o.number AS order_number, o.amount_cents / 100.0 AS amount, o.status FROM case_orders x CROSS JOIN orders o ON o.id = x.order_id
      WHERE x.case_id = ? ORDER BY o.ordered_at DESC`),
    insertAttachment: db.prepare('INSERT INTO case_attachments (id, case_id, name, mime, size, file, created_at) VALUES (@id, @case_id, @name, @mime, @size, @file, @now)'),
    attachments: db.prepare('SELECT * FROM case_attachments WHERE case_id = ? ORDER BY created_at, id'),
    attachment: db.prepare('SELECT * FROM case_attachments WHERE id = ?'),
    deleteAttachment: db.prepare('DELETE FROM case_attachments WHERE id = ?'),
    attachmentFilesOfCustomer: db.prepare('SELECT a.file FROM case_attachments a JOIN cases k ON k.id = a.case_id WHERE k.customer_id = ?').pluck(),
    insertHandoff: db.prepare(`INSERT INTO case_handoffs (id, case_id, department, background, demand, urgency, due_at, status, author, created_at)
      VALUES (@id, @case_id, @department, @background, @demand, @urgency, @due_at, 'open', @author, @now)`),
    handoffs: db.prepare('SELECT * FROM case_handoffs WHERE case_id = ? ORDER BY created_at, id'),
    handoff: db.prepare('SELECT * FROM case_handoffs WHERE id = ?'),
    replyHandoff: db.prepare(`UPDATE case_handoffs SET reply = CASE WHEN @reply = '' THEN reply ELSE @reply END,
      result = CASE WHEN @result = '' THEN result ELSE @result END, status = @status, replied_at = coalesce(replied_at, @now) WHERE id = @id`),
    overdueHandoffs: db.prepare(`SELECT h.*, k.number AS case_number, k.title AS case_title, c.full_name AS customer_name
      FROM case_handoffs h JOIN cases k ON k.id = h.case_id JOIN customers c ON c.id = k.customer_id
      WHERE h.status = 'open' AND h.due_at <= ? ORDER BY h.due_at`),
    touch: db.prepare('UPDATE cases SET updated_at = @now WHERE id = @id'),
  };
  return {
    insertCase: (row: Record<string, unknown>) => q.insert.run(row),
    lastNumberBetween: (from: string, to: string) => q.lastNumber.get({ from, to }) as string | null,
    findCase: (id: string) => q.byId.get(id) as CaseRow | undefined,
    listCases: (f: Record<string, unknown>) => q.list.all(f) as CaseRow[],
    countOpenCasesOfCustomer: (customerId: string) => q.countOpenForCustomer.get(customerId) as number,
    listCasesForTimeline: (customerId: string, before: { at: number; id: string }, limit: number) =>
      q.forTimeline.all({ customer_id: customerId, at: before.at, id: before.id, limit }) as { id: string; number: string; type: string; status: string; channel: string; title: string; created_at: number }[],
    updateCase: (row: Record<string, unknown>) => q.update.run(row),
    /** Moves the status only if it is still `from`: a concurrent change makes this a no-op (0 changes). */
    setCaseStatus: (row: Record<string, unknown>) => q.setStatus.run(row).changes > 0,
    recordFirstContactBreaches: (now: number) => (q.breachFirstContact.all({ now }) as { id: string }[]).map((r) => r.id),
    recordResolutionBreaches: (now: number) => (q.breachResolution.all({ now }) as { id: string }[]).map((r) => r.id),
    nextCaseDeadline: () => q.nextDeadline.get() as number | null,
    listClosedBefore: (t: number) => q.toArchive.all(t) as string[],
    insertEvent: (row: { case_id: string; at: number; actor: string; kind: string; from_value: string | null; to_value: string | null; detail: string }) => q.insertEvent.run(row),
    listEvents: (caseId: string) => q.events.all(caseId) as CaseEventRow[],
    linkInteraction: (caseId: string, interactionId: string) => q.linkInteraction.run(caseId, interactionId).changes > 0,
    unlinkInteraction: (caseId: string, interactionId: string) => q.unlinkInteraction.run(caseId, interactionId).changes > 0,
    listLinkedInteractions: (caseId: string) => q.interactions.all(caseId) as { id: string; channel: string; subject: string | null; started_at: number }[],
    linkOrder: (caseId: string, orderId: string) => q.linkOrder.run(caseId, orderId).changes > 0,
    unlinkOrder: (caseId: string, orderId: string) => q.unlinkOrder.run(caseId, orderId).changes > 0,
    listLinkedOrders: (caseId: string) => q.orders.all(caseId) as { id: string; order_number: string; amount: number; status: string }[],
    insertAttachment: (row: { id: string; case_id: string; name: string; mime: string; size: number; file: string; now: number }) => q.insertAttachment.run(row),
    listAttachments: (caseId: string) => q.attachments.all(caseId) as AttachmentRow[],
    findAttachment: (id: string) => q.attachment.get(id) as AttachmentRow | undefined,
    deleteAttachment: (id: string) => q.deleteAttachment.run(id).changes > 0,
    listAttachmentFilesOfCustomer: (customerId: string) => q.attachmentFilesOfCustomer.all(customerId) as string[],
    insertHandoff: (row: Record<string, unknown>) => q.insertHandoff.run(row),
    listHandoffs: (caseId: string) => q.handoffs.all(caseId) as HandoffRow[],
    findHandoff: (id: string) => q.handoff.get(id) as HandoffRow | undefined,
    recordHandoffReply: (row: { id: string; reply: string; result: string; status: string; now: number }) => q.replyHandoff.run(row).changes > 0,
    listOverdueHandoffs: (now: number) => q.overdueHandoffs.all(now) as (HandoffRow & { case_number: string; case_title: string; customer_name: string })[],
    touchCase: (id: string, now: number) => q.touch.run({ id, now }),
  };
}
export type CasesRepo = ReturnType<typeof createCasesRepo>;
