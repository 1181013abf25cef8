import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const charCache = new Map<string, string>();

const HAN = /\p{Script=Han}/u;
/** CJK punctuation kept as tokens of their own, so a phrase never matches across a sentence break. */
export const CJK_PUNCTUATION = '，。！？；：、（）【】《》「」『』“”‘’…—～';
const PUNCT = new Set([...CJK_PUNCTUATION]);
/** Stands in the index for white space after Chinese text, so "退 款" is not the phrase 退款. */
export const GAP_TOKEN = '\uE000';
/** Declared as token characters of the FTS5 tokenizer. */
export const INDEX_TOKEN_CHARS = CJK_PUNCTUATION + GAP_TOKEN;

/** One Han character in its simplified form, converted character by character so lengths stay equal. */
function simplifyChar(ch: string): string {
  let s = charCache.get(ch);
  if (s === undefined) {
    const converted = toSimplified(ch);
    s = [...converted].length === 1 ? converted : ch;
    charCache.set(ch, s);
  }
  return s;
}

/**
 * Folds text for comparison: full-width to half-width, lower case, accents off, traditional to
 * simplified per character. Every code point maps to exactly one, so offsets in the folded text
 * are offsets in the original (used for highlighting).
 */
export function foldChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) out.push(foldChar(ch));
  return out;
}

/**
 * One code point folded, remembered: folding is a pure function of the character and took two
 * normalizations and three regular expressions each time, most of the cost of indexing a message.
 * Text uses a few thousand distinct characters; the bound only guards against a flood of rare ones.
 */
const FOLD_CACHE_SIZE = 20_000;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = computeFoldChar(ch);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(ch, folded);
  }
  return folded;
}

function computeFoldChar(ch: string): string {
  // NFKC would turn ， into , and let a phrase run across the sentence break.
  if (PUNCT.has(ch)) return ch;
  let c = ch.normalize('NFKC');
  if ([...c].length !== 1) c = ch;
  c = c.normalize('NFD').replace(/\p{M}/gu, '') || c;
  c = c.toLowerCase();
  if ([...c].length !== 1) c = ch.toLowerCase();
  return HAN.test(c) ? simplifyChar(c) : c;
}

export const isHan = (ch: string) => HAN.test(ch);
export const isCjkPunct = (ch: string) => PUNCT.has(ch);

/**
 * The text as the index sees it: every Han character and CJK punctuation mark becomes a token of
 * its own, so a query of one, two or more characters is a phrase of single-character tokens and
 * finds exactly what a substring scan would. Latin words stay words.
 */
export function toIndexText(text: string): string {
  let out = '';
  let afterCjk = false;
  for (const c of foldChars(text)) {
    if (isHan(c) || isCjkPunct(c)) {
      out += ` ${c} `;
      afterCjk = true;
    } else if (/\s/.test(c)) {
      out += afterCjk ? ` ${GAP_TOKEN} ` : ' ';
      afterCjk = false;
    } else {
      out += c;
      afterCjk = false;
    }
  }
  return out;
}
