/** Characters that do not start or end a meaningful phrase (particles, pronouns, politeness). */
const EDGE_STOP = new Set([...'的了吗呢吧啊呀哦嘛是在和与及就都也还又很太把被给让我你您他她它们这那哪个么什怎请谢好一不有没要想能会可以已经']);
/** Particles and pronouns that never sit inside a topic phrase either. */
const INNER_STOP = new Set([...'的了吗呢吧啊呀哦嘛我你您他她它这那还又都也就']);
const EN_STOP = new Set('the and for you your are was were has have had this that with from not but can will would could please thanks thank hello dear just what when where which there their they them our out any all get got one two been into about also more some very than then its it\'s i\'m don\'t'.split(' '));

/**
 * The phrases a message talks about: runs of Han characters cut into 2–4 character pieces (no
 * particle at either end) and English words of 3+ letters that are not stop words. Each counted once
 * per message, so one long rant does not make a trend.
 */
export function phrasesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const piece = chars.slice(i, i + n);
        if (EDGE_STOP.has(piece[0]!) || EDGE_STOP.has(piece[n - 1]!) || piece.some((c) => INNER_STOP.has(c))) continue;
        out.add(piece.join(''));
      }
    }
  }
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) if (!EN_STOP.has(w)) out.add(w);
  return out;
}

/**
 * Phrases clearly more frequent this period than the last: at least `min` mentions and at least
 * 1.5× the previous count (+1, so a phrase that is merely new needs real volume). A shorter phrase
 * inside a longer one with as many mentions is the same trend and is dropped.
 */
export function risingPhrases(now: Map<string, number>, before: Map<string, number>, min = 3, limit = 20): { text: string; count: number; previous: number }[] {
  const rising = [...now].filter(([t, n]) => n >= min && n >= 1.5 * ((before.get(t) ?? 0) + 1)).map(([text, count]) => ({ text, count, previous: before.get(text) ?? 0 }));
  const kept = rising.filter((a) => !rising.some((b) => b.text !== a.text && b.text.includes(a.text) && b.count >= a.count));
  return kept.sort((a, b) => b.count / (b.previous + 1) - a.count / (a.previous + 1) || b.count - a.count || (a.text < b.text ? -1 : 1)).slice(0, limit);
}
