import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Locale } from '@contract/primitives';
import { PROCEDURE_STEPS, REQUIRED_PHRASE_GROUPS, TRAINING_SKILLS } from '@contract/values/training';
import type { Rubric } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { PhraseField } from './PhraseField';
import { phraseLabel, skillLabel } from './skillLabels';
import { trainingErrors } from './trainingIssues';
import { LocaleOptions } from '../../../app/LocaleOptions';
import { asLocale } from '../../../i18n/asLocale';

/** The scoring rubric of one language: skill weights (summing to 100), the phrase lists, the time limits. */
export function RubricTab() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(asLocale(i18n.language));
  const [rubric, setRubric] = useState<Rubric | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    setRubric(null);
    setSaved(false);
    setError(null);
    call('training.rubric', { language })
      .then((r) => live && setRubric(r))
      .catch((err: unknown) => live && setError(toApiError(err)));
    return () => {
      live = false;
    };
  }, [language]);

  const errors = trainingErrors(t, error, ['rubric']);
  const edit = (patch: Partial<Rubric>) => {
    setSaved(false);
    setRubric((r) => (r ? { ...r, ...patch } : r));
  };
  const total = rubric ? TRAINING_SKILLS.reduce((sum, s) => sum + (rubric.weights[s] ?? 0), 0) : 0;

  async function save() {
    if (!rubric) return;
    setSaving(true);
    setError(null);
    try {
      setRubric(await call('training.saveRubric', { rubric }));
      setSaved(true);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  }

  const issues = error?.details?.issues?.length ?? 0;
  return (
    <form className="ts-rubric" aria-label={t('training.supervisor.rubric.title')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <header className="header-row">
        <label className="field">
          <span>{t('training.supervisor.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
            <LocaleOptions />
          </select>
        </label>
        <div className="header-actions">
          {saved && <span className="saved" role="status">{t('training.supervisor.rubric.saved')}</span>}
          <button type="submit" className="primary" disabled={!rubric || saving}>{t('training.supervisor.rubric.save')}</button>
        </div>
      </header>
      <p className="muted">{t('training.supervisor.rubric.hint')}</p>
      {error && (issues > 0 ? <p role="alert" className="field-error ts-issues">{errors[''] ?? t('training.supervisor.editor.issues', { count: issues })}</p> : <ErrorMessage error={error} />)}
      {rubric && (
        <div className="ts-rubric-grid">
          <fieldset className="card ts-weights">
            <legend>{t('training.supervisor.rubric.weights')}</legend>
            {TRAINING_SKILLS.map((s) => (
              <label key={s} className="ts-weight">
                <span>{skillLabel(t, s)}</span>
                <input type="number" min={0} max={100} value={rubric.weights[s] ?? 0} aria-invalid={errors[`weights.${s}`] ? true : undefined} onChange={(e) => edit({ weights: { ...rubric.weights, [s]: Number(e.target.value) } })} />
                {errors[`weights.${s}`] && <small className="field-error">{errors[`weights.${s}`]}</small>}
              </label>
            ))}
            <p className={`ts-total ${total === 100 ? 'ts-good' : 'ts-bad'}`} aria-live="polite">
              {t('training.supervisor.rubric.total', { total })}
              {total !== 100 && ` · ${t('training.supervisor.rubric.totalMust')}`}
            </p>
          </fieldset>
          <fieldset className="card">
            <legend>{t('training.supervisor.rubric.required')}</legend>
            {REQUIRED_PHRASE_GROUPS.map((g) => (
              <PhraseField key={g} label={phraseLabel(t, g)} value={rubric.requiredPhrases[g]} error={errors[`requiredPhrases.${g}`]} onChange={(v) => edit({ requiredPhrases: { ...rubric.requiredPhrases, [g]: v } })} />
            ))}
            <PhraseField label={t('training.supervisor.rubric.avoid')} value={rubric.avoidPhrases} error={errors.avoidPhrases} rows={3} onChange={(avoidPhrases) => edit({ avoidPhrases })} />
          </fieldset>
          <fieldset className="card">
            <legend>{t('training.supervisor.rubric.procedure')}</legend>
            {PROCEDURE_STEPS.map((step, i) => (
              <PhraseField key={step} label={`${i + 1}. ${phraseLabel(t, step)}`} value={rubric.procedure[step]} error={errors[`procedure.${step}`]} onChange={(v) => edit({ procedure: { ...rubric.procedure, [step]: v } })} />
            ))}
          </fieldset>
          <fieldset className="card">
            <legend>{t('training.supervisor.rubric.timing')}</legend>
            <label className="field">
              <span>{t('training.supervisor.rubric.firstResponse')}</span>
              <input type="number" min={5} max={600} value={rubric.firstResponseSeconds} aria-invalid={errors.firstResponseSeconds ? true : undefined} onChange={(e) => edit({ firstResponseSeconds: Number(e.target.value) })} />
              {errors.firstResponseSeconds && <small className="field-error">{errors.firstResponseSeconds}</small>}
            </label>
            <label className="field">
              <span>{t('training.supervisor.rubric.replyLimit')}</span>
              <input type="number" min={10} max={1800} value={rubric.replyLimitSeconds} aria-invalid={errors.replyLimitSeconds ? true : undefined} onChange={(e) => edit({ replyLimitSeconds: Number(e.target.value) })} />
              {errors.replyLimitSeconds && <small className="field-error">{errors.replyLimitSeconds}</small>}
            </label>
          </fieldset>
        </div>
      )}
    </form>
  );
}
