import type Database from 'better-sqlite3';
import type { SearchKind, SearchResult } from '../../contract/library';
import type { Locale } from '../../contract/primitives';
import type { LibraryRepo } from '../library/libraryRepo';
import { parseQuery } from './query';
import type { DocHit, SearchRepo } from './searchRepo';
import { makeSnippet } from './snippet';

/** One search over messages, articles, scripts and canned responses, with highlighted snippets. */
export function createSearchService(deps: { db: Database.Database; search: SearchRepo; library: LibraryRepo }) {
  const messageById = deps.db.prepare(`
    SELECT m.id, m.body, m.sent_at, i.id AS interaction_id, i.channel, i.subject, i.customer_id, c.full_name
    FROM messages m JOIN interactions i ON i.id = m.interaction_id LEFT JOIN customers c ON c.id = i.customer_id
    WHERE m.id = ?`);
  const noteById = deps.db.prepare('SELECT n.body, n.updated_at, n.customer_id, n.interaction_id, c.full_name FROM notes n LEFT JOIN customers c ON c.id = n.customer_id WHERE n.id = ?');

  const caseById = deps.db.prepare(`SELECT k.number, k.title, k.description, k.demand, k.channel, k.updated_at, k.customer_id, c.full_name
    FROM cases k JOIN customers c ON c.id = k.customer_id WHERE k.id = ?`);

  function toResult(hit: DocHit, needles: string[]): SearchResult | null {
    const base = { kind: hit.kind, id: hit.ref_id, cursor: hit.rowid, at: hit.at, language: null, customerId: null, customerName: null, interactionId: null, channel: null };
    if (hit.kind === 'message') {
      const m = messageById.get(hit.ref_id) as
        | { body: string; sent_at: number; interaction_id: string; channel: string; subject: string | null; customer_id: string | null; full_name: string | null }
        | undefined;
      if (!m) return null;
      return {
        ...base, at: m.sent_at, title: m.subject ?? m.full_name ?? '', snippet: makeSnippet(m.body, needles),
        customerId: m.customer_id, customerName: m.full_name, interactionId: m.interaction_id, channel: m.channel as SearchResult['channel'],
      };
    }
    if (hit.kind === 'article') {
      const a = deps.library.findArticleById(hit.ref_id);
      // Snippets show text: light-markdown marks (bold, list bullets, headings) are dropped.
      const plain = a ? a.body.replace(/\*\*/g, '').replace(/^\s*(#{1,3}|[-*]|\d+[.)、])\s+/gm, '') : '';
      return a ? { ...base, title: a.title, language: a.language as Locale, snippet: makeSnippet(plain, needles) } : null;
    }
    if (hit.kind === 'script') {
      const s = deps.library.findScriptById(hit.ref_id);
      if (!s) return null;
      const steps = JSON.parse(s.steps) as { say: string; guidance: string }[];
      return { ...base, title: s.title, language: s.language as Locale, snippet: makeSnippet([s.title, s.summary, ...steps.map((x) => x.say)].join('\n'), needles) };
    }
    if (hit.kind === 'note') {
      const n = noteById.get(hit.ref_id) as { body: string; updated_at: number; customer_id: string | null; interaction_id: string | null; full_name: string | null } | undefined;
      return n ? { ...base, at: n.updated_at, title: n.full_name ?? '', snippet: makeSnippet(n.body, needles), customerId: n.customer_id, customerName: n.full_name, interactionId: n.interaction_id } : null;
    }
    if (hit.kind === 'case') {
      const k = caseById.get(hit.ref_id) as { number: string; title: string; description: string; demand: string; channel: string; updated_at: number; customer_id: string; full_name: string } | undefined;
      return k
        ? { ...base, title: `${k.number} ${k.title}`, snippet: makeSnippet([k.title, k.description, k.demand].join('\n'), needles), customerId: k.customer_id, customerName: k.full_name, channel: k.channel as SearchResult['channel'] }
        : null;
    }
    const c = deps.library.findCannedById(hit.ref_id);
    return c ? { ...base, title: c.title, language: c.language as Locale, snippet: makeSnippet(c.body, needles) } : null;
  }

  return {
    query(text: string, kinds: readonly SearchKind[] | undefined, order: 'newest' | 'relevance', limit: number, before?: number) {
      const q = parseQuery(text, deps.search.expandWord);
      if (!q) return { items: [], next: null };
      const hits =
        order === 'relevance' ? deps.search.findRelevant(q.match, kinds ?? null, limit) : deps.search.findNewest(q.match, kinds ?? null, limit + 1, before);
      const page = hits.slice(0, limit);
      return {
        items: page.map((h) => toResult(h, q.needles)).filter((r): r is SearchResult => r !== null),
        next: order === 'newest' && hits.length > limit ? (page.at(-1)?.rowid ?? null) : null,
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
