import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import { CATEGORIES } from '@contract/values/primitives';
import type { Category } from '@contract/primitives';
import { call as api } from '../../api/client';
import { useSettings } from '../settings/settingsStore';
import { useCalls } from './callsStore';

/** After the call: a wrap-up code (required), the category, resolved or not, and a one-line summary. */
export function WrapUpForm({ call }: { call: Call }) {
  const { t } = useTranslation();
  const dispositions = useSettings((s) => s.settings?.calls.dispositions ?? []);
  const act = useCalls((s) => s.act);
  const [disposition, setDisposition] = useState('');
  const [category, setCategory] = useState<Category>(call.category);
  const [resolved, setResolved] = useState<boolean | null>(null);
  const [summary, setSummary] = useState('');
  const [tried, setTried] = useState(false);
  const missing = !disposition || resolved === null;

  return (
    <form
      className="wrap-up"
      aria-labelledby={`wrap-h-${call.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!missing) void act(() => api('calls.wrapUp', { id: call.id, disposition, category, resolved: resolved === true, summary }));
      }}
    >
      <h3 id={`wrap-h-${call.id}`}>{t('calls.wrapUp')}</h3>
      <p className="muted">{t('calls.wrapUpHint')}</p>
      <label>
        <span>{t('calls.disposition')} *</span>
        <select value={disposition} onChange={(e) => setDisposition(e.target.value)} required aria-invalid={tried && !disposition}>
          <option value="">{t('calls.chooseDisposition')}</option>
          {dispositions.map((d) => <option key={d} value={d}>{t(`disposition.${d}`, { defaultValue: d })}</option>)}
        </select>
      </label>
      <label>
        <span>{t('inbox.category')}</span>
        <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
        </select>
      </label>
      <fieldset aria-invalid={tried && resolved === null}>
        <legend>{t('calls.resolvedQuestion')} *</legend>
        <label className="inline"><input type="radio" name={`resolved-${call.id}`} checked={resolved === true} onChange={() => setResolved(true)} /> {t('common.yes')}</label>
        <label className="inline"><input type="radio" name={`resolved-${call.id}`} checked={resolved === false} onChange={() => setResolved(false)} /> {t('common.no')}</label>
      </fieldset>
      <label>
        <span>{t('calls.summary')}</span>
        <input value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={2000} />
      </label>
      {tried && missing && <p role="alert" className="field-error">{t('calls.wrapUpMissing')}</p>}
      <button type="submit" className="primary">{t('calls.finishWrapUp')}</button>
    </form>
  );
}
