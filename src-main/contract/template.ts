/** A piece of a filled template: plain text, or a variable with its value (null when unknown). */
export type TemplatePart = { text: string } | { variable: string; value: string | null };

const VARIABLE = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)*)\s*\}\}/g;

/**
 * Splits "{{customer.surname}}{{customer.honorific}}，您好" into text and variables, filled from
 * `values`. Unknown values stay variables with value null, shown as blank chips, never as braces.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string | null | undefined>>): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    const name = m[1] ?? '';
    const value = values[name];
    parts.push({ variable: name, value: value === undefined || value === null || value === '' ? null : value });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The template as plain text, unknown variables left empty (for inserting into a reply). */
export function renderTemplate(text: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return fillTemplate(text, values)
    .map((p) => ('text' in p ? p.text : (p.value ?? '')))
    .join('');
}
