/**
 * The number in a tel: link ("tel:+86-138-1234-5678", "tel:13812345678;ext=2") when it is one a
 * person could dial, else null. Links reach the app from the OS (macOS open-url, Windows argv).
 */
export function numberFromTelLink(link: string): string | null {
  const m = /^tel:([^;?]*)/i.exec(link.trim());
  if (!m) return null;
  let number: string;
  try {
    number = decodeURIComponent(m[1] ?? '').trim();
  } catch {
    return null;
  }
  const digits = number.replace(/\D/g, '');
  return /^\+?[0-9\s\-().]+$/.test(number) && digits.length >= 5 && digits.length <= 20 ? number : null;
}

/** The first tel: link among command-line arguments (how Windows and Linux hand one over). */
export const telLinkInArgs = (argv: readonly string[]): string | null => argv.map(numberFromTelLink).find((n) => n !== null) ?? null;
