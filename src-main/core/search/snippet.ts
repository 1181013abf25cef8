import { foldChars } from './fold';

export interface Snippet {
  text: string;
  /** [start, end) code-point offsets into `text` to highlight. */
  highlights: [number, number][];
}

/** Every [start, end) code-point range where a needle occurs in the folded characters. */
function findAll(folded: readonly string[], needles: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const needle of needles) {
    const n = [...needle];
    if (n.length === 0) continue;
    for (let i = 0; i + n.length <= folded.length; i++) {
      let hit = true;
      for (let k = 0; k < n.length && hit; k++) hit = folded[i + k] === n[k];
      if (hit) out.push([i, i + n.length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * A window of the original text around the first match, with every match inside it marked.
 * Matching runs on folded characters (one per original code point), so 退貨 is marked for 退货.
 */
export function makeSnippet(original: string, needles: readonly string[], radius = 40): Snippet {
  // Line breaks become spaces one for one, so offsets stay valid.
  const chars = [...original].map((c) => (/\s/.test(c) ? ' ' : c));
  const folded = foldChars(chars.join(''));
  const first = findAll(folded, needles)[0]?.[0] ?? 0;
  const begin = Math.max(0, first - radius);
  const end = Math.min(chars.length, first + radius * 2);
  const lead = begin > 0 ? 1 : 0;
  const text = (lead ? '…' : '') + chars.slice(begin, end).join('') + (end < chars.length ? '…' : '');
  const highlights = findAll(folded.slice(begin, end), needles).map(([s, e]) => [s + lead, e + lead] as [number, number]);
  return { text, highlights };
}
