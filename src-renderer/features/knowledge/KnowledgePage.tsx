import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { ARTICLE_CATEGORIES } from '@contract/values/library';
import type { Article, SearchResult } from '@contract/library';
import type { MethodOutput } from '@contract/methods';
import type { Locale } from '@contract/primitives';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { hrefFor } from '../../app/route';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useScripts } from '../scripts/scriptsStore';
import { Highlighted } from './Highlighted';
import { LightMarkdown } from './LightMarkdown';
import { LocaleOptions } from '../../app/LocaleOptions';

type ArticleSummary = MethodOutput<'articles.list'>['items'][number];

/**
 * The knowledge base and the one search box over everything: articles, scripts, canned replies
 * and every message in the history, Chinese-correct and newest first (or by relevance).
 */
export function KnowledgePage({ articleId }: { articleId: string | null }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(i18n.language as Locale);
  const [category, setCategory] = useState('');
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<'newest' | 'relevance'>('newest');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const selectScript = useScripts((s) => s.select);

  useEffect(() => {
    call('articles.list', { language, ...(category ? { category } : {}) }).then((r) => setArticles(r.items), (err: unknown) => setError(toApiError(err)));
  }, [language, category]);
  useEffect(() => {
    if (!articleId) return setArticle(null);
    call('articles.get', { id: articleId }).then(setArticle, (err: unknown) => setError(toApiError(err)));
  }, [articleId]);
  useEffect(() => {
    if (!query.trim()) return setResults(null);
    const timer = setTimeout(() => void call('search.query', { text: query, order, limit: 50 }).then((r) => setResults(r.items), (err: unknown) => setError(toApiError(err))), 150);
    return () => clearTimeout(timer);
  }, [query, order]);

  const openResult = (r: SearchResult) => {
    if (r.kind === 'article') location.hash = `#/knowledge/${r.id}`;
    else if (r.kind === 'script') void selectScript(r.id).then(() => (location.hash = '#/scripts'));
    else if ((r.kind === 'message' || r.kind === 'note') && r.customerId) location.hash = hrefFor({ page: 'customers', customerId: r.customerId });
  };

  return (
    <div className="library-page">
      <section className="list-pane" aria-labelledby="kb-h">
        <header className="pane-header">
          <h1 id="kb-h">{t('knowledge.title')}</h1>
          <input type="search" className="search-box" aria-label={t('knowledge.search')} placeholder={t('knowledge.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <div className="filters">
            {results ? (
              <select aria-label={t('knowledge.order')} value={order} onChange={(e) => setOrder(e.target.value as typeof order)}>
                <option value="newest">{t('knowledge.newest')}</option>
                <option value="relevance">{t('knowledge.relevance')}</option>
              </select>
            ) : (
              <>
                <select aria-label={t('scripts.language')} value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
                  <LocaleOptions />
                </select>
                <select aria-label={t('scripts.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
                  <option value="">{t('scripts.allCategories')}</option>
                  {ARTICLE_CATEGORIES.map((c) => <option key={c} value={c}>{t(`articleCategory.${c}`)}</option>)}
                </select>
              </>
            )}
          </div>
        </header>
        {error && <ErrorMessage error={error} />}
        {results ? (
          <>
            <p className="muted pane-note" aria-live="polite">{t('knowledge.resultCount', { count: results.length })}</p>
            <ul className="library-list" aria-label={t('knowledge.results')}>
              {results.map((r) => (
                <li key={`${r.kind}:${r.id}`}>
                  <button type="button" className="library-row" onClick={() => openResult(r)}>
                    <span className="row-main">
                      <span className="badge">{t(`searchKind.${r.kind}`)}</span>
                      <span className="row-name">{r.title || r.customerName || ''}</span>
                    </span>
                    <span className="snippet"><Highlighted text={r.snippet.text} ranges={r.snippet.highlights} /></span>
                    <span className="row-sub">
                      <span>{r.channel ? t(`channel.${r.channel}`) : r.language ? t(`language.${r.language}`) : ''}</span>
                      <time>{formatDateTime(r.at, i18n.language)}</time>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <ul className="library-list" aria-label={t('knowledge.articles')}>
            {articles.map((a) => (
              <li key={a.id}>
                <a className={`library-row${article?.id === a.id ? ' selected' : ''}`} href={`#/knowledge/${a.id}`}>
                  <span className="row-name">{a.title}</span>
                  <span className="row-sub"><span>{t(`articleCategory.${a.category}`)}</span></span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {!results && articles.length === 0 && !error && <p className="empty-state">{t('knowledge.empty')}</p>}
      </section>
      <section className="detail-pane">
        {article ? (
          <article className="detail-body article" aria-labelledby="article-h" lang={article.language}>
            <h2 id="article-h">{article.title}</h2>
            <p className="muted">
              {t(`articleCategory.${article.category}`)}
              {article.lastReviewed && ` · ${t('knowledge.reviewed', { date: formatDate(article.lastReviewed, i18n.language) })}`}
            </p>
            <LightMarkdown text={article.body} />
            {article.tags.length > 0 && <p className="tags">{article.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</p>}
          </article>
        ) : (
          <p className="empty-state">{t('knowledge.selectPrompt')}</p>
        )}
      </section>
    </div>
  );
}
