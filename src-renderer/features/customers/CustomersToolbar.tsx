import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@contract/methods';
import { call, toApiError } from '../../api/client';
import { download } from '../../app/download';
import { useCustomers } from './customersStore';
import { useIsSupervisor, useReadOnly } from '../session/sessionStore';
import { useShallow } from 'zustand/react/shallow';

type Facets = MethodOutput<'customers.facets'>;


/** Filters (tag, tier, key account, owner) and the list's actions: new, import, export, duplicates. */
export function CustomersToolbar(props: { onNew(): void; onImport(): void; onDuplicates(): void }) {
  const { t } = useTranslation();
  const { filters, setFilters, query, listError } = useCustomers(useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters, query: s.query, listError: s.listError })));
  const [facets, setFacets] = useState<Facets | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // Bulk access to customers' data is a supervisor's; the core refuses it to others as well.
  const supervisor = useIsSupervisor();
  const readOnly = useReadOnly();
  useEffect(() => {
    call('customers.facets', {}).then(setFacets, () => setFacets(null));
  }, [listError]);

  const exportAs = (format: 'csv' | 'json') =>
    call('customers.export', { format, query, filters }).then(
      (r) => download(r.filename, r.mimeType, r.content),
      (err: unknown) => setExportError(t(`errors.${toApiError(err).code}`)),
    );

  return (
    <div className="toolbar">
      <div className="toolbar-actions">
        {!readOnly && <button type="button" className="primary" onClick={props.onNew}>{t('customers.new')}</button>}
        {supervisor && (
          <>
            <button type="button" onClick={props.onImport}>{t('customers.import')}</button>
            <button type="button" onClick={() => void exportAs('csv')}>{t('customers.exportCsv')}</button>
            <button type="button" onClick={() => void exportAs('json')}>{t('customers.exportJson')}</button>
          </>
        )}
        {!readOnly && <button type="button" onClick={props.onDuplicates}>{t('customers.duplicates')}</button>}
      </div>
      {exportError && <p role="alert" className="field-error">{exportError}</p>}
      <div className="filters" role="group" aria-label={t('customers.filters')}>
        <select aria-label={t('customer.tags')} value={filters.tag ?? ''} onChange={(e) => void setFilters({ ...filters, tag: e.target.value || undefined })}>
          <option value="">{t('customers.allTags')}</option>
          {facets?.tags.map((f) => <option key={f.value} value={f.value}>{f.value} ({f.count})</option>)}
        </select>
        <select aria-label={t('customer.tier')} value={filters.tier ?? ''} onChange={(e) => void setFilters({ ...filters, tier: e.target.value || undefined })}>
          <option value="">{t('customers.allTiers')}</option>
          {facets?.tiers.map((f) => <option key={f.value} value={f.value}>{t(`tier.${f.value}`, { defaultValue: f.value })} ({f.count})</option>)}
        </select>
        {facets && facets.owners.length > 0 && (
          <select aria-label={t('customer.owner')} value={filters.owner ?? ''} onChange={(e) => void setFilters({ ...filters, owner: e.target.value || undefined })}>
            <option value="">{t('customers.allOwners')}</option>
            {facets.owners.map((f) => <option key={f.value} value={f.value}>{f.value} ({f.count})</option>)}
          </select>
        )}
        <label className="check">
          <input type="checkbox" checked={filters.keyAccount === true} onChange={(e) => void setFilters({ ...filters, keyAccount: e.target.checked ? true : undefined })} />
          {t('customers.keyAccountsOnly')}
        </label>
      </div>
    </div>
  );
}
