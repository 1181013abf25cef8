import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/ErrorMessage';
import { onCoreEvent } from '../../api/client';
import { hrefFor } from '../../app/route';
import { CustomerDetailView } from './CustomerDetailView';
import { CustomerEditor } from './CustomerEditor';
import { CustomerList } from './CustomerList';
import { CustomersToolbar } from './CustomersToolbar';
import { DuplicatesDialog } from './DuplicatesDialog';
import { ImportDialog } from './ImportDialog';
import { useCustomers } from './customersStore';
import { useShallow } from 'zustand/react/shallow';

type PageDialog = 'new' | 'import' | 'duplicates' | null;

export function CustomersPage({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { items, total, listLoaded, listError, query, search, loadMoreRows, open, refresh } = useCustomers(useShallow((s) => ({ items: s.items, total: s.total, listLoaded: s.listLoaded, listError: s.listError, query: s.query, search: s.search, loadMoreRows: s.loadMoreRows, open: s.open, refresh: s.refresh })));
  const [text, setText] = useState(query);
  const [dialog, setDialog] = useState<PageDialog>(null);

  // Another window, an import or a merge changed customers: show the new truth.
  useEffect(() => onCoreEvent('customers.changed', () => void refresh()), [refresh]);

  useEffect(() => {
    // A short pause after typing, so a phone number is looked up once, not per digit.
    const timer = setTimeout(() => void search(text), text === '' ? 0 : 120);
    return () => clearTimeout(timer);
  }, [text, search]);

  useEffect(() => {
    void open(customerId);
  }, [customerId, open]);

  const onNearEnd = useCallback(() => void loadMoreRows(), [loadMoreRows]);

  return (
    <div className="customers-page">
      <section className="list-pane" aria-labelledby="customers-heading">
        <header className="pane-header">
          <h1 id="customers-heading">{t('customers.title')}</h1>
          <input
            type="search"
            className="search-box"
            aria-label={t('customers.search')}
            placeholder={t('customers.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p className="muted" aria-live="polite">
            {listLoaded && (query.trim() ? t('customers.results', { count: total }) : t('customers.count', { count: total }))}
          </p>
        </header>
        <CustomersToolbar onNew={() => setDialog('new')} onImport={() => setDialog('import')} onDuplicates={() => setDialog('duplicates')} />
        {listError && <ErrorMessage error={listError} onRetry={() => void search(text)} />}
        {listLoaded && !listError && items.length === 0 && (
          <p className="empty-state">{query.trim() ? t('customers.noResults', { query }) : t('customers.empty')}</p>
        )}
        <CustomerList items={items} total={total} selectedId={customerId} onNearEnd={onNearEnd} />
      </section>
      <section className="detail-pane">
        {customerId ? <CustomerDetailView customerId={customerId} /> : <p className="empty-state">{t('customers.selectPrompt')}</p>}
      </section>
      {dialog === 'new' && (
        <CustomerEditor
          customer={null}
          onClose={() => setDialog(null)}
          onSaved={(c) => {
            setDialog(null);
            location.hash = hrefFor({ page: 'customers', customerId: c.id });
          }}
        />
      )}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} onImported={() => void refresh()} />}
      {dialog === 'duplicates' && (
        <DuplicatesDialog
          onClose={() => setDialog(null)}
          onMerged={(keptId) => {
            location.hash = hrefFor({ page: 'customers', customerId: keptId });
            void refresh();
          }}
        />
      )}
    </div>
  );
}
