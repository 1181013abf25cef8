import { AppError } from '../../contract/errors';
import type { Locale } from '../../contract/primitives';
import type { SearchRepo } from '../search/searchRepo';
import { cannedSearchText } from './indexText';
import type { PartialHandlers } from '../api/handlers';
import type { SearchService } from '../search/searchService';
import type { ArticlesService } from './articlesService';
import type { LibraryRepo } from './libraryRepo';
import type { ScriptsService } from './scriptsService';

export function libraryHandlers(deps: {
  scripts: ScriptsService;
  articles: ArticlesService;
  search: SearchService;
  library: LibraryRepo;
  searchRepo: SearchRepo;
  newId: () => string;
  now: () => number;
}): PartialHandlers {
  const { scripts, articles } = deps;
  return {
    'search.query': ({ text, kinds, order, limit, before }) => deps.search.query(text, kinds, order, limit, before),
    'scripts.list': ({ language, category, query }) => scripts.list(language, category, query),
    'scripts.get': ({ id }) => scripts.get(id),
    'scripts.create': ({ content }) => scripts.create(content),
    'scripts.update': ({ id, content }) => scripts.update(id, content),
    'scripts.duplicate': ({ id }) => scripts.duplicate(id),
    'scripts.delete': ({ id }) => scripts.delete(id),
    'scripts.versions': ({ id }) => scripts.versions(id),
    'scripts.restore': ({ id, version }) => scripts.restore(id, version),
    'scripts.export': ({ id }) => scripts.export(id),
    'scripts.import': ({ json }) => scripts.import(json),
    'scripts.saveRun': (input) => scripts.saveRun(input),
    'scripts.runsForInteraction': ({ interactionId }) => scripts.runsForInteraction(interactionId),
    'articles.list': ({ language, category }) => articles.list(language, category),
    'articles.get': ({ id }) => articles.get(id),
    'articles.create': ({ article }) => articles.create(article),
    'articles.update': ({ id, article }) => articles.update(id, article),
    'articles.suggest': ({ text, language, limit }) => articles.suggest(text, language, limit),
    'canned.save': (c) => {
      const now = deps.now();
      const row = { title: c.title, category: c.category, shortcut: c.shortcut, body: c.body, content_hash: '', updated_at: now };
      let id = c.id;
      if (id) {
        const existing = deps.library.findCannedById(id);
        if (!existing) throw new AppError('NOT_FOUND', `No canned response with id ${id}.`, { id });
        if (existing.builtin === 1) throw new AppError('FORBIDDEN', 'Built-in canned responses are read-only.', { id, reason: 'builtin' });
        deps.library.updateCanned({ ...row, id });
      } else {
        id = deps.newId();
        deps.library.insertCanned({ ...row, id, key: 'custom', builtin: 0, language: c.language, created_at: now });
      }
      deps.searchRepo.indexDocument('canned', id, now, cannedSearchText(c.title, c.shortcut, c.body));
      const r = deps.library.findCannedById(id)!;
      return { id: r.id, key: r.key, builtin: r.builtin === 1, language: r.language as Locale, title: r.title, category: r.category as never, shortcut: r.shortcut, body: r.body };
    },
    'canned.list': ({ language }) => ({
      items: deps.library.listCanned(language ?? null).map((r) => ({
        id: r.id, key: r.key, builtin: r.builtin === 1, language: r.language as Locale, title: r.title,
        category: r.category as never, shortcut: r.shortcut, body: r.body,
      })),
    }),
  };
}
