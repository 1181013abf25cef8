import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/ErrorMessage';
import { CustomerDetailView } from './CustomerDetailView';
import { CustomerList } from './CustomerList';
import { useCustomers } from './customersStore';

export function CustomersPage({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { items, total, listLoaded, listError, query, search, loadMoreRows, open } = useCustomers();
  const [text, setText] = useState(query);

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
        {listError && <ErrorMessage error={listError} onRetry={() => void search(text)} />}
        {listLoaded && !listError && items.length === 0 && (
          <p className="empty-state">{query.trim() ? t('customers.noResults', { query }) : t('customers.empty')}</p>
        )}
        <CustomerList items={items} total={total} selectedId={customerId} onNearEnd={onNearEnd} />
      </section>
      <section className="detail-pane">
        {customerId ? <CustomerDetailView customerId={customerId} /> : <p className="empty-state">{t('customers.selectPrompt')}</p>}
      </section>
    </div>
  );
}
