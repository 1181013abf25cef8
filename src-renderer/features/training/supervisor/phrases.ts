/** Phrase lists are typed as one per line or separated by Chinese or Latin commas. */
export function splitPhrases(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Shown back as a sentence-like run: "您好、你好" for Chinese, "hello, hi" for Latin text. */
export function joinPhrases(phrases: readonly string[]): string {
  return phrases.join(phrases.some((p) => /[\u3000-\u9fff\uff00-\uffef]/.test(p)) ? '、' : ', ');
}

export function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
