import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_GRADES, CASE_TYPES, RISK_FLAGS, suggestGrade } from '@contract/values/cases';
import type { CaseDetail, CaseGrade, CaseType } from '@contract/cases';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { CHANNELS } from '@contract/values/primitives';
import type { Channel } from '@contract/primitives';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { CustomerPicker } from '../customers/CustomerPicker';
import { fromLocalInput } from '../reminders/snooze';

type Flag = (typeof RISK_FLAGS)[number];

/**
 * Registers a case: who, what happened and when, who was involved, what the customer wants, and
 * the grade, with the P1 rule shown as a hint (a key account ticks itself).
 */
export function NewCaseDialog(props: {
  customer?: CustomerDetail | null;
  channel?: Channel;
  interactionId?: string | null;
  defaultType?: CaseType;
  defaultTitle?: string;
  onClose(): void;
  onCreated(c: CaseDetail): void;
}) {
  const { t } = useTranslation();
  const [customer, setCustomer] = useState<CustomerDetail | null>(props.customer ?? null);
  const [type, setType] = useState<CaseType>(props.defaultType ?? 'complaint');
  const [flags, setFlags] = useState<Flag[]>(props.customer?.isKeyAccount ? ['key-account'] : []);
  const [grade, setGrade] = useState<CaseGrade>(suggestGrade(flags, type));
  const [gradeTouched, setGradeTouched] = useState(false);
  const [title, setTitle] = useState(props.defaultTitle ?? '');
  const [description, setDescription] = useState('');
  const [occurred, setOccurred] = useState('');
  const [people, setPeople] = useState('');
  const [demand, setDemand] = useState('');
  const [channel, setChannel] = useState<Channel>(props.channel ?? 'phone');
  const [orderIds, setOrderIds] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorsByPath(t, error);
  const suggested = suggestGrade(flags, type);

  useEffect(() => {
    if (!gradeTouched) setGrade(suggested);
  }, [suggested, gradeTouched]);
  useEffect(() => {
    if (customer?.isKeyAccount) setFlags((f) => (f.includes('key-account') ? f : [...f, 'key-account']));
  }, [customer]);

  async function save() {
    if (!customer) return setError({ code: 'VALIDATION', message: 'customer', details: { issues: [{ path: ['customerId'], code: 'too_small', message: 'required' }] } });
    setSaving(true);
    try {
      const created = await call('cases.create', {
        customerId: customer.id, type, grade, title, description, peopleInvolved: people, demand, channel, riskFlags: flags,
        occurredAt: occurred ? fromLocalInput(occurred) : null,
        interactionIds: props.interactionId ? [props.interactionId] : [], orderIds,
      });
      props.onCreated(created);
    } catch (err) {
      setError(toApiError(err));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={t('cases.new')}
      wide
      onClose={props.onClose}
      footer={
        <>
          <button type="button" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>{t('cases.register')}</button>
        </>
      }
    >
      {error && !error.details?.issues?.length && <ErrorMessage error={error} />}
      {!props.customer && (
        <div className="field">
          <span>{t('cases.customer')}</span>
          <CustomerPicker value={customer} onChange={setCustomer} />
          {errors.customerId && <small className="field-error">{errors.customerId}</small>}
        </div>
      )}
      {props.customer && <p className="muted">{t('cases.forCustomer', { name: props.customer.fullName })}</p>}
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.type')}</span>
          <select value={type} onChange={(e) => setType(e.target.value as CaseType)}>
            {CASE_TYPES.map((x) => <option key={x} value={x}>{t(`caseTypes.${x}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('cases.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('cases.occurredAt')}</span>
          <input type="datetime-local" value={occurred} onChange={(e) => setOccurred(e.target.value)} />
        </label>
      </div>
      <fieldset className="risk-flags">
        <legend>{t('cases.riskFlags')}</legend>
        {RISK_FLAGS.map((f) => (
          <label key={f} className="check">
            <input type="checkbox" checked={flags.includes(f)} onChange={(e) => setFlags((x) => (e.target.checked ? [...x, f] : x.filter((y) => y !== f)))} />
            {t(`riskFlags.${f}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.grade')}</span>
          <select value={grade} onChange={(e) => { setGrade(e.target.value as CaseGrade); setGradeTouched(true); }}>
            {CASE_GRADES.map((g) => <option key={g} value={g}>{g} · {t(`grades.${g}`)}</option>)}
          </select>
          <small className={grade !== suggested ? 'field-hint warn' : 'field-hint'}>{t('cases.gradeHint', { grade: suggested })}</small>
        </label>
      </div>
      <label className="field">
        <span>{t('cases.subject')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} aria-invalid={errors.title ? true : undefined} />
        {errors.title && <small className="field-error">{errors.title}</small>}
      </label>
      <label className="field">
        <span>{t('cases.description')}</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.people')}</span>
          <input value={people} onChange={(e) => setPeople(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('cases.demand')}</span>
          <input value={demand} onChange={(e) => setDemand(e.target.value)} />
        </label>
      </div>
      {customer && customer.orders.length > 0 && (
        <fieldset>
          <legend>{t('cases.linkOrders')}</legend>
          {customer.orders.slice(0, 10).map((o) => (
            <label key={o.id} className="check">
              <input type="checkbox" checked={orderIds.includes(o.id)} onChange={(e) => setOrderIds((x) => (e.target.checked ? [...x, o.id] : x.filter((y) => y !== o.id)))} />
              <span className="mono">{o.number}</span> {o.itemsSummary}
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
