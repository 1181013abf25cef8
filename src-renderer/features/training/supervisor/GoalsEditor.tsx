import { useTranslation } from 'react-i18next';
import type { ScenarioContent } from '@contract/training';
import { PhraseField } from './PhraseField';

type Goal = ScenarioContent['goals'][number];

/** Goals: reached when a reply matches one of the phrases, or the conversation arrives at a turn. */
export function GoalsEditor(props: { goals: Goal[]; turnIds: string[]; errors: Record<string, string>; onChange(goals: Goal[]): void }) {
  const { t } = useTranslation();
  const { errors } = props;
  const set = (i: number, patch: Partial<Goal>) => props.onChange(props.goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const nextId = () => {
    let n = props.goals.length + 1;
    while (props.goals.some((g) => g.id === `g${n}`)) n++;
    return `g${n}`;
  };
  return (
    <fieldset className="list-field">
      <legend>{t('training.supervisor.editor.goals')}</legend>
      {errors.goals && <small className="field-error">{errors.goals}</small>}
      {props.goals.map((g, i) => {
        const err = (p: string) => errors[`goals.${i}${p}`];
        const l = (key: string) => t(`training.supervisor.editor.${key}`, { n: i + 1 });
        return (
          <div key={i} className="ts-goal">
            <div className="card-head">
              <span className="muted">{l('goalHeading')}</span>
              <button type="button" className="ghost" disabled={props.goals.length <= 1} aria-label={l('removeGoal')} onClick={() => props.onChange(props.goals.filter((_, j) => j !== i))}>×</button>
            </div>
            {err('') && <p className="field-error">{err('')}</p>}
            <div className="form-grid">
              <label className="field">
                <span>{l('goalId')}</span>
                <input type="text" value={g.id} aria-invalid={err('.id') ? true : undefined} onChange={(e) => set(i, { id: e.target.value })} />
                {err('.id') && <small className="field-error">{err('.id')}</small>}
              </label>
              <label className="field">
                <span>{l('goalLabel')}</span>
                <input type="text" value={g.label} aria-invalid={err('.label') ? true : undefined} onChange={(e) => set(i, { label: e.target.value })} />
                {err('.label') && <small className="field-error">{err('.label')}</small>}
              </label>
              <label className="field">
                <span>{l('goalTurn')}</span>
                <select value={g.turn ?? ''} aria-invalid={err('.turn') ? true : undefined} onChange={(e) => set(i, { turn: e.target.value || null })}>
                  <option value="">{t('training.supervisor.editor.noTurn')}</option>
                  {g.turn !== null && !props.turnIds.includes(g.turn) && <option value={g.turn}>{t('training.supervisor.editor.missingTurn', { id: g.turn })}</option>}
                  {props.turnIds.map((id) => <option key={id} value={id}>{id}</option>)}
                </select>
                {err('.turn') && <small className="field-error">{err('.turn')}</small>}
              </label>
            </div>
            <PhraseField label={l('goalAny')} value={g.any} error={err('.any')} onChange={(any) => set(i, { any })} />
          </div>
        );
      })}
      <button type="button" className="link-button" disabled={props.goals.length >= 12} onClick={() => props.onChange([...props.goals, { id: nextId(), label: '', any: [], turn: null }])}>
        {t('training.supervisor.editor.addGoal')}
      </button>
    </fieldset>
  );
}
