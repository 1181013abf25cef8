import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_GRADES, CASE_STATUSES, CASE_TYPES, DEPARTMENTS } from '@contract/values/cases';
import type { CaseFilters, CaseSummary } from '@contract/cases';
import type { ApiError } from '@contract/errors';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';
import { useClockOffset, useNow } from '../inbox/useNow';
import { useWorkspace } from '../workspace/workspaceStore';
import { CaseCountdown } from './CaseCountdown';
import { CaseStatusBadge, GradeBadge } from './CaseStatusBadge';
import { NewCaseDialog } from './NewCaseDialog';

type Filters = Omit<CaseFilters, 'limit'>;

/** Every case, open ones first by deadline, with the filters supervisors and agents ask for. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const open = useWorkspace((s) => s.open);
  const setOffset = useClockOffset((s) => s.set);
  const now = useNow();

  const load = useCallback(() => {
    call('cases.list', { ...filters, ...(query.trim() ? { query: query.trim() } : {}) }).then(
      (r) => {
        setOffset(r.now);
        setItems(r.items);
        setError(null);
      },
      (err: unknown) => setError(toApiError(err)),
    );
  }, [filters, query, setOffset]);
  useEffect(() => {
    const timer = window.setTimeout(load, query ? 200 : 0);
    const off = onCoreEvent('cases.changed', load);
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, [load, query]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K] | '') =>
    setFilters((f) => {
      const next = { ...f };
      if (value === '' || value === false) delete next[key];
      else next[key] = value as Filters[K];
      return next;
    });

  return (
    <div className="cases-page">
      <header className="page-header">
        <h1>{t('cases.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>{t('cases.new')}</button>
      </header>
      <div className="filters case-filters" role="group" aria-label={t('customers.filters')}>
        <input type="search" aria-label={t('cases.search')} placeholder={t('cases.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('cases.status')} value={filters.status ?? ''} onChange={(e) => set('status', e.target.value as Filters['status'])}>
          <option value="">{t('cases.allStatuses')}</option>
          <option value="open">{t('cases.openOnly')}</option>
          <option value="finished">{t('cases.finishedOnly')}</option>
          {CASE_STATUSES.map((s) => <option key={s} value={s}>{t(`caseStatus.${s}`)}</option>)}
        </select>
        <select aria-label={t('cases.type')} value={filters.type ?? ''} onChange={(e) => set('type', e.target.value as Filters['type'])}>
          <option value="">{t('cases.allTypes')}</option>
          {CASE_TYPES.map((x) => <option key={x} value={x}>{t(`caseTypes.${x}`)}</option>)}
        </select>
        <select aria-label={t('cases.grade')} value={filters.grade ?? ''} onChange={(e) => set('grade', e.target.value as Filters['grade'])}>
          <option value="">{t('cases.allGrades')}</option>
          {CASE_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <select aria-label={t('cases.department')} value={filters.department ?? ''} onChange={(e) => set('department', e.target.value as Filters['department'])}>
          <option value="">{t('cases.allDepartments')}</option>
          {DEPARTMENTS.map((d) => <option key={d} value={d}>{t(`departments.${d}`)}</option>)}
        </select>
        <input type="text" aria-label={t('cases.owner')} placeholder={t('cases.owner')} value={filters.owner ?? ''} onChange={(e) => set('owner', e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={filters.overdue === true} onChange={(e) => set('overdue', e.target.checked)} />
          {t('cases.overdueOnly')}
        </label>
      </div>
      {error && <ErrorMessage error={error} />}
      {items && items.length === 0 && <p className="empty-state">{t('cases.none')}</p>}
      {items && items.length > 0 && (
        <table className="data-table cases-table" aria-label={t('cases.title')}>
          <thead>
            <tr>
              <th scope="col">{t('cases.number')}</th>
              <th scope="col">{t('cases.grade')}</th>
              <th scope="col">{t('cases.subject')}</th>
              <th scope="col">{t('cases.customer')}</th>
              <th scope="col">{t('cases.status')}</th>
              <th scope="col">{t('cases.deadlineCol')}</th>
              <th scope="col">{t('cases.created')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td className="mono">
                  <button type="button" className="link" onClick={() => void open('case', c.id)}>{c.number}</button>
                </td>
                <td><GradeBadge grade={c.grade} /></td>
                <td>
                  {c.title}
                  <span className="muted"> · {t(`caseTypes.${c.type}`)}</span>
                  {c.openHandoffs > 0 && <span className="badge">{t('cases.openHandoffs', { count: c.openHandoffs })}</span>}
                </td>
                <td>{c.customerName}</td>
                <td><CaseStatusBadge status={c.status} /></td>
                <td><CaseCountdown c={c} now={now} /></td>
                <td>{formatDateTime(c.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <NewCaseDialog
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void open('case', c.id);
          }}
        />
      )}
    </div>
  );
}
