import { foldChars, isCjkPunct, isHan } from './fold';

export interface ParsedQuery {
  /** The FTS5 MATCH expression (bound as a parameter, never spliced into SQL). */
  match: string;
  /** Folded pieces to highlight in the original text. */
  needles: string[];
}

/**
 * Turns what the agent typed into an FTS5 query: each run of Chinese becomes a phrase of
 * single-character tokens ("退货流程" → "退 货 流 程"), each Latin word or number a prefix term
 * ("refund" → "refund"*). All pieces must match. Anything else (quotes, operators) is dropped,
 * so no input can change the query's meaning.
 */
export function parseQuery(text: string): ParsedQuery | null {
  const pieces: { kind: 'han' | 'word'; value: string }[] = [];
  let current: { kind: 'han' | 'word'; value: string } | null = null;
  for (const c of foldChars(text.slice(0, 200))) {
    const kind = isHan(c) ? 'han' : /[\p{L}\p{N}]/u.test(c) && !isCjkPunct(c) ? 'word' : null;
    if (kind === null) {
      current = null;
      continue;
    }
    if (!current || current.kind !== kind) {
      current = { kind, value: '' };
      pieces.push(current);
    }
    current.value += c;
  }
  const parts = pieces.slice(0, 12).map((p) => (p.kind === 'han' ? `"${[...p.value].join(' ')}"` : `"${p.value}"*`));
  if (parts.length === 0) return null;
  return { match: parts.join(' AND '), needles: pieces.map((p) => p.value) };
}
