import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_CASE_STATUSES } from '@contract/values/cases';
import type { CustomerDetail } from '@contract/customers';
import { formatDateTime } from '../../i18n/format';
import { useNow } from '../inbox/useNow';
import { useWorkspace } from '../workspace/workspaceStore';
import { CaseCountdown } from './CaseCountdown';
import { CaseStatusBadge, GradeBadge } from './CaseStatusBadge';
import { NewCaseDialog } from './NewCaseDialog';
import { useCaseList } from './useCaseList';

/** The customer's cases on the 360 view: open ones first with their deadlines, and a way to open one. */
export function CustomerCases({ customer }: { customer: CustomerDetail }) {
  const { t, i18n } = useTranslation();
  const items = useCaseList({ customerId: customer.id, limit: 50 });
  const open = useWorkspace((s) => s.open);
  const [creating, setCreating] = useState(false);
  const now = useNow();
  return (
    <section aria-labelledby="customer-cases-h" className="card wide-card">
      <div className="card-head">
        <h3 id="customer-cases-h">{t('cases.ofCustomer', { count: items.filter((c) => OPEN_CASE_STATUSES.includes(c.status)).length })}</h3>
        <button type="button" onClick={() => setCreating(true)}>{t('cases.new')}</button>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t('cases.noneForCustomer')}</p>
      ) : (
        <ul className="plain-list case-mini-list">
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => void open('case', c.id)}>
                <span className="mono">{c.number}</span> {c.title}
              </button>{' '}
              <GradeBadge grade={c.grade} /> <CaseStatusBadge status={c.status} /> <CaseCountdown c={c} now={now} />
              <span className="muted"> · {formatDateTime(c.createdAt, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewCaseDialog
          customer={customer}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void open('case', c.id);
          }}
        />
      )}
    </section>
  );
}
