/**
 * Phones are stored twice: as typed (for display) and normalised to the national significant
 * digits, so "+86 138-1234-5678", "0086 13812345678" and "13812345678" are one number.
 * The reversed digits make "last N digits" an index range scan instead of a LIKE '%1234' scan.
 */
export function normalizePhone(raw: string): string {
  let digits = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('+')) {
    if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
    return digits;
  }
  if (digits.startsWith('0086') && digits.length === 15) return digits.slice(4);
  if (digits.startsWith('86') && digits.length === 13 && digits[2] === '1') return digits.slice(2);
  return digits;
}

export function reverseDigits(digits: string): string {
  return [...digits].reverse().join('');
}

/** True when the text is something a person would type as a phone number or its tail. */
export function looksLikePhoneQuery(query: string): boolean {
  return /^\+?[0-9\s\-().]+$/.test(query) && query.replace(/\D/g, '').length >= 4;
}
