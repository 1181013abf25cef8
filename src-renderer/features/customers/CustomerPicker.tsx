import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail, CustomerSummary } from '@contract/customers';
import { call } from '../../api/client';

/** Pick a customer by phone tail, name or pinyin, e.g. to preview a script with their details. */
export function CustomerPicker({ value, onChange }: { value: CustomerDetail | null; onChange(c: CustomerDetail | null): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<CustomerSummary[]>([]);
  useEffect(() => {
    if (!text.trim()) {
      setOptions([]);
      return;
    }
    const timer = setTimeout(() => void call('customers.list', { query: text, limit: 8 }).then((r) => setOptions(r.items), () => setOptions([])), 150);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className="customer-picker">
      {value ? (
        <p>
          {t('scripts.previewFor', { name: value.fullName })}{' '}
          <button type="button" className="link-button" onClick={() => onChange(null)}>{t('scripts.clearCustomer')}</button>
        </p>
      ) : (
        <>
          <input type="search" aria-label={t('scripts.pickCustomer')} placeholder={t('scripts.pickCustomer')} value={text} onChange={(e) => setText(e.target.value)} />
          {options.length > 0 && (
            <ul className="picker-options" aria-label={t('scripts.pickCustomer')}>
              {options.map((o) => (
                <li key={o.id}>
                  <button type="button" onClick={() => void call('customers.get', { id: o.id }).then((c) => { onChange(c); setText(''); setOptions([]); })}>
                    {o.fullName} <span className="muted">{o.primaryPhone ?? o.primaryEmail ?? ''}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
