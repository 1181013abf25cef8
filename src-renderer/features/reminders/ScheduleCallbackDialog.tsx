import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { useNow } from '../inbox/useNow';
import { askNotificationPermission } from './notify';
import { fromLocalInput, toLocalInput } from './snooze';

/** Promise a callback: when, which number, and why. It fires even if the window is closed. */
export function ScheduleCallbackDialog({ customer, interactionId, onClose }: { customer: CustomerDetail | null; interactionId?: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const [when, setWhen] = useState(toLocalInput(now + 3_600_000));
  const [phone, setPhone] = useState(customer?.phones[0]?.raw ?? '');
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<'callback' | 'follow-up' | 'custom'>('callback');
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsByPath(t, error);

  async function save() {
    const dueAt = fromLocalInput(when);
    if (dueAt === null) return setError({ code: 'VALIDATION', message: 'bad date', details: { issues: [{ path: ['dueAt'], code: 'invalid', message: 'date' }] } });
    try {
      askNotificationPermission();
      await call('reminders.create', { kind, customerId: customer?.id ?? null, interactionId: interactionId ?? null, phone: phone || null, reason, dueAt });
      onClose();
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <Dialog
      title={customer ? t('reminders.scheduleFor', { name: customer.fullName }) : t('reminders.schedule')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()}>{t('common.save')}</button>
        </>
      }
    >
      {error && !error.details?.issues?.length && <ErrorMessage error={error} />}
      <div className="form-grid">
        <label className="field">
          <span>{t('reminders.kindLabel')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {(['callback', 'follow-up', 'custom'] as const).map((k) => <option key={k} value={k}>{t(`reminders.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('reminders.when')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} aria-invalid={errors.dueAt ? true : undefined} />
          {errors.dueAt && <small className="field-error">{errors.dueAt}</small>}
        </label>
        <label className="field">
          <span>{t('reminders.phone')}</span>
          <input type="tel" list="callback-phones" value={phone} onChange={(e) => setPhone(e.target.value)} aria-invalid={errors.phone ? true : undefined} />
          <datalist id="callback-phones">{customer?.phones.map((p) => <option key={p.id} value={p.raw} />)}</datalist>
          {errors.phone && <small className="field-error">{t('fieldErrors.phone')}</small>}
        </label>
      </div>
      <label className="field">
        <span>{t('reminders.reason')}</span>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </Dialog>
  );
}
