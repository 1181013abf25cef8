import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';

/** Erasure on request (privacy): asked once, in plain words, and recorded in the audit trail. */
export function EraseDialog({ customer, onClose, onErased }: { customer: CustomerDetail; onClose(): void; onErased(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <Dialog
      title={t('erase.title', { name: customer.fullName })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="danger"
            onClick={() => void call('customers.erase', { id: customer.id }).then(onErased, (err: unknown) => setError(toApiError(err)))}>
            {t('erase.confirm')}
          </button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <p>{t('erase.explain', { name: customer.fullName })}</p>
    </Dialog>
  );
}
