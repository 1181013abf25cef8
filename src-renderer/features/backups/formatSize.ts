/** 12.3 MB, 860 KB: in the locale's own number and unit style. */
export function formatSize(bytes: number, locale: string): string {
  const [unit, size] = bytes >= 1024 ** 3 ? (['gigabyte', 1024 ** 3] as const) : bytes >= 1024 ** 2 ? (['megabyte', 1024 ** 2] as const) : (['kilobyte', 1024] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
