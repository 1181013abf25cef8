import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Article } from '../../contract/library';
import type { Locale } from '../../contract/primitives';
import { foldChars, isHan } from '../search/fold';
import type { SearchRepo } from '../search/searchRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { articleSearchText } from './indexText';
import type { ArticleRow, LibraryRepo } from './libraryRepo';

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id, key: row.key, builtin: row.builtin === 1, language: row.language as Locale, title: row.title,
    category: row.category as Article['category'], tags: JSON.parse(row.tags) as string[], body: row.body, lastReviewed: row.last_reviewed, updatedAt: row.updated_at,
  };
}
const withoutBody = ({ body: _body, ...rest }: Article) => rest;

const STOP_WORDS = new Set(['the', 'and', 'for', 'you', 'your', 'with', 'that', 'this', 'have', 'has', 'are', 'was', 'not', 'but', 'can', 'please', 'thanks', 'hello', 'hi']);
const STOP_BIGRAMS = new Set(['你好', '您好', '请问', '請問', '谢谢', '謝謝', '我的', '一下', '可以', '什么', '什麼', '怎么', '怎麼', '这个', '這個', '没有', '沒有', '已经', '已經']);

/**
 * Terms from a conversation for suggesting articles: Chinese bigrams and English words, without
 * greetings and filler, most frequent first. Built from folded text so 發票 and 发票 agree.
 */
export function conversationTerms(text: string, max = 16): string[] {
  const counts = new Map<string, number>();
  const chars = foldChars(text.slice(0, 20_000));
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (isHan(a) && isHan(b)) {
      const bigram = a + b;
      if (!STOP_BIGRAMS.has(bigram)) counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    }
  }
  for (const w of chars.join('').match(/[a-z][a-z0-9]{2,}/g) ?? []) if (!STOP_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, max).map(([t]) => t);
}

type FoldedArticle = { updatedAt: number; title: string; tags: string; body: string };
const foldedCache = new Map<string, FoldedArticle>();
/** An article's title, tags and body folded like the search folds them, kept until the article changes. */
function folded(row: ArticleRow): FoldedArticle {
  const hit = foldedCache.get(row.id);
  if (hit && hit.updatedAt === row.updated_at) return hit;
  const f = (s: string) => foldChars(s).join('');
  const made = { updatedAt: row.updated_at, title: f(row.title), tags: f((JSON.parse(row.tags) as string[]).join(' ')), body: f(row.body) };
  foldedCache.set(row.id, made);
  return made;
}

/** Terms earlier in the list are more frequent in the conversation; a title or tag hit counts most. */
function relevance(a: FoldedArticle, terms: readonly string[]): number {
  let score = 0;
  terms.forEach((t, i) => {
    const weight = 1 + (terms.length - i) / terms.length;
    if (a.title.includes(t)) score += 3 * weight;
    if (a.tags.includes(t)) score += 2 * weight;
    if (a.body.includes(t)) score += weight;
  });
  return score;
}

export function createArticlesService(deps: { db: Database.Database; library: LibraryRepo; search: SearchRepo; clock: Clock; newId: IdGenerator }) {
  const { library, search, clock, newId } = deps;
  const find = (id: string) => {
    const row = library.findArticleById(id);
    if (!row) throw new AppError('NOT_FOUND', `No article with id ${id}.`, { id });
    return row;
  };
  type Input = { title: string; category: Article['category']; language: Locale; tags: string[]; body: string; lastReviewed: number | null };
  const save = deps.db.transaction((id: string | null, a: Input): string => {
    const now = clock.now();
    const row = { title: a.title, category: a.category, language: a.language, tags: JSON.stringify(a.tags), body: a.body, last_reviewed: a.lastReviewed, content_hash: '', updated_at: now };
    let target = id;
    if (target) {
      if (find(target).builtin === 1) throw new AppError('FORBIDDEN', 'Built-in articles are read-only.', { id: target, reason: 'builtin' });
      library.updateArticle({ ...row, id: target });
    } else {
      target = newId();
      library.insertArticle({ ...row, id: target, key: 'custom', builtin: 0, created_at: now });
    }
    search.indexDocument('article', target, now, articleSearchText(a.title, a.tags, a.body));
    return target;
  });
  return {
    list: (language?: Locale, category?: string) => ({ items: library.listArticles(language ?? null, category ?? null).map((r) => withoutBody(toArticle(r))) }),
    get: (id: string) => toArticle(find(id)),
    create: (a: Input) => toArticle(find(save(null, a))),
    update: (id: string, a: Input) => toArticle(find(save(id, a))),
    /** Articles that speak to what the customer wrote: any of the conversation's terms, ranked by bm25. */
    /**
     * Articles for a conversation, scored over the articles themselves: a library is hundreds of
     * articles, while the shared full-text index holds every message too, and ranking there let
     * millions of messages crowd the few articles out (and took a second at 2M messages).
     */
    suggest(text: string, language: Locale | undefined, limit: number) {
      const terms = conversationTerms(text);
      if (terms.length === 0) return { items: [] };
      const scored = library
        .listArticles(language ?? null, null)
        .map((row) => ({ row, score: relevance(folded(row), terms) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || b.row.updated_at - a.row.updated_at);
      return { items: scored.slice(0, limit).map((x) => withoutBody(toArticle(x.row))) };
    },
  };
}
export type ArticlesService = ReturnType<typeof createArticlesService>;
