import { foldChars, isHan } from '../search/fold';

/** Curly quotes typed by an IME or autocorrect fold to the plain ones the phrase lists use. */
const QUOTES: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201C': '"', '\u201D': '"' };
const WORD = /[a-z0-9]/;

/**
 * A reply or phrase as matching sees it: the search's folding (full/half width, case, accents,
 * traditional → simplified), white space collapsed, and spaces between Chinese characters dropped
 * ("非常 抱歉" is still an apology: a trainee's typing, unlike an indexed document, has no phrase breaks to keep).
 */
export function normalise(text: string): string {
  const chars = foldChars(text).map((c) => QUOTES[c] ?? c);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (/\s/.test(c)) {
      const prev = out.at(-1);
      let j = i + 1;
      while (j < chars.length && /\s/.test(chars[j]!)) j++;
      const next = chars[j];
      i = j - 1;
      if (prev === undefined || next === undefined) continue;
      if (isHan(prev) || isHan(next)) continue;
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Whether the normalised reply contains the phrase. A phrase that starts or ends with a Latin
 * letter or digit must do so at a word edge, so "hi" is not found in "this"; Chinese phrases are
 * plain substrings (Chinese has no spaces between words).
 */
export function containsPhrase(normalisedReply: string, phrase: string): boolean {
  const p = normalise(phrase);
  if (p === '') return false;
  let from = 0;
  for (;;) {
    const at = normalisedReply.indexOf(p, from);
    if (at < 0) return false;
    const before = normalisedReply[at - 1];
    const after = normalisedReply[at + p.length];
    const startOk = !WORD.test(p[0]!) || before === undefined || !WORD.test(before);
    const endOk = !WORD.test(p.at(-1)!) || after === undefined || !WORD.test(after);
    if (startOk && endOk) return true;
    from = at + 1;
  }
}

/** The phrases of a list that the reply contains, in list order. */
export function phrasesIn(normalisedReply: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => containsPhrase(normalisedReply, p));
}

export const anyIn = (normalisedReply: string, phrases: readonly string[]) => phrases.some((p) => containsPhrase(normalisedReply, p));
