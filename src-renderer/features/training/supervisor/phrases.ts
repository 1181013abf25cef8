/** Phrase lists are typed as one per line or separated by Chinese or Latin commas. */
export function splitPhrases(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function joinPhrases(phrases: readonly string[]): string {
  return phrases.join('\n');
}

export function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
