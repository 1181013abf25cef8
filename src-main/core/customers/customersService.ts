import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import {
  customerInputSchema,
  type CustomerDetail,
  type CustomerInput,
  type CustomerSummary,
  type TimelineEntry,
} from '../../contract/customers';
import type { Channel, Locale } from '../../contract/primitives';
import type { InteractionRow, InteractionsRepo } from '../interactions/interactionsRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { foldName, guessSurname, namePinyin } from '../shared/names';
import { looksLikePhoneQuery, normalizePhone, reverseDigits } from '../shared/phone';
import type { CustomersRepo, SummaryRow } from './customersRepo';

type ParsedCustomerInput = ReturnType<typeof customerInputSchema.parse>;

const SEARCH_CAP = 1000;

export function toSummary(row: SummaryRow): CustomerSummary {
  return {
    id: row.id,
    fullName: row.full_name,
    surname: row.surname,
    honorific: row.honorific as CustomerSummary['honorific'],
    company: row.company,
    primaryPhone: row.primary_phone,
    primaryEmail: row.primary_email,
    tier: row.tier,
    isKeyAccount: row.is_key_account === 1,
    tags: (JSON.parse(row.tags) as string[]).sort(),
    lastContactAt: row.last_contact_at,
  };
}

export function toTimelineEntry(row: InteractionRow): TimelineEntry {
  return {
    id: row.id,
    kind: 'interaction',
    channel: row.channel as TimelineEntry['channel'],
    direction: row.direction as TimelineEntry['direction'],
    category: row.category as TimelineEntry['category'],
    status: row.status as TimelineEntry['status'],
    subject: row.subject,
    preview: row.preview,
    at: row.started_at,
    durationSeconds: row.duration_seconds,
  };
}

export function createCustomersService(deps: {
  db: Database.Database;
  customers: CustomersRepo;
  interactions: InteractionsRepo;
  clock: Clock;
  newId: IdGenerator;
}) {
  const { db, customers, interactions, clock, newId } = deps;

  function get(id: string): CustomerDetail {
    const row = customers.findCustomerById(id);
    if (!row) throw new AppError('NOT_FOUND', `No customer with id ${id}.`, { id });
    const membership = customers.findMembership(id);
    return {
      id: row.id,
      fullName: row.full_name,
      surname: row.surname,
      honorific: row.honorific as CustomerDetail['honorific'],
      company: row.company,
      language: row.language as Locale,
      preferredChannel: row.preferred_channel as Channel | null,
      bestTime: row.best_time,
      preferences: row.preferences,
      isKeyAccount: row.is_key_account === 1,
      owner: row.owner,
      phones: customers.listPhones(id),
      emails: customers.listEmails(id),
      handles: customers.listHandles(id) as CustomerDetail['handles'],
      tags: customers.listTags(id),
      membership: membership
        ? {
            tier: membership.tier,
            points: membership.points,
            memberSince: membership.member_since,
            renewalDate: membership.renewal_date,
          }
        : null,
      orders: customers.listRecentOrders(id).map((o) => ({
        id: o.id,
        number: o.number,
        orderedAt: o.ordered_at,
        itemsSummary: o.items_summary,
        amountCents: o.amount_cents,
        currency: o.currency,
        status: o.status as CustomerDetail['orders'][number]['status'],
        carrier: o.carrier,
        trackingNumber: o.tracking_number,
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Inserts a validated customer; used by the API, the demo seeder and the generator alike. */
  function insert(input: ParsedCustomerInput, extra: { id?: string; createdAt?: number; lastContactAt?: number | null } = {}): string {
    const now = extra.createdAt ?? clock.now();
    const id = extra.id ?? newId();
    const fullName = input.fullName;
    const surname = input.surname?.trim() || guessSurname(fullName);
    const py = namePinyin(fullName);
    customers.insertCustomer({
      id,
      full_name: fullName,
      surname,
      honorific: input.honorific,
      company: input.company?.trim() || null,
      language: input.language,
      preferred_channel: input.preferredChannel ?? null,
      best_time: input.bestTime?.trim() || null,
      preferences: input.preferences,
      is_key_account: input.isKeyAccount ? 1 : 0,
      owner: input.owner?.trim() || null,
      search_name: foldName(fullName),
      name_pinyin: py.full,
      name_initials: py.initials,
      last_contact_at: extra.lastContactAt ?? null,
      created_at: now,
      updated_at: now,
    });
    input.phones.forEach((p, i) => {
      const normalized = normalizePhone(p.number);
      customers.insertPhone(newId(), id, p.number, normalized, reverseDigits(normalized), p.label, i, now);
    });
    input.emails.forEach((e, i) => customers.insertEmail(newId(), id, e.email, e.label, i, now));
    for (const h of input.handles) customers.insertHandle(newId(), id, h.channel, h.handle, now);
    for (const tag of new Set(input.tags)) customers.insertTag(id, tag);
    return id;
  }

  const createInTransaction = db.transaction((input: ParsedCustomerInput) => insert(input));

  function searchIds(query: string): string[] {
    const q = query.trim();
    if (looksLikePhoneQuery(q)) {
      const normalized = normalizePhone(q);
      return customers.findIdsByPhone(normalized, reverseDigits(normalized), SEARCH_CAP);
    }
    if (q.includes('@')) return customers.findIdsByEmailPrefix(q.toLowerCase(), SEARCH_CAP);
    const folded = foldName(q);
    const ids = new Set<string>(customers.findIdsByNamePrefix(folded, SEARCH_CAP));
    const compact = folded.replace(/\s+/g, '');
    if (compact !== folded) for (const id of customers.findIdsByNamePrefix(compact, SEARCH_CAP)) ids.add(id);
    for (const id of customers.findIdsByTagOrOrderNumber(q, SEARCH_CAP)) ids.add(id);
    for (const id of customers.findIdsByHandle(q.toLowerCase(), SEARCH_CAP)) ids.add(id);
    return [...ids];
  }

  return {
    get,
    insert,
    create(input: CustomerInput): CustomerDetail {
      const id = createInTransaction(customerInputSchema.parse(input));
      return get(id);
    },
    list(query: string, offset: number, limit: number): { items: CustomerSummary[]; total: number } {
      if (query.trim() === '') {
        return {
          items: customers.listRecentlyContacted(limit, offset).map(toSummary),
          total: customers.countCustomers(),
        };
      }
      const ids = searchIds(query);
      const rows = ids
        .map((id) => customers.findSummaryById(id))
        .filter((r): r is SummaryRow => r !== undefined)
        .sort((a, b) => (b.last_contact_at ?? 0) - (a.last_contact_at ?? 0) || a.id.localeCompare(b.id));
      return { items: rows.slice(offset, offset + limit).map(toSummary), total: rows.length };
    },
    timeline(customerId: string, limit: number, before?: { at: number; id: string }) {
      if (!customers.findCustomerById(customerId)) {
        throw new AppError('NOT_FOUND', `No customer with id ${customerId}.`, { id: customerId });
      }
      const rows = interactions.listTimeline(customerId, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toTimelineEntry),
        next: rows.length > limit && last ? { at: last.started_at, id: last.id } : null,
      };
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
