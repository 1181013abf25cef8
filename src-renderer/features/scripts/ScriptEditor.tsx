import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { SCRIPT_CATEGORIES } from '@contract/values/library';
import type { Script, ScriptContent, ScriptStep } from '@contract/library';
import type { Locale } from '@contract/primitives';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { LocaleOptions } from '../../app/LocaleOptions';

const split = (s: string) => s.split(/[,，、;；]/).map((x) => x.trim()).filter(Boolean);

function newStepId(steps: ScriptStep[]): string {
  let n = steps.length + 1;
  while (steps.some((s) => s.id === `s${n}`)) n++;
  return `s${n}`;
}

/**
 * Edit a script: its steps in order (move up/down), the words to say with {{variables}}, guidance,
 * phrases to use and avoid, and branches for the customer's answers. Saving keeps a version.
 */
export function ScriptEditor({ script, onClose, onSaved }: { script: Script | null; onClose(): void; onSaved(s: Script): void }) {
  const { t, i18n } = useTranslation();
  const [content, setContent] = useState<ScriptContent>(() =>
    script
      ? { title: script.title, category: script.category, language: script.language, tags: script.tags, summary: script.summary, steps: script.steps }
      : { title: '', category: 'greeting', language: i18n.language as Locale, tags: [], summary: '', steps: [{ id: 's1', title: '', say: '', guidance: '', required: false, requiredPhrases: [], avoidPhrases: [], branches: [], next: null }] },
  );
  const [tags, setTags] = useState(content.tags.join('，'));
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsByPath(t, error, ['content']);
  const setStep = (i: number, patch: Partial<ScriptStep>) => setContent((c) => ({ ...c, steps: c.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const move = (i: number, d: -1 | 1) =>
    setContent((c) => {
      const steps = [...c.steps];
      const [x] = steps.splice(i, 1);
      if (x) steps.splice(i + d, 0, x);
      return { ...c, steps };
    });

  async function save() {
    setError(null);
    const payload = { ...content, tags: split(tags) };
    try {
      onSaved(script ? await call('scripts.update', { id: script.id, content: payload }) : await call('scripts.create', { content: payload }));
    } catch (err) {
      setError(toApiError(err));
    }
  }

  const stepOptions = content.steps.map((s, i) => <option key={s.id} value={s.id}>{i + 1}. {s.title || s.id}</option>);
  return (
    <Dialog
      title={script ? t('scriptEditor.editTitle', { title: script.title }) : t('scriptEditor.newTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()}>{t('common.save')}</button>
        </>
      }
    >
      {error && (error.details?.issues?.length ? <p role="alert" className="field-error">{t('errors.fieldCount', { count: error.details.issues.length })}</p> : <ErrorMessage error={error} />)}
      <div className="form-grid">
        <label className="field">
          <span>{t('scriptEditor.title')} *</span>
          <input type="text" value={content.title} aria-invalid={errors.title ? true : undefined} onChange={(e) => setContent({ ...content, title: e.target.value })} />
          {errors.title && <small className="field-error">{errors.title}</small>}
        </label>
        <label className="field">
          <span>{t('scriptEditor.category')}</span>
          <select value={content.category} onChange={(e) => setContent({ ...content, category: e.target.value as ScriptContent['category'] })}>
            {SCRIPT_CATEGORIES.map((c) => <option key={c} value={c}>{t(`scriptCategory.${c}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('scriptEditor.language')}</span>
          <select value={content.language} onChange={(e) => setContent({ ...content, language: e.target.value as Locale })}>
            <LocaleOptions />
          </select>
        </label>
        <label className="field">
          <span>{t('customer.tags')}</span>
          <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('scriptEditor.summary')}</span>
        <input type="text" value={content.summary} onChange={(e) => setContent({ ...content, summary: e.target.value })} />
      </label>
      <ol className="step-editor">
        {content.steps.map((s, i) => (
          <li key={s.id} className="card">
            <div className="card-head">
              <strong>{t('scriptEditor.step', { n: i + 1 })}</strong>
              <span>
                <button type="button" className="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('scriptEditor.moveUp', { n: i + 1 })}>↑</button>
                <button type="button" className="ghost" disabled={i === content.steps.length - 1} onClick={() => move(i, 1)} aria-label={t('scriptEditor.moveDown', { n: i + 1 })}>↓</button>
                <button type="button" className="ghost" disabled={content.steps.length === 1} onClick={() => setContent({ ...content, steps: content.steps.filter((_, j) => j !== i) })} aria-label={t('scriptEditor.removeStep', { n: i + 1 })}>×</button>
              </span>
            </div>
            <div className="form-grid">
              <label className="field">
                <span>{t('scriptEditor.stepTitle')}</span>
                <input type="text" value={s.title} aria-invalid={errors[`steps.${i}.title`] ? true : undefined} onChange={(e) => setStep(i, { title: e.target.value })} />
                {errors[`steps.${i}.title`] && <small className="field-error">{errors[`steps.${i}.title`]}</small>}
              </label>
              <label className="field">
                <span>{t('scriptEditor.next')}</span>
                <select value={s.next ?? ''} onChange={(e) => setStep(i, { next: e.target.value || null })}>
                  <option value="">{t('scriptEditor.end')}</option>
                  {stepOptions}
                </select>
              </label>
            </div>
            <label className="field">
              <span>{t('scriptEditor.say')}</span>
              <textarea rows={2} value={s.say} onChange={(e) => setStep(i, { say: e.target.value })} />
              <small className="muted">{t('scriptEditor.variablesHint', { example: '{{customer.surname}}{{customer.honorific}}' })}</small>
            </label>
            <label className="field">
              <span>{t('scriptEditor.guidance')}</span>
              <textarea rows={2} value={s.guidance} onChange={(e) => setStep(i, { guidance: e.target.value })} />
            </label>
            <div className="form-grid">
              <label className="field">
                <span>{t('scriptEditor.requiredPhrases')}</span>
                <input type="text" value={s.requiredPhrases.join('，')} onChange={(e) => setStep(i, { requiredPhrases: split(e.target.value) })} />
              </label>
              <label className="field">
                <span>{t('scriptEditor.avoidPhrases')}</span>
                <input type="text" value={s.avoidPhrases.join('，')} onChange={(e) => setStep(i, { avoidPhrases: split(e.target.value) })} />
              </label>
              <label className="check">
                <input type="checkbox" checked={s.required} onChange={(e) => setStep(i, { required: e.target.checked })} />
                {t('scripts.required')}
              </label>
            </div>
            <fieldset className="list-field">
              <legend>{t('scriptEditor.branches')}</legend>
              {s.branches.map((b, j) => (
                <div key={j} className="row-field">
                  <input type="text" value={b.label} aria-label={t('scriptEditor.branchLabel', { n: j + 1 })} onChange={(e) => setStep(i, { branches: s.branches.map((x, k) => (k === j ? { ...x, label: e.target.value } : x)) })} />
                  <select value={b.next} aria-label={t('scriptEditor.branchNext', { n: j + 1 })} onChange={(e) => setStep(i, { branches: s.branches.map((x, k) => (k === j ? { ...x, next: e.target.value } : x)) })}>{stepOptions}</select>
                  <button type="button" className="ghost" aria-label={t('scriptEditor.removeBranch', { n: j + 1 })} onClick={() => setStep(i, { branches: s.branches.filter((_, k) => k !== j) })}>×</button>
                </div>
              ))}
              <button type="button" className="link-button" onClick={() => setStep(i, { branches: [...s.branches, { label: '', next: content.steps[Math.min(i + 1, content.steps.length - 1)]!.id }] })}>{t('scriptEditor.addBranch')}</button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setContent((c) => ({ ...c, steps: [...c.steps, { id: newStepId(c.steps), title: '', say: '', guidance: '', required: false, requiredPhrases: [], avoidPhrases: [], branches: [], next: null }] }))}>
        {t('scriptEditor.addStep')}
      </button>
    </Dialog>
  );
}
