import type Database from 'better-sqlite3';
import {
  canTransition,
  CASE_TRANSITIONS,
  FINISHED_CASE_STATUSES,
  investigationSchema,
  OPEN_CASE_STATUSES,
  type CaseDetail,
  type CaseGrade,
  type CaseStatus,
  type CaseSummary,
  type Investigation,
  type casePatchSchema,
  type caseFiltersSchema,
  type caseInputSchema,
  type caseTransitionSchema,
  type handoffInputSchema,
  type handoffReplySchema,
} from '../../contract/cases';
import type { TimelineEntry } from '../../contract/customers';
import { AppError } from '../../contract/errors';
import type { z } from 'zod';
import type { EventBus } from '../events';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { Scheduler } from '../shared/scheduler';
import type { CaseRow, CasesRepo, HandoffRow } from './casesRepo';
import type { AttachmentStore } from './attachmentStore';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CasesDeps {
  /** Who is at the desk: the signed-in profile's name, owning new cases and signing their history. */
  agentName(): string;
  db: Database.Database;
  repo: CasesRepo;
  settings: SettingsService;
  clock: Clock;
  scheduler: Scheduler;
  events: EventBus;
  newId: IdGenerator;
  files: AttachmentStore;
  customerExists(id: string): boolean;
  interactionOf(id: string): { customerId: string | null } | null;
  orderOf(id: string): { customerId: string } | null;
  firstPhoneOf(customerId: string): string | null;
  /** Creates the follow-up visit reminder; returns its id. */
  scheduleFollowUp(r: { customerId: string; caseId: string; phone: string | null; reason: string; dueAt: number }): string;
  index(id: string, at: number, text: string): void;
  /** Ids of cases whose indexed text matches (the same per-character search as everywhere else). */
  searchIds(text: string, limit: number): string[] | null;
}

export function toCaseSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id, number: r.number, type: r.type as CaseSummary['type'], grade: r.grade as CaseGrade, status: r.status as CaseStatus, title: r.title,
    customerId: r.customer_id, customerName: r.customer_name, channel: r.channel as CaseSummary['channel'], owner: r.owner,
    createdAt: r.created_at, updatedAt: r.updated_at, openHandoffs: r.open_handoffs,
    firstContactDueAt: r.first_contact_due_at, firstContactAt: r.first_contact_at, firstContactBreachedAt: r.first_contact_breached_at,
    resolutionDueAt: r.resolution_due_at, resolutionBreachedAt: r.resolution_breached_at, pausedSince: r.paused_since, resolvedAt: r.resolved_at,
  };
}

export function toHandoff(h: HandoffRow) {
  return {
    id: h.id, department: h.department as never, background: h.background, demand: h.demand, urgency: h.urgency as never, dueAt: h.due_at,
    status: h.status as 'open' | 'replied' | 'done', reply: h.reply, result: h.result, createdAt: h.created_at, repliedAt: h.replied_at, author: h.author,
  };
}

const TIMELINE_CATEGORY: Record<string, TimelineEntry['category']> = {
  complaint: 'complaint', 'after-sales': 'after-sales', 'return-exchange': 'after-sales', refund: 'after-sales', 'order-problem': 'order',
  'tech-support': 'tech-support', billing: 'billing', feedback: 'other',
};
const timelineStatus = (s: string): TimelineEntry['status'] =>
  s === 'waiting-department' || s === 'waiting-customer' ? 'waiting' : (FINISHED_CASE_STATUSES as string[]).includes(s) ? 'resolved' : 'open';

/**
 * Cases from registration to archive. Deadlines are absolute times kept on the case: waiting on the
 * customer stops the resolution clock and, when it ends, moves the deadline by the time waited.
 * One timer waits for the earliest deadline and records breaches as they happen (the test clock
 * drives it the same way).
 */
export function createCasesService(deps: CasesDeps) {
  const { repo, clock, events } = deps;
  const actor = () => deps.agentName() || 'local';
  let cancelTimer: (() => void) | null = null;

  function row(id: string): CaseRow {
    const r = repo.findCase(id);
    if (!r) throw new AppError('NOT_FOUND', `No case with id ${id}.`, { id });
    return r;
  }
  const log = (caseId: string, kind: string, from: string | null = null, to: string | null = null, detail = '', at = clock.now()) =>
    repo.insertEvent({ case_id: caseId, at, actor: actor(), kind, from_value: from, to_value: to, detail });
  const changed = (ids: string[]) => {
    arm();
    events.emit('cases.changed', { ids });
  };
  const reindex = (r: CaseRow) => deps.index(r.id, r.created_at, [r.number, r.title, r.description, r.demand, r.people_involved, r.customer_name].join('\n'));

  function targets(grade: CaseGrade, createdAt: number, pausedMs: number) {
    const s = deps.settings.read().cases;
    return { firstContactDueAt: createdAt + s.firstContactMinutes[grade] * 60_000, resolutionDueAt: createdAt + s.resolutionHours[grade] * HOUR + pausedMs };
  }

  /** C20261125-0001: readable over the phone, unique, ordered by day. */
  function nextNumber(now: number): string {
    const d = new Date(now);
    const day = `C${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-`;
    const last = repo.lastNumberBetween(day, `${day}~`);
    const seq = last ? Number(last.slice(day.length)) + 1 : 1;
    return `${day}${String(seq).padStart(4, '0')}`;
  }

  function checkDeadlines(): void {
    const now = clock.now();
    const breached = deps.db.transaction(() => {
      const first = repo.recordFirstContactBreaches(now);
      const resolution = repo.recordResolutionBreaches(now);
      for (const id of first) log(id, 'breach', null, 'first-contact', '', now);
      for (const id of resolution) log(id, 'breach', null, 'resolution', '', now);
      return [...new Set([...first, ...resolution])];
    })();
    if (breached.length > 0) {
      events.emit('cases.changed', { ids: breached });
      events.emit('inbox.changed', {});
    }
    arm();
  }

  function arm(): void {
    cancelTimer?.();
    const next = repo.nextCaseDeadline();
    cancelTimer = next === null ? null : deps.scheduler.at(next, checkDeadlines);
  }

  function archiveDue(): void {
    const now = clock.now();
    const ids = repo.listClosedBefore(now - deps.settings.read().cases.archiveAfterDays * DAY);
    deps.db.transaction(() => {
      for (const id of ids) {
        const r = row(id);
        if (repo.setCaseStatus({ ...movedRow(r, 'archived', now), archived_at: now })) log(id, 'status', 'closed', 'archived', 'auto', now);
      }
    })();
    if (ids.length > 0) events.emit('cases.changed', { ids });
  }
  function dailyArchive(): void {
    archiveDue();
    deps.scheduler.at(clock.now() + DAY, dailyArchive);
  }

  /**
   * The row for moving `r` to `to` at `now`, with the clock rules every move shares: leaving `new`
   * is the first contact; waiting on the customer stops the resolution clock, and leaving it moves
   * the deadline by the time waited.
   */
  function movedRow(r: CaseRow, to: CaseStatus, now: number) {
    const next = {
      id: r.id, status: to as string, from: r.status, now, first_contact_at: r.first_contact_at, paused_since: r.paused_since, paused_ms: r.paused_ms,
      resolution_due_at: r.resolution_due_at, resolved_at: r.resolved_at, closed_at: r.closed_at, archived_at: r.archived_at,
      satisfaction: r.satisfaction, satisfaction_comment: r.satisfaction_comment, follow_up_reminder_id: r.follow_up_reminder_id,
    };
    if (next.first_contact_at === null && r.status === 'new') next.first_contact_at = now;
    if (r.paused_since !== null && to !== 'waiting-customer') {
      next.paused_ms += now - r.paused_since;
      next.resolution_due_at += now - r.paused_since;
      next.paused_since = null;
    }
    if (to === 'waiting-customer' && r.paused_since === null) next.paused_since = now;
    return next;
  }

  function detail(id: string): CaseDetail {
    const r = row(id);
    return {
      ...toCaseSummary(r),
      description: r.description, occurredAt: r.occurred_at, peopleInvolved: r.people_involved, demand: r.demand,
      riskFlags: JSON.parse(r.risk_flags) as CaseDetail['riskFlags'],
      investigation: investigationSchema.parse(JSON.parse(r.investigation)),
      guide: JSON.parse(r.guide) as CaseDetail['guide'],
      satisfaction: r.satisfaction, satisfactionComment: r.satisfaction_comment, closedAt: r.closed_at, archivedAt: r.archived_at,
      customerPhone: deps.firstPhoneOf(r.customer_id),
      interactions: repo.listLinkedInteractions(id).map((i) => ({ id: i.id, channel: i.channel as CaseDetail['channel'], subject: i.subject, startedAt: i.started_at })),
      orders: repo.listLinkedOrders(id).map((o) => ({ id: o.id, orderNumber: o.order_number, amount: o.amount, status: o.status })),
      attachments: repo.listAttachments(id).map((a) => ({ id: a.id, name: a.name, mime: a.mime, size: a.size, createdAt: a.created_at })),
      handoffs: repo.listHandoffs(id).map(toHandoff),
      history: repo.listEvents(id).map((e) => ({ id: e.id, at: e.at, actor: e.actor, kind: e.kind as never, from: e.from_value, to: e.to_value, detail: e.detail })),
    };
  }

  function assertLinkable(customerId: string, interactionIds: readonly string[], orderIds: readonly string[]) {
    for (const i of interactionIds) {
      const it = deps.interactionOf(i);
      if (!it) throw new AppError('NOT_FOUND', `No interaction with id ${i}.`, { id: i });
    }
    for (const o of orderIds) {
      const order = deps.orderOf(o);
      if (!order) throw new AppError('NOT_FOUND', `No order with id ${o}.`, { id: o });
      if (order.customerId !== customerId) throw new AppError('CONFLICT', 'That order belongs to another customer.', { id: o, reason: 'order-other-customer' });
    }
  }

  return {
    start(): void {
      checkDeadlines();
      dailyArchive();
    },
    checkDeadlines,
    create(input: z.output<typeof caseInputSchema>): CaseDetail {
      if (!deps.customerExists(input.customerId)) throw new AppError('NOT_FOUND', `No customer with id ${input.customerId}.`, { id: input.customerId });
      assertLinkable(input.customerId, input.interactionIds, input.orderIds);
      const now = clock.now();
      const id = deps.newId();
      const t = targets(input.grade, now, 0);
      deps.db.transaction(() => {
        repo.insertCase({
          id, number: nextNumber(now), customer_id: input.customerId, type: input.type, grade: input.grade, channel: input.channel, title: input.title,
          description: input.description, occurred_at: input.occurredAt, people_involved: input.peopleInvolved, demand: input.demand,
          risk_flags: JSON.stringify([...new Set(input.riskFlags)]), owner: deps.agentName(),
          first_contact_due_at: t.firstContactDueAt, resolution_due_at: t.resolutionDueAt, now,
        });
        for (const i of input.interactionIds) repo.linkInteraction(id, i);
        for (const o of input.orderIds) repo.linkOrder(id, o);
        log(id, 'created', null, 'new', input.grade, now);
        reindex(row(id));
      })();
      changed([id]);
      return detail(id);
    },
    get: detail,
    list(f: z.output<typeof caseFiltersSchema>): { items: CaseSummary[]; now: number } {
      const now = clock.now();
      const ids = f.query ? deps.searchIds(f.query, 500) : null;
      if (ids && ids.length === 0) return { items: [], now };
      const rows = repo.listCases({
        type: f.type ?? null, grade: f.grade ?? null, status: f.status ?? null, owner: f.owner || null, customer_id: f.customerId ?? null,
        interaction_id: f.interactionId ?? null, department: f.department ?? null, ids: ids ? JSON.stringify(ids) : null,
        overdue: f.overdue ? 1 : null, now, limit: f.limit,
      });
      return { items: rows.map(toCaseSummary), now };
    },
    update(id: string, patch: z.output<typeof casePatchSchema>): CaseDetail {
      const r = row(id);
      const now = clock.now();
      const grade = (patch.grade ?? r.grade) as CaseGrade;
      const t = targets(grade, r.created_at, r.paused_ms);
      const investigation: Investigation = { ...investigationSchema.parse(JSON.parse(r.investigation)), ...(patch.investigation ?? {}) };
      const edited = Object.keys(patch).filter((k) => k !== 'grade' && k !== 'guide');
      deps.db.transaction(() => {
        repo.updateCase({
          id, now, type: patch.type ?? r.type, grade, title: patch.title ?? r.title, description: patch.description ?? r.description,
          occurred_at: patch.occurredAt === undefined ? r.occurred_at : patch.occurredAt, people_involved: patch.peopleInvolved ?? r.people_involved,
          demand: patch.demand ?? r.demand, owner: patch.owner ?? r.owner, risk_flags: patch.riskFlags ? JSON.stringify([...new Set(patch.riskFlags)]) : r.risk_flags,
          investigation: JSON.stringify(investigation), guide: patch.guide ? JSON.stringify([...new Set(patch.guide)]) : r.guide,
          // A regrade moves both deadlines as if the case had been graded so from the start.
          first_contact_due_at: grade === r.grade ? r.first_contact_due_at : t.firstContactDueAt,
          resolution_due_at: grade === r.grade ? r.resolution_due_at : t.resolutionDueAt,
        });
        if (grade !== r.grade) log(id, 'grade', r.grade, grade, '', now);
        if (patch.guide && JSON.stringify([...patch.guide].sort()) !== JSON.stringify((JSON.parse(r.guide) as string[]).sort())) log(id, 'guide', null, null, patch.guide.join(','), now);
        if (edited.length > 0) log(id, 'edited', null, null, edited.join(','), now);
        reindex(row(id));
      })();
      changed([id]);
      return detail(id);
    },
    transition(input: z.output<typeof caseTransitionSchema>): CaseDetail {
      const r = row(input.id);
      const from = r.status as CaseStatus;
      const to = input.to;
      if (!canTransition(from, to)) {
        throw new AppError('CONFLICT', `A case in status "${from}" cannot move to "${to}". Allowed: ${CASE_TRANSITIONS[from].join(', ') || 'none'}.`, {
          id: r.id, reason: 'invalid-transition', from, to,
        });
      }
      if (to === 'resolved' && investigationSchema.parse(JSON.parse(r.investigation)).solution === null) {
        throw new AppError('CONFLICT', 'Record the solution in the investigation before resolving the case.', { id: r.id, reason: 'solution-required' });
      }
      const now = clock.now();
      const next = movedRow(r, to, now);
      const reopening = to === 'investigating' && (FINISHED_CASE_STATUSES as string[]).includes(from);
      if (reopening) Object.assign(next, { resolved_at: null, closed_at: null, archived_at: null });
      if (to === 'resolved') next.resolved_at = now;
      if (to === 'closed') Object.assign(next, { closed_at: now, satisfaction: input.satisfaction, satisfaction_comment: input.satisfactionComment });
      if (to === 'archived') next.archived_at = now;
      deps.db.transaction(() => {
        if (to === 'resolved' && input.followUpAt !== null) {
          next.follow_up_reminder_id = deps.scheduleFollowUp({
            customerId: r.customer_id, caseId: r.id, phone: deps.firstPhoneOf(r.customer_id), reason: `${r.number} ${r.title}`, dueAt: input.followUpAt,
          });
        }
        if (!repo.setCaseStatus(next)) throw new AppError('CONFLICT', 'The case changed meanwhile; reload it and try again.', { id: r.id, reason: 'stale' });
        log(r.id, reopening ? 'reopened' : 'status', from, to, input.note, now);
        if (to === 'closed' && input.satisfaction !== null) log(r.id, 'satisfaction', null, String(input.satisfaction), input.satisfactionComment, now);
      })();
      changed([r.id]);
      if (to === 'resolved' || from === 'resolved' || reopening) events.emit('inbox.changed', {});
      return detail(r.id);
    },
    link(id: string, links: { interactionId?: string; orderId?: string }, unlink: boolean): CaseDetail {
      const r = row(id);
      if (!unlink) assertLinkable(r.customer_id, links.interactionId ? [links.interactionId] : [], links.orderId ? [links.orderId] : []);
      const now = clock.now();
      deps.db.transaction(() => {
        if (links.interactionId && (unlink ? repo.unlinkInteraction(id, links.interactionId) : repo.linkInteraction(id, links.interactionId)))
          log(id, unlink ? 'unlinked' : 'linked', null, 'interaction', links.interactionId, now);
        if (links.orderId && (unlink ? repo.unlinkOrder(id, links.orderId) : repo.linkOrder(id, links.orderId)))
          log(id, unlink ? 'unlinked' : 'linked', null, 'order', links.orderId, now);
        repo.touchCase(id, now);
      })();
      changed([id]);
      return detail(id);
    },
    handOff(input: z.output<typeof handoffInputSchema>): CaseDetail {
      const r = row(input.caseId);
      if (!(OPEN_CASE_STATUSES as string[]).includes(r.status)) {
        throw new AppError('CONFLICT', 'Only a case that is still being worked can be handed to a department.', { id: r.id, reason: 'case-finished' });
      }
      const now = clock.now();
      deps.db.transaction(() => {
        repo.insertHandoff({ id: deps.newId(), case_id: r.id, department: input.department, background: input.background, demand: input.demand, urgency: input.urgency, due_at: input.dueAt, author: actor(), now });
        log(r.id, 'handoff', null, input.department, input.urgency, now);
        // Handing off means the case now waits on that department.
        if (canTransition(r.status as CaseStatus, 'waiting-department') && r.status !== 'waiting-department') {
          const fresh = row(r.id);
          if (repo.setCaseStatus(movedRow(fresh, 'waiting-department', now))) log(r.id, 'status', fresh.status, 'waiting-department', '', now);
        }
        repo.touchCase(r.id, now);
      })();
      changed([r.id]);
      events.emit('inbox.changed', {});
      return detail(r.id);
    },
    replyHandoff(input: z.output<typeof handoffReplySchema>): CaseDetail {
      const h = repo.findHandoff(input.id);
      if (!h) throw new AppError('NOT_FOUND', `No hand-off with id ${input.id}.`, { id: input.id });
      if (h.status === 'done') throw new AppError('CONFLICT', 'This hand-off is already done.', { id: h.id, reason: 'handoff-done' });
      const now = clock.now();
      deps.db.transaction(() => {
        repo.recordHandoffReply({ id: h.id, reply: input.reply, result: input.result, status: input.done ? 'done' : 'replied', now });
        log(h.case_id, 'handoff-reply', null, h.department, input.reply || input.result, now);
        // The department answered: back to the agent unless another department still owes a reply.
        const r = row(h.case_id);
        if (r.status === 'waiting-department' && r.open_handoffs === 0) {
          if (repo.setCaseStatus(movedRow(r, 'investigating', now))) log(r.id, 'status', r.status, 'investigating', '', now);
        }
        repo.touchCase(h.case_id, now);
      })();
      changed([h.case_id]);
      events.emit('inbox.changed', {});
      return detail(h.case_id);
    },
    overdueHandoffs() {
      const now = clock.now();
      return {
        items: repo.listOverdueHandoffs(now).map((h) => ({ ...toHandoff(h), caseId: h.case_id, caseNumber: h.case_number, caseTitle: h.case_title, customerName: h.customer_name })),
        now,
      };
    },
    attach(caseId: string, name: string, data: Buffer): CaseDetail {
      row(caseId);
      const now = clock.now();
      const id = deps.newId();
      const saved = deps.files.save(caseId, id, name, data);
      try {
        deps.db.transaction(() => {
          repo.insertAttachment({ id, case_id: caseId, name: saved.name, mime: saved.mime, size: data.length, file: saved.file, now });
          log(caseId, 'attachment', null, saved.name, '', now);
          repo.touchCase(caseId, now);
        })();
      } catch (err) {
        deps.files.remove(saved.file);
        throw err;
      }
      changed([caseId]);
      return detail(caseId);
    },
    attachment(id: string) {
      const a = repo.findAttachment(id);
      if (!a) throw new AppError('NOT_FOUND', `No attachment with id ${id}.`, { id });
      return { id: a.id, name: a.name, mime: a.mime, dataBase64: deps.files.read(a.file).toString('base64') };
    },
    removeAttachment(id: string): CaseDetail {
      const a = repo.findAttachment(id);
      if (!a) throw new AppError('NOT_FOUND', `No attachment with id ${id}.`, { id });
      const now = clock.now();
      deps.db.transaction(() => {
        repo.deleteAttachment(id);
        log(a.case_id, 'attachment-removed', null, a.name, '', now);
        repo.touchCase(a.case_id, now);
      })();
      deps.files.remove(a.file);
      changed([a.case_id]);
      return detail(a.case_id);
    },
    countOpenCases: (customerId: string) => repo.countOpenCasesOfCustomer(customerId),
    /** Files of a customer's cases, deleted with the customer (erasure on request). */
    attachmentFilesOfCustomer: (customerId: string) => repo.listAttachmentFilesOfCustomer(customerId),
    timelineEntries(customerId: string, before: { at: number; id: string } | undefined, limit: number, channels?: readonly string[]): TimelineEntry[] {
      return repo
        .listCasesForTimeline(customerId, before ?? { at: Number.MAX_SAFE_INTEGER, id: '' }, limit)
        .filter((c) => !channels || channels.length === 0 || channels.includes(c.channel))
        .map((c) => ({
          id: c.id, kind: 'case', channel: c.channel as TimelineEntry['channel'], direction: 'inbound', category: TIMELINE_CATEGORY[c.type] ?? 'other',
          status: timelineStatus(c.status), subject: `${c.number} ${c.title}`, preview: c.status, at: c.created_at, durationSeconds: null,
        }));
    },
  };
}
export type CasesService = ReturnType<typeof createCasesService>;
