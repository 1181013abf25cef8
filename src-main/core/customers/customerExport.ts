import Papa from 'papaparse';
import { neutraliseFormula } from '../../contract/spreadsheetCell';
import type { CustomerDetail, CustomerFilters } from '../../contract/customers';
import { AppError } from '../../contract/errors';
import type { Auditor } from '../audit/auditRepo';
import type { CustomersService } from './customersService';

/** Beyond this an export belongs to the data owner's full export (backups), not the customer list. */
export const MAX_EXPORT_ROWS = 100_000;

const CSV_COLUMNS = [
  'id', 'fullName', 'surname', 'honorific', 'phones', 'emails', 'wechat', 'line', 'whatsapp', 'company', 'language',
  'tags', 'tier', 'points', 'renewalDate', 'keyAccount', 'owner', 'preferences', 'createdAt',
] as const;

const isoDate = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');

function csvRow(c: CustomerDetail): Record<(typeof CSV_COLUMNS)[number], string> {
  const handle = (channel: string) => c.handles.filter((h) => h.channel === channel).map((h) => h.handle).join(' / ');
  return {
    id: c.id,
    fullName: c.fullName,
    surname: c.surname,
    honorific: c.honorific,
    phones: c.phones.map((p) => p.raw).join(' / '),
    emails: c.emails.map((e) => e.email).join(' / '),
    wechat: handle('wechat'),
    line: handle('line'),
    whatsapp: handle('whatsapp'),
    company: c.company ?? '',
    language: c.language,
    tags: c.tags.join('; '),
    tier: c.membership?.tier ?? '',
    points: c.membership ? String(c.membership.points) : '',
    renewalDate: isoDate(c.membership?.renewalDate),
    keyAccount: c.isKeyAccount ? 'yes' : 'no',
    owner: c.owner ?? '',
    preferences: c.preferences,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

/**
 * Exports the current search or filter to CSV (UTF-8 with a BOM, so Excel opens Chinese text
 * correctly) or JSON. Cells that a spreadsheet would run as a formula are neutralised.
 */
export function exportCustomers(
  service: CustomersService,
  audit: Auditor,
  params: { format: 'csv' | 'json'; query: string; filters: CustomerFilters },
  now: number,
) {
  const page = service.list(params.query, params.filters, 0, MAX_EXPORT_ROWS + 1);
  if (page.items.length > MAX_EXPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `An export is limited to ${MAX_EXPORT_ROWS} customers; narrow the search.`, { limit: MAX_EXPORT_ROWS });
  }
  const details = page.items.map((s) => service.get(s.id));
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:T]/g, '');
  audit('customer.export', 'customer', null, { format: params.format, count: details.length, query: params.query.length > 0 });
  if (params.format === 'json') {
    return { filename: `customers-${stamp}.json`, mimeType: 'application/json', content: JSON.stringify(details, null, 2), count: details.length };
  }
  const rows = details.map(csvRow).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseFormula(v)])),
  );
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? '')) }, { newline: '\r\n' });
  return { filename: `customers-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: `\uFEFF${csv}`, count: details.length };
}
