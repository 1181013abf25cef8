/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) is prefixed with
 * an apostrophe, so an exported customer name or message can never execute in Excel. Shared by the
 * core's customer export and the window's report export.
 */
export function neutraliseFormula<T extends string | number>(v: T): T | string {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
