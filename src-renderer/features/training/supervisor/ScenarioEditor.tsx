import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Locale } from '@contract/primitives';
import { MOODS, TRAINING_CHANNELS } from '@contract/values/training';
import type { ScenarioContent, TrainingScenario } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { FactsEditor } from './FactsEditor';
import { GoalsEditor } from './GoalsEditor';
import { PhraseField } from './PhraseField';
import { fromDraft, newTurnId, renameTurn, toDraft, type ScenarioDraft } from './scenarioDraft';
import { trainingErrors } from './trainingIssues';
import { TurnEditor } from './TurnEditor';
import { TurnGraph } from './TurnGraph';
import { LocaleOptions } from '../../../app/LocaleOptions';

type Turn = ScenarioContent['turns'][number];

/** Every field of a scenario in one form, with the turn graph beside it; the core decides what is valid. */
export function ScenarioEditor(props: { id: string | null; initial: ScenarioContent; onSaved(s: TrainingScenario): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ScenarioDraft>(() => toDraft(props.initial));
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = trainingErrors(t, error, ['content']);
  const set = (patch: Partial<ScenarioDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setTurn = (i: number, patch: Partial<Turn>) => setDraft((d) => ({ ...d, turns: d.turns.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const turnIds = draft.turns.map((x) => x.id);
  const err = (path: string) => errors[path];
  const jump = (i: number) => document.getElementById(`ts-turn-${i}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      props.onSaved(await call('training.saveScenario', { id: props.id, content: fromDraft(draft) }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setSaving(false);
    }
  }

  const text = (key: keyof ScenarioDraft & string, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input type="text" value={String(draft[key] ?? '')} aria-invalid={err(key) ? true : undefined} onChange={(e) => set({ [key]: e.target.value })} />
      {err(key) && <small className="field-error">{err(key)}</small>}
    </label>
  );
  const num = (key: 'difficulty' | 'passMark', label: string, min: number, max: number) => (
    <label className="field">
      <span>{label}</span>
      <input type="number" min={min} max={max} value={draft[key]} aria-invalid={err(key) ? true : undefined} onChange={(e) => set({ [key]: Number(e.target.value) })} />
      {err(key) && <small className="field-error">{err(key)}</small>}
    </label>
  );
  const issues = error?.details?.issues?.length ?? 0;
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused save, take the supervisor to the first field marked wrong.
  useEffect(() => {
    if (issues > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, issues]);

  return (
    <form ref={formRef} className="ts-editor" aria-label={t('training.supervisor.editor.title')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <header className="header-row ts-editor-head">
        <h2>{props.id ? t('training.supervisor.editor.editing', { title: props.initial.title }) : t('training.supervisor.editor.creating')}</h2>
        <div className="header-actions">
          <button type="button" onClick={props.onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{t('common.save')}</button>
        </div>
        {error && (issues > 0 ? <p role="alert" className="field-error ts-issues">{t('training.supervisor.editor.issues', { count: issues })}</p> : <ErrorMessage error={error} />)}
      </header>
      <div className="ts-editor-grid">
        <div className="ts-editor-main">
          <section className="card ts-section" aria-label={t('training.supervisor.editor.basics')}>
            <h3>{t('training.supervisor.editor.basics')}</h3>
            <div className="form-grid">
              {text('title', t('training.supervisor.editor.scenarioTitle'))}
              <label className="field">
                <span>{t('training.supervisor.language')}</span>
                <select value={draft.language} onChange={(e) => set({ language: e.target.value as Locale })}>
                  <LocaleOptions />
                </select>
              </label>
              <label className="field">
                <span>{t('training.supervisor.editor.channel')}</span>
                <select value={draft.channel} onChange={(e) => set({ channel: e.target.value as ScenarioContent['channel'] })}>
                  {TRAINING_CHANNELS.map((c) => <option key={c} value={c}>{t(`training.supervisor.channels.${c}`)}</option>)}
                </select>
              </label>
              {num('difficulty', t('training.supervisor.editor.difficulty'), 1, 3)}
              {num('passMark', t('training.supervisor.editor.passMark'), 0, 100)}
              <label className="field">
                <span>{t('training.supervisor.editor.scriptKey')}</span>
                <input type="text" value={draft.scriptKey ?? ''} aria-invalid={err('scriptKey') ? true : undefined} onChange={(e) => set({ scriptKey: e.target.value.trim() || null })} />
                {err('scriptKey') && <small className="field-error">{err('scriptKey')}</small>}
              </label>
            </div>
            <label className="field">
              <span>{t('training.supervisor.editor.summary')}</span>
              <textarea rows={2} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
              {err('summary') && <small className="field-error">{err('summary')}</small>}
            </label>
            <div className="form-grid">
              <PhraseField label={t('training.supervisor.editor.tags')} value={draft.tags} error={err('tags')} rows={1} onChange={(tags) => set({ tags })} />
              <label className="check">
                <input type="checkbox" checked={draft.complaint} onChange={(e) => set({ complaint: e.target.checked })} />
                {t('training.supervisor.editor.complaint')}
              </label>
            </div>
          </section>

          <section className="card ts-section" aria-label={t('training.supervisor.editor.persona')}>
            <h3>{t('training.supervisor.editor.persona')}</h3>
            <div className="form-grid">
              <label className="field">
                <span>{t('training.supervisor.editor.personaName')}</span>
                <input type="text" value={draft.persona.name} aria-invalid={err('persona.name') ? true : undefined} onChange={(e) => set({ persona: { ...draft.persona, name: e.target.value } })} />
                {err('persona.name') && <small className="field-error">{err('persona.name')}</small>}
              </label>
              <label className="field">
                <span>{t('training.supervisor.editor.mood')}</span>
                <select value={draft.persona.mood} onChange={(e) => set({ persona: { ...draft.persona, mood: e.target.value as ScenarioContent['persona']['mood'] } })}>
                  {MOODS.map((m) => <option key={m} value={m}>{t(`training.supervisor.moods.${m}`)}</option>)}
                </select>
              </label>
              <label className="field">
                <span>{t('training.supervisor.editor.patience')}</span>
                <input type="number" min={1} max={5} value={draft.persona.patience} aria-invalid={err('persona.patience') ? true : undefined} onChange={(e) => set({ persona: { ...draft.persona, patience: Number(e.target.value) } })} />
                {err('persona.patience') && <small className="field-error">{err('persona.patience')}</small>}
              </label>
            </div>
            <label className="field">
              <span>{t('training.supervisor.editor.background')}</span>
              <textarea rows={2} value={draft.persona.background} onChange={(e) => set({ persona: { ...draft.persona, background: e.target.value } })} />
            </label>
            <FactsEditor facts={draft.facts} errors={errors} onChange={(facts) => set({ facts })} />
          </section>

          <section className="card ts-section" aria-label={t('training.supervisor.editor.phrases')}>
            <h3>{t('training.supervisor.editor.phrases')}</h3>
            <p className="muted">{t('training.supervisor.phrasesHint')}</p>
            <div className="form-grid">
              <PhraseField label={t('training.supervisor.editor.requiredPhrases')} value={draft.requiredPhrases} error={err('requiredPhrases')} onChange={(requiredPhrases) => set({ requiredPhrases })} />
              <PhraseField label={t('training.supervisor.editor.avoidPhrases')} value={draft.avoidPhrases} error={err('avoidPhrases')} onChange={(avoidPhrases) => set({ avoidPhrases })} />
            </div>
          </section>

          <section className="ts-section" aria-label={t('training.supervisor.editor.turns')}>
            <div className="header-row">
              <h3>{t('training.supervisor.editor.turns')}</h3>
              <label className="field ts-start">
                <span>{t('training.supervisor.editor.start')}</span>
                <select value={draft.start} aria-invalid={err('start') ? true : undefined} onChange={(e) => set({ start: e.target.value })}>
                  {!turnIds.includes(draft.start) && <option value={draft.start}>{t('training.supervisor.editor.missingTurn', { id: draft.start })}</option>}
                  {turnIds.map((id) => <option key={id} value={id}>{id}</option>)}
                </select>
                {err('start') && <small className="field-error">{err('start')}</small>}
              </label>
            </div>
            {err('turns') && <p className="field-error">{err('turns')}</p>}
            <ol className="ts-turns">
              {draft.turns.map((turn, i) => (
                <TurnEditor
                  key={i}
                  turn={turn}
                  index={i}
                  turnIds={turnIds}
                  errors={errors}
                  canRemove={draft.turns.length > 2}
                  onChange={(patch) => setTurn(i, patch)}
                  onRename={(id) => setDraft((d) => renameTurn(d, i, id))}
                  onRemove={() => setDraft((d) => ({ ...d, turns: d.turns.filter((_, j) => j !== i) }))}
                />
              ))}
            </ol>
            <button type="button" disabled={draft.turns.length >= 60} onClick={() => setDraft((d) => ({ ...d, turns: [...d.turns, { id: newTurnId(d.turns), say: '', branches: [], fallback: { say: '', anger: 1 }, end: false }] }))}>
              {t('training.supervisor.editor.addTurn')}
            </button>
          </section>

          <section className="card ts-section" aria-label={t('training.supervisor.editor.goalsAndModel')}>
            <GoalsEditor goals={draft.goals} turnIds={turnIds} errors={errors} onChange={(goals) => set({ goals })} />
            <label className="field">
              <span>{t('training.supervisor.editor.modelReplies')}</span>
              <textarea rows={5} value={draft.modelReplies.join('\n')} aria-invalid={err('modelReplies') ? true : undefined} onChange={(e) => set({ modelReplies: e.target.value.split('\n') })} />
              <small className="muted">{t('training.supervisor.editor.modelRepliesHint')}</small>
              {err('modelReplies') && <small className="field-error">{err('modelReplies')}</small>}
            </label>
          </section>
        </div>
        <aside className="card ts-editor-side">
          <h3>{t('training.supervisor.graph.title')}</h3>
          <TurnGraph content={draft} onJump={jump} />
        </aside>
      </div>
    </form>
  );
}
