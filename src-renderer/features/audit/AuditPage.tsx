import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import { call, toApiError } from '../../api/client';
import { download } from '../../app/download';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';

type Entry = MethodOutput<'audit.list'>['items'][number];
const ACTION_FAMILIES = ['customer', 'session', 'profile', 'audit', 'training'] as const;
const DAY = 86_400_000;

/** Supervisors: who viewed, created, changed, exported or erased customer data, and when. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [items, setItems] = useState<Entry[]>([]);
  const [next, setNext] = useState<MethodOutput<'audit.list'>['next']>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState<number | null>(null);

  // Dates typed in the window are local days: from the start of `from` to the end of `to`.
  const filters = useCallback(
    () => ({
      ...(actor.trim() ? { actor: actor.trim() } : {}),
      ...(action ? { action } : {}),
      ...(from ? { from: new Date(`${from}T00:00`).getTime() } : {}),
      ...(to ? { to: new Date(`${to}T00:00`).getTime() + DAY } : {}),
    }),
    [actor, action, from, to],
  );

  const load = useCallback(
    async (before?: Entry) => {
      setError(null);
      try {
        const page = await call('audit.list', { ...filters(), limit: 100, ...(before ? { before: { at: before.at, id: before.id } } : {}) });
        setItems((old) => (before ? [...old, ...page.items] : page.items));
        setNext(page.next);
      } catch (err) {
        setError(toApiError(err));
      }
    },
    [filters],
  );
  useEffect(() => {
    const timer = setTimeout(() => void load(), 250);
    return () => clearTimeout(timer);
  }, [load]);

  const exportCsv = async () => {
    try {
      const file = await call('audit.export', { filters: filters() });
      download(file.fileName, 'text/csv;charset=utf-8', file.content);
      setExported(file.count);
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <div className="audit-page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <button type="button" onClick={() => void exportCsv()}>{t('audit.export')}</button>
      </header>
      <p className="muted">{t('audit.hint')}</p>
      <form className="filter-row" role="search" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>{t('audit.actor')}</span>
          <input type="search" value={actor} maxLength={60} onChange={(e) => setActor(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('audit.action')}</span>
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('audit.allActions')}</option>
            {ACTION_FAMILIES.map((a) => <option key={a} value={a}>{t(`audit.family.${a}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('audit.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('audit.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </form>
      {exported !== null && <p className="saved" aria-live="polite">{t('audit.exported', { count: exported })}</p>}
      {error && <ErrorMessage error={error} />}
      <table className="data-table">
        <caption className="sr-only">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, i18n.language)}</td>
              <td>{e.actor}</td>
              <td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
              <td>
                {e.entity === 'customer' && e.entityId && e.action !== 'customer.erase' ? <a href={`#/customers/${encodeURIComponent(e.entityId)}`}>{e.entityId}</a> : (e.entityId ?? '—')}
              </td>
              <td><code>{e.details === '{}' ? '' : e.details}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && !error && <p className="empty-state">{t('audit.empty')}</p>}
      {next && <button type="button" onClick={() => void load(items.at(-1))}>{t('audit.more')}</button>}
    </div>
  );
}
