import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import {
  customerInputSchema,
  type CustomerDetail,
  type CustomerInput,
  type CustomerSummary,
  type TimelineEntry,
} from '../../contract/customers';
import type { CustomerFilters } from '../../contract/customers';
import type { Channel, Locale } from '../../contract/primitives';
import type { Auditor } from '../audit/auditRepo';
import type { InteractionRow, InteractionsRepo } from '../interactions/interactionsRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { foldName, guessSurname, namePinyin } from '../shared/names';
import { looksLikePhoneQuery, normalizePhone, reverseDigits } from '../shared/phone';
import type { CustomerEditRepo } from './customerEditRepo';
import type { CustomersRepo, FilterParams, RankRow, SummaryRow } from './customersRepo';

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
  edits: CustomerEditRepo;
  interactions: InteractionsRepo;
  clock: Clock;
  newId: IdGenerator;
  audit: Auditor;
  /** Lets other stores forget what they hold of a customer (the search index) before erasure. */
  beforeErase?: (customerId: string) => void;
  /** Entries kept elsewhere (cases) that belong in the customer's timeline, in the same (at, id) order. */
  moreTimeline?: (customerId: string, before: { at: number; id: string } | undefined, limit: number, channels?: readonly string[]) => TimelineEntry[];
}) {
  const { db, customers, edits, interactions, clock, newId, audit } = deps;

  function assertExists(id: string): void {
    if (!customers.findCustomerById(id)) throw new AppError('NOT_FOUND', `No customer with id ${id}.`, { id });
  }

  /** The customers row's editable columns, with the search forms of the name derived from it. */
  function profileColumns(input: ParsedCustomerInput) {
    const py = namePinyin(input.fullName);
    return {
      full_name: input.fullName,
      surname: input.surname?.trim() || guessSurname(input.fullName),
      honorific: input.honorific,
      company: input.company?.trim() || null,
      language: input.language,
      preferred_channel: input.preferredChannel ?? null,
      best_time: input.bestTime?.trim() || null,
      preferences: input.preferences,
      is_key_account: input.isKeyAccount ? 1 : 0,
      owner: input.owner?.trim() || null,
      search_name: foldName(input.fullName),
      name_pinyin: py.full,
      name_initials: py.initials,
    };
  }

  function insertContactPoints(id: string, input: ParsedCustomerInput, now: number): void {
    input.phones.forEach((p, i) => {
      const normalized = normalizePhone(p.number);
      customers.insertPhone(newId(), id, p.number, normalized, reverseDigits(normalized), p.label, i, now);
    });
    input.emails.forEach((e, i) => customers.insertEmail(newId(), id, e.email, e.label, i, now));
    for (const h of input.handles) customers.insertHandle(newId(), id, h.channel, h.handle, now);
    for (const tag of new Set(input.tags)) customers.insertTag(id, tag);
  }

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
    customers.insertCustomer({
      id,
      ...profileColumns(input),
      last_contact_at: extra.lastContactAt ?? null,
      created_at: now,
      updated_at: now,
    });
    insertContactPoints(id, input, now);
    return id;
  }

  const createInTransaction = db.transaction((input: ParsedCustomerInput) => insert(input));

  const updateInTransaction = db.transaction((id: string, input: ParsedCustomerInput) => {
    assertExists(id);
    const now = clock.now();
    edits.updateCustomerCore({ id, ...profileColumns(input), updated_at: now });
    edits.clearContactPoints(id);
    insertContactPoints(id, input, now);
  });

  const mergeInTransaction = db.transaction((keepId: string, mergeId: string) => {
    assertExists(keepId);
    assertExists(mergeId);
    const moved = edits.mergeInto(keepId, mergeId, clock.now());
    edits.deleteCustomer(mergeId);
    audit('customer.merge', 'customer', keepId, { mergedId: mergeId, moved });
    return moved;
  });

  const eraseInTransaction = db.transaction((id: string) => {
    assertExists(id);
    const erased = edits.countOwnedRecords(id);
    deps.beforeErase?.(id);
    edits.deleteCustomer(id);
    audit('customer.erase', 'customer', id, { erased });
    return erased;
  });

  function toFilterParams(f: CustomerFilters): FilterParams {
    return {
      keyAccount: f.keyAccount === undefined ? null : f.keyAccount ? 1 : 0,
      owner: f.owner?.trim() || null,
      tier: f.tier?.trim() || null,
      tag: f.tag?.trim() || null,
    };
  }

  function matchesFilters(row: SummaryRow, f: FilterParams): boolean {
    if (f.keyAccount !== null && row.is_key_account !== f.keyAccount) return false;
    if (f.owner !== null && row.owner !== f.owner) return false;
    if (f.tier !== null && row.tier !== f.tier) return false;
    if (f.tag !== null && !(JSON.parse(row.tags) as string[]).includes(f.tag)) return false;
    return true;
  }

  function summaries(ids: string[]): SummaryRow[] {
    return customers.listSummariesByIds(ids);
  }

  const isContactQuery = (q: string) => looksLikePhoneQuery(q) || q.includes('@');

  /** Phone (whole number or tail) or email prefix. */
  function contactMatchIds(q: string): string[] {
    if (looksLikePhoneQuery(q)) {
      const normalized = normalizePhone(q);
      return customers.findIdsByPhone(normalized, reverseDigits(normalized), SEARCH_CAP);
    }
    return customers.findIdsByEmailPrefix(q.toLowerCase(), SEARCH_CAP);
  }

  /** Name prefixes (as typed and without spaces) come with their ranking column; tags, order numbers and handles as ids. */
  function nameMatches(q: string): { ranked: RankRow[]; ids: string[] } {
    const folded = foldName(q);
    const ranked = customers.findRankRowsByNamePrefix(folded, SEARCH_CAP);
    const compact = folded.replace(/\s+/g, '');
    if (compact !== folded) ranked.push(...customers.findRankRowsByNamePrefix(compact, SEARCH_CAP));
    return { ranked, ids: [...customers.findIdsByTagOrOrderNumber(q, SEARCH_CAP), ...customers.findIdsByHandle(q.toLowerCase(), SEARCH_CAP)] };
  }

  function searchIds(query: string): string[] {
    const q = query.trim();
    if (isContactQuery(q)) return contactMatchIds(q);
    const { ranked, ids } = nameMatches(q);
    return [...new Set([...ranked.map((r) => r.id), ...ids])];
  }

  /** The matches of a search with what they are ranked by; only ids not already ranked are looked up again. */
  function searchRankRows(query: string): RankRow[] {
    const q = query.trim();
    if (isContactQuery(q)) {
      if (!looksLikePhoneQuery(q)) return customers.findRankRowsByEmailPrefix(q.toLowerCase(), SEARCH_CAP);
      const normalized = normalizePhone(q);
      return customers.findRankRowsByPhone(normalized, reverseDigits(normalized), SEARCH_CAP);
    }
    const { ranked, ids } = nameMatches(q);
    const byId = new Map(ranked.map((r) => [r.id, r]));
    const unranked = [...new Set(ids)].filter((id) => !byId.has(id));
    if (unranked.length > 0) for (const r of customers.listRankRows(unranked)) byId.set(r.id, r);
    return [...byId.values()];
  }

  return {
    get,
    insert,
    create(input: CustomerInput): CustomerDetail {
      const id = createInTransaction(customerInputSchema.parse(input));
      return get(id);
    },
    update(id: string, input: CustomerInput): CustomerDetail {
      updateInTransaction(id, customerInputSchema.parse(input));
      return get(id);
    },
    setMembership(customerId: string, m: { tier: string; points: number; memberSince: number | null; renewalDate: number | null } | null) {
      db.transaction(() => {
        assertExists(customerId);
        if (m) customers.upsertMembership(customerId, m.tier, m.points, m.memberSince, m.renewalDate, clock.now());
        else edits.deleteMembership(customerId);
      })();
      return get(customerId);
    },
    list(query: string, filters: CustomerFilters, offset: number, limit: number): { items: CustomerSummary[]; total: number } {
      const f = toFilterParams(filters);
      const filtered = f.keyAccount !== null || f.owner !== null || f.tier !== null || f.tag !== null;
      if (query.trim() === '') {
        if (!filtered) return { items: customers.listRecentlyContacted(limit, offset).map(toSummary), total: customers.countCustomers() };
        return { items: customers.listFiltered(f, limit, offset).map(toSummary), total: customers.countFiltered(f) };
      }
      // Ties (often: never contacted) in id order by code unit, as SQL's ORDER BY id does; for
      // ULIDs the same order localeCompare gave, without its cost on a thousand ties.
      const byRecency = (a: RankRow, b: RankRow) =>
        (b.last_contact_at ?? 0) - (a.last_contact_at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      if (filtered) {
        const rows = summaries(searchIds(query)).filter((r) => matchesFilters(r, f)).sort(byRecency);
        return { items: rows.slice(offset, offset + limit).map(toSummary), total: rows.length };
      }
      // Rank on light rows, then build the (heavier) summaries for the requested page only.
      const ranked = searchRankRows(query).sort(byRecency);
      return { items: summaries(ranked.slice(offset, offset + limit).map((r) => r.id)).map(toSummary), total: ranked.length };
    },
    facets: () => customers.listFacets(),
    findDuplicates(phones: string[], emails: string[], excludeId?: string) {
      const byPhone = new Set(edits.findIdsByNormalizedPhones(phones.map(normalizePhone).filter((p) => p.length >= 5)));
      const byEmail = new Set(edits.findIdsByEmails(emails.map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'))));
      const ids = [...new Set([...byPhone, ...byEmail])].filter((id) => id !== excludeId);
      return {
        items: summaries(ids).map((row) => ({
          ...toSummary(row),
          matchedOn: [...(byPhone.has(row.id) ? ['phone' as const] : []), ...(byEmail.has(row.id) ? ['email' as const] : [])],
        })),
      };
    },
    duplicateGroups(limit: number) {
      const groups = [
        ...edits.listPhoneDuplicateGroups(limit).map((g) => ({ kind: 'phone' as const, ...g })),
        ...edits.listEmailDuplicateGroups(limit).map((g) => ({ kind: 'email' as const, ...g })),
      ].slice(0, limit);
      return {
        groups: groups.map((g) => ({ kind: g.kind, value: g.value, customers: summaries(JSON.parse(g.ids) as string[]).map(toSummary) })),
      };
    },
    merge(keepId: string, mergeId: string) {
      const moved = mergeInTransaction(keepId, mergeId);
      return { customer: get(keepId), moved };
    },
    erase(id: string) {
      return { erased: eraseInTransaction(id) };
    },
    timeline(customerId: string, limit: number, before?: { at: number; id: string }, channels?: readonly string[]) {
      assertExists(customerId);
      // Both sources are read past the page by one, merged on (at, id): the cursor stays exact.
      const merged = [...interactions.listTimeline(customerId, limit + 1, before, channels).map(toTimelineEntry), ...(deps.moreTimeline?.(customerId, before, limit + 1, channels) ?? [])]
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      const page = merged.slice(0, limit);
      const last = page.at(-1);
      return { items: page, next: merged.length > limit && last ? { at: last.at, id: last.id } : null };
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
