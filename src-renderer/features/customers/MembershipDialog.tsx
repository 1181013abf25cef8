import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';

const TIERS = ['basic', 'silver', 'gold', 'platinum'] as const;
const toDateInput = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');
const fromDateInput = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : null);

export function MembershipDialog({ customer, onClose, onSaved }: { customer: CustomerDetail; onClose(): void; onSaved(c: CustomerDetail): void }) {
  const { t } = useTranslation();
  const m = customer.membership;
  const [tier, setTier] = useState(m?.tier ?? 'basic');
  const [points, setPoints] = useState(String(m?.points ?? 0));
  const [renewal, setRenewal] = useState(toDateInput(m?.renewalDate));
  const [error, setError] = useState<ApiError | null>(null);

  async function save(membership: boolean) {
    try {
      const saved = await call('customers.setMembership', {
        customerId: customer.id,
        membership: membership ? { tier, points: Number(points), memberSince: m?.memberSince ?? Date.now(), renewalDate: fromDateInput(renewal) } : null,
      });
      onSaved(saved);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <Dialog
      title={t('membershipEditor.title', { name: customer.fullName })}
      onClose={onClose}
      footer={
        <>
          {m && <button type="button" className="danger" onClick={() => void save(false)}>{t('membershipEditor.remove')}</button>}
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save(true)}>{t('common.save')}</button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <div className="form-grid">
        <label className="field">
          <span>{t('customer.tier')}</span>
          <select value={tier} onChange={(e) => setTier(e.target.value)}>
            {TIERS.map((x) => <option key={x} value={x}>{t(`tier.${x}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('customer.points')}</span>
          <input type="number" min={0} step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('customer.renewal')}</span>
          <input type="date" value={renewal} onChange={(e) => setRenewal(e.target.value)} />
        </label>
      </div>
    </Dialog>
  );
}
