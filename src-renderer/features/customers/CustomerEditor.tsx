import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail, CustomerInput, CustomerSummary } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { CHANNELS, SOCIAL_CHANNELS } from '@contract/values/primitives';
import type { Channel, Locale } from '@contract/primitives';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { LocaleOptions } from '../../app/LocaleOptions';

type SocialChannel = (typeof SOCIAL_CHANNELS)[number];
interface Form {
  fullName: string;
  surname: string;
  honorific: 'ms' | 'mr' | 'mx' | 'none';
  company: string;
  language: Locale;
  preferredChannel: Channel | '';
  bestTime: string;
  preferences: string;
  isKeyAccount: boolean;
  owner: string;
  phones: string[];
  emails: string[];
  handles: { channel: SocialChannel; handle: string }[];
  tags: string;
}

function toForm(c: CustomerDetail | null, language: Locale): Form {
  return {
    fullName: c?.fullName ?? '',
    surname: c?.surname ?? '',
    honorific: c?.honorific ?? 'none',
    company: c?.company ?? '',
    language: c?.language ?? language,
    preferredChannel: c?.preferredChannel ?? '',
    bestTime: c?.bestTime ?? '',
    preferences: c?.preferences ?? '',
    isKeyAccount: c?.isKeyAccount ?? false,
    owner: c?.owner ?? '',
    phones: c?.phones.map((p) => p.raw) ?? [''],
    emails: c?.emails.map((e) => e.email) ?? [''],
    handles: c?.handles.map((h) => ({ channel: h.channel, handle: h.handle })) ?? [],
    tags: c?.tags.join('，') ?? '',
  };
}

function toInput(f: Form): CustomerInput {
  return {
    fullName: f.fullName,
    surname: f.surname.trim() || undefined,
    honorific: f.honorific,
    company: f.company,
    language: f.language,
    preferredChannel: f.preferredChannel || null,
    bestTime: f.bestTime,
    preferences: f.preferences,
    isKeyAccount: f.isKeyAccount,
    owner: f.owner,
    phones: f.phones.filter((p) => p.trim()).map((number) => ({ number, label: '' })),
    emails: f.emails.filter((e) => e.trim()).map((email) => ({ email, label: '' })),
    handles: f.handles.filter((h) => h.handle.trim()),
    tags: [...new Set(f.tags.split(/[,，、;；]/).map((t) => t.trim()).filter(Boolean))],
  };
}

/**
 * Create or edit a customer. Errors come back per field from the core and are shown beside the
 * field in the user's language; a shared phone or email warns before a duplicate is saved.
 */
export function CustomerEditor(props: { customer: CustomerDetail | null; onClose(): void; onSaved(c: CustomerDetail): void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<Form>(() => toForm(props.customer, i18n.language as Locale));
  const [error, setError] = useState<ApiError | null>(null);
  const [duplicates, setDuplicates] = useState<CustomerSummary[] | null>(null);
  const [saving, setSaving] = useState(false);
  const input = toInput(form);
  // Errors are reported against the input sent; blank rows are dropped from it, so index the kept ones.
  const prefix = props.customer ? ['customer'] : [];
  const errors = fieldErrorsByPath(t, error, prefix);
  const keptPhones = form.phones.map((p, i) => [p, i] as const).filter(([p]) => p.trim()).map(([, i]) => i);
  const keptEmails = form.emails.map((e, i) => [e, i] as const).filter(([e]) => e.trim()).map(([, i]) => i);
  const phoneError = (i: number) => errors[`phones.${keptPhones.indexOf(i)}.number`];
  const emailError = (i: number) => errors[`emails.${keptEmails.indexOf(i)}.email`];
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function save(confirmedDuplicates: boolean) {
    setSaving(true);
    setError(null);
    try {
      if (!confirmedDuplicates) {
        const found = await call('customers.findDuplicates', {
          phones: (input.phones ?? []).map((p) => p.number),
          emails: (input.emails ?? []).map((e) => e.email),
          excludeId: props.customer?.id,
        });
        if (found.items.length > 0) {
          setDuplicates(found.items);
          return;
        }
      }
      const saved = props.customer
        ? await call('customers.update', { id: props.customer.id, customer: input })
        : await call('customers.create', input);
      props.onSaved(saved);
    } catch (err) {
      setDuplicates(null);
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  }

  const text = (key: 'fullName' | 'surname' | 'company' | 'bestTime' | 'owner', label: string, required = false) => (
    <label className="field">
      <span>{label}{required && ' *'}</span>
      <input type="text" value={form[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={errors[key] ? true : undefined} aria-describedby={errors[key] ? `err-${key}` : undefined} />
      {errors[key] && <small id={`err-${key}`} className="field-error">{errors[key]}</small>}
    </label>
  );

  return (
    <Dialog
      title={props.customer ? t('editor.editTitle', { name: props.customer.fullName }) : t('editor.newTitle')}
      onClose={props.onClose}
      wide
      footer={
        <>
          <button type="button" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save(false)}>{t('common.save')}</button>
        </>
      }
    >
      {error && !error.details?.issues?.length && <ErrorMessage error={error} />}
      {error && error.details?.issues?.length ? <p role="alert" className="field-error">{t('errors.fieldCount', { count: error.details.issues.length })}</p> : null}
      {duplicates && (
        <div role="alert" className="warning-box">
          <p>{t('editor.duplicateWarning')}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <a href={`#/customers/${d.id}`} onClick={props.onClose}>{d.fullName}</a> {d.primaryPhone ?? d.primaryEmail ?? ''}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void save(true)}>{t('editor.saveAnyway')}</button>
        </div>
      )}
      <div className="form-grid">
        {text('fullName', t('editor.fullName'), true)}
        {text('surname', t('editor.surname'))}
        <label className="field">
          <span>{t('editor.honorific')}</span>
          <select value={form.honorific} onChange={(e) => set('honorific', e.target.value as Form['honorific'])}>
            {(['none', 'ms', 'mr', 'mx'] as const).map((h) => (
              <option key={h} value={h}>{h === 'none' ? t('editor.noHonorific') : t(`honorific.${h}`) || h}</option>
            ))}
          </select>
        </label>
        {text('company', t('customer.company'))}
        <label className="field">
          <span>{t('customer.language')}</span>
          <select value={form.language} onChange={(e) => set('language', e.target.value as Locale)}>
            <LocaleOptions />
          </select>
        </label>
        <label className="field">
          <span>{t('customer.preferredChannel')}</span>
          <select value={form.preferredChannel} onChange={(e) => set('preferredChannel', e.target.value as Channel | '')}>
            <option value="">{t('customer.none')}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </label>
        {text('bestTime', t('customer.bestTime'))}
        {text('owner', t('customer.owner'))}
      </div>
      <fieldset className="list-field">
        <legend>{t('customer.phones')}</legend>
        {form.phones.map((p, i) => (
          <div key={i} className="row-field">
            <input type="tel" value={p} aria-label={t('editor.phoneN', { n: i + 1 })} aria-invalid={phoneError(i) ? true : undefined}
              onChange={(e) => set('phones', form.phones.map((x, j) => (j === i ? e.target.value : x)))} />
            <button type="button" className="ghost" aria-label={t('editor.removePhone', { n: i + 1 })} onClick={() => set('phones', form.phones.filter((_, j) => j !== i))}>×</button>
            {phoneError(i) && <small className="field-error">{phoneError(i)}</small>}
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => set('phones', [...form.phones, ''])}>{t('editor.addPhone')}</button>
      </fieldset>
      <fieldset className="list-field">
        <legend>{t('customer.emails')}</legend>
        {form.emails.map((em, i) => (
          <div key={i} className="row-field">
            <input type="email" value={em} aria-label={t('editor.emailN', { n: i + 1 })} aria-invalid={emailError(i) ? true : undefined}
              onChange={(e) => set('emails', form.emails.map((x, j) => (j === i ? e.target.value : x)))} />
            <button type="button" className="ghost" aria-label={t('editor.removeEmail', { n: i + 1 })} onClick={() => set('emails', form.emails.filter((_, j) => j !== i))}>×</button>
            {emailError(i) && <small className="field-error">{emailError(i)}</small>}
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => set('emails', [...form.emails, ''])}>{t('editor.addEmail')}</button>
      </fieldset>
      <fieldset className="list-field">
        <legend>{t('customer.handles')}</legend>
        {form.handles.map((h, i) => (
          <div key={i} className="row-field">
            <select value={h.channel} aria-label={t('editor.handleChannel')} onChange={(e) => set('handles', form.handles.map((x, j) => (j === i ? { ...x, channel: e.target.value as SocialChannel } : x)))}>
              {SOCIAL_CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
            </select>
            <input type="text" value={h.handle} aria-label={t('editor.handleN', { n: i + 1 })} onChange={(e) => set('handles', form.handles.map((x, j) => (j === i ? { ...x, handle: e.target.value } : x)))} />
            <button type="button" className="ghost" aria-label={t('editor.removeHandle', { n: i + 1 })} onClick={() => set('handles', form.handles.filter((_, j) => j !== i))}>×</button>
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => set('handles', [...form.handles, { channel: 'wechat', handle: '' }])}>{t('editor.addHandle')}</button>
      </fieldset>
      <label className="field">
        <span>{t('customer.tags')}</span>
        <input type="text" value={form.tags} placeholder={t('editor.tagsHint')} onChange={(e) => set('tags', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('customer.preferences')}</span>
        <textarea rows={3} value={form.preferences} maxLength={4000} onChange={(e) => set('preferences', e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={form.isKeyAccount} onChange={(e) => set('isKeyAccount', e.target.checked)} />
        {t('customers.keyAccount')}
      </label>
    </Dialog>
  );
}
