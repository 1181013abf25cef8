import type { Locale } from '../../contract/primitives';
import type { PartialHandlers } from '../api/handlers';
import type { SearchService } from '../search/searchService';
import type { ArticlesService } from './articlesService';
import type { LibraryRepo } from './libraryRepo';
import type { ScriptsService } from './scriptsService';

export function libraryHandlers(deps: { scripts: ScriptsService; articles: ArticlesService; search: SearchService; library: LibraryRepo }): PartialHandlers {
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
    'canned.list': ({ language }) => ({
      items: deps.library.listCanned(language ?? null).map((r) => ({
        id: r.id, key: r.key, builtin: r.builtin === 1, language: r.language as Locale, title: r.title,
        category: r.category as never, shortcut: r.shortcut, body: r.body,
      })),
    }),
  };
}
