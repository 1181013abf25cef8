/**
 * Masks customers' contact details in anything the core answers to a trainee at the live desk:
 * every phone-like number keeps its last four digits (what a caller reads out, enough to follow a
 * conversation), every email keeps its first character and domain, every social handle its first
 * two characters. Applied to whole answers rather than chosen fields, so a number inside a message
 * body or a new field added later is masked too.
 */
const EMAIL = /([\p{L}\p{N}])[\p{L}\p{N}._%+-]*@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
// Seven or more digits with optional +, spaces, dashes, dots or brackets between; not part of a longer token.
const PHONE = /(?<![\p{L}\p{N}_-])\+?\(?\d(?:[\d\s().-]*\d){6,}(?![\p{L}\p{N}_])/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const HANDLE_KEYS = new Set(['handle', 'address', 'from', 'to', 'cc', 'senderHandle']);

export function maskPhone(text: string): string {
  const digits = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '•'));
}

export function maskEmail(text: string): string {
  return text.replace(EMAIL, (_m, first: string, domain: string) => `${first}•••@${domain}`);
}

function maskHandle(text: string): string {
  if (text.includes('@')) return maskEmail(text);
  if (/\d{7,}/.test(text.replace(/[\s-]/g, ''))) return maskText(text);
  const chars = [...text];
  return chars.length <= 2 ? '•••' : `${chars.slice(0, 2).join('')}•••`;
}

export function maskText(text: string): string {
  const emailsMasked = maskEmail(text);
  return emailsMasked.replace(PHONE, (m) => (ISO_DATE.test(m) ? m : maskPhone(m)));
}

export function maskContacts<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (HANDLE_KEYS.has(key) ? maskHandle(value) : maskText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => maskContacts(v, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskContacts(v, k);
    return out as T;
  }
  return value;
}
