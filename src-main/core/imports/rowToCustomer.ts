import type { ImportField, ImportMapping, ImportRowError } from '../../contract/imports';
import { customerInputSchema, membershipInputSchema } from '../../contract/customers';
import type { Locale } from '../../contract/primitives';

type ParsedCustomer = ReturnType<typeof customerInputSchema.parse>;
export interface ImportedRow {
  customer: ParsedCustomer;
  membership: { tier: string; points: number; memberSince: number | null; renewalDate: number | null } | null;
}

const YES = /^(1|y|yes|true|是|√|✓|vip)$/i;

function honorificFrom(value: string): 'ms' | 'mr' | 'none' {
  if (/^(女|女士|小姐|ms\.?|mrs\.?|miss|f|female)$/i.test(value)) return 'ms';
  if (/^(男|先生|mr\.?|m|male)$/i.test(value)) return 'mr';
  return 'none';
}

function languageFrom(value: string): Locale | undefined {
  if (/^(zh-?cn|简体|简体中文|中文|普通话|mandarin|chinese)$/i.test(value)) return 'zh-CN';
  if (/^(zh-?tw|zh-?hk|繁體|繁體中文|繁体|國語|粵語|cantonese)$/i.test(value)) return 'zh-TW';
  if (/^(en|english|英文|英語|英语)$/i.test(value)) return 'en';
  return undefined;
}

/** Accepts 2026-03-01, 2026/3/1, 2026年3月1日 and 2026.03.01 as a local calendar date. */
function dateFrom(value: string): number | null | 'invalid' {
  if (!value) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (!m) return 'invalid';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return 'invalid';
  return t;
}

/** Cells our own export protected from spreadsheet formulas come back without the guard. */
const unguard = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);

/**
 * Turns one CSV row into a validated customer, or the list of reasons it cannot be one.
 * `rowNumber` is the spreadsheet row (the header is row 1).
 */
export function rowToCustomer(cells: readonly string[], mapping: ImportMapping, rowNumber: number): { ok: true; row: ImportedRow } | { ok: false; errors: ImportRowError[] } {
  const values = new Map<ImportField, string[]>();
  for (const [index, field] of Object.entries(mapping)) {
    if (field === 'ignore') continue;
    const v = unguard((cells[Number(index)] ?? '').trim());
    if (v === '') continue;
    values.set(field, [...(values.get(field) ?? []), v]);
  }
  const one = (f: ImportField) => values.get(f)?.[0] ?? '';
  const many = (f: ImportField) => (values.get(f) ?? []).flatMap((v) => v.split(/\s*[/;；、|]\s*|\s*,\s*(?=\S)/)).filter(Boolean);
  const errors: ImportRowError[] = [];

  const handles = [
    ...many('wechat').map((handle) => ({ channel: 'wechat' as const, handle })),
    ...many('line').map((handle) => ({ channel: 'line' as const, handle })),
    ...many('whatsapp').map((handle) => ({ channel: 'whatsapp' as const, handle })),
  ];
  const candidate = {
    fullName: one('fullName'),
    surname: one('surname') || undefined,
    honorific: honorificFrom(one('honorific')),
    company: one('company') || undefined,
    language: languageFrom(one('language')),
    preferences: one('preferences'),
    isKeyAccount: YES.test(one('keyAccount')),
    owner: one('owner') || undefined,
    phones: many('phone').map((number) => ({ number, label: '' })),
    emails: many('email').map((email) => ({ email, label: '' })),
    handles,
    tags: many('tags'),
  };
  const parsed = customerInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const index = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
      // One reason per cell: a phone that fails its pattern and its digit count is one bad phone.
      if (seen.has(`${key}.${index}`)) continue;
      seen.add(`${key}.${index}`);
      const field = key === 'phones' ? 'phone' : key === 'emails' ? 'email' : key;
      const raw =
        key === 'phones' ? (candidate.phones[index]?.number ?? '')
        : key === 'emails' ? (candidate.emails[index]?.email ?? '')
        : key === 'handles' ? (candidate.handles[index]?.handle ?? '')
        : key === 'tags' ? (candidate.tags[index] ?? '')
        : String(candidate[key as keyof typeof candidate] ?? '');
      const code = raw === '' && (issue.code === 'too_small' || issue.code === 'invalid_type') ? 'required' : field === 'phone' || field === 'email' ? `invalid_${field}` : issue.code;
      errors.push({ row: rowNumber, field, code, value: raw.slice(0, 100) });
    }
  }

  let membership: ImportedRow['membership'] = null;
  const tier = one('tier');
  if (tier || one('points') || one('renewalDate')) {
    const points = one('points') === '' ? 0 : Number(one('points').replace(/[,，\s]/g, ''));
    const renewal = dateFrom(one('renewalDate'));
    if (renewal === 'invalid') errors.push({ row: rowNumber, field: 'renewalDate', code: 'invalid_date', value: one('renewalDate').slice(0, 100) });
    const m = membershipInputSchema.safeParse({ tier: tier || 'basic', points, memberSince: null, renewalDate: renewal === 'invalid' ? null : renewal });
    if (!m.success) errors.push({ row: rowNumber, field: 'points', code: 'invalid_number', value: one('points').slice(0, 100) });
    else membership = m.data;
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, row: { customer: parsed.data, membership } };
}
