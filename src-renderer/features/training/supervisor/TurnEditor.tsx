import { useTranslation } from 'react-i18next';
import type { ScenarioContent } from '@contract/training';
import { PhraseField } from './PhraseField';
import type { Branch } from './scenarioDraft';

type Turn = ScenarioContent['turns'][number];

/** One customer turn: what they say, the branches the trainee's reply can take, and the fallback. */
export function TurnEditor(props: {
  turn: Turn;
  index: number;
  turnIds: string[];
  errors: Record<string, string>;
  onChange(patch: Partial<Turn>): void;
  onRename(id: string): void;
  onRemove(): void;
  canRemove: boolean;
}) {
  const { t } = useTranslation();
  const { turn, index: i, errors } = props;
  const err = (path: string) => errors[`turns.${i}.${path}`];
  const setBranch = (j: number, patch: Partial<Branch>) => props.onChange({ branches: turn.branches.map((b, k) => (k === j ? { ...b, ...patch } : b)) });
  const label = (key: string, vars: Record<string, unknown> = {}) => t(`training.supervisor.editor.${key}`, { turn: turn.id, ...vars });

  return (
    <li className="card ts-turn" id={`ts-turn-${i}`}>
      <div className="card-head">
        <strong>{label('turnHeading', { n: i + 1 })}</strong>
        <button type="button" className="ghost" disabled={!props.canRemove} aria-label={label('removeTurn')} onClick={props.onRemove}>×</button>
      </div>
      {errors[`turns.${i}`] && <p className="field-error">{errors[`turns.${i}`]}</p>}
      <div className="form-grid">
        <label className="field">
          <span>{t('training.supervisor.editor.turnId')}</span>
          <input type="text" value={turn.id} aria-label={label('turnIdOf', { n: i + 1 })} aria-invalid={err('id') ? true : undefined} onChange={(e) => props.onRename(e.target.value)} />
          {err('id') && <small className="field-error">{err('id')}</small>}
        </label>
        <label className="check">
          <input type="checkbox" checked={turn.end} onChange={(e) => props.onChange({ end: e.target.checked })} />
          {t('training.supervisor.editor.end')}
        </label>
      </div>
      <label className="field">
        <span>{t('training.supervisor.editor.say')}</span>
        <textarea rows={2} value={turn.say} aria-label={label('sayOf')} aria-invalid={err('say') ? true : undefined} onChange={(e) => props.onChange({ say: e.target.value })} />
        {err('say') && <small className="field-error">{err('say')}</small>}
      </label>
      <div className="ts-fallback">
        <label className="field">
          <span>{t('training.supervisor.editor.fallback')}</span>
          <textarea rows={2} value={turn.fallback.say} aria-label={label('fallbackOf')} aria-invalid={err('fallback.say') ? true : undefined} onChange={(e) => props.onChange({ fallback: { ...turn.fallback, say: e.target.value } })} />
          {err('fallback.say') && <small className="field-error">{err('fallback.say')}</small>}
        </label>
        <label className="field ts-narrow">
          <span>{t('training.supervisor.editor.fallbackAnger')}</span>
          <input type="number" min={0} max={3} value={turn.fallback.anger} aria-label={label('fallbackAngerOf')} onChange={(e) => props.onChange({ fallback: { ...turn.fallback, anger: Number(e.target.value) } })} />
          {err('fallback.anger') && <small className="field-error">{err('fallback.anger')}</small>}
        </label>
      </div>
      <fieldset className="list-field">
        <legend>{t('training.supervisor.editor.branches')}</legend>
        {err('branches') && <small className="field-error">{err('branches')}</small>}
        {turn.branches.map((b, j) => {
          const bl = (key: string) => label(key, { n: j + 1 });
          const known = props.turnIds.includes(b.next);
          return (
            <div key={j} className="ts-branch">
              <div className="card-head">
                <span className="muted">{bl('branchHeading')}</span>
                <button type="button" className="ghost" aria-label={bl('removeBranch')} onClick={() => props.onChange({ branches: turn.branches.filter((_, k) => k !== j) })}>×</button>
              </div>
              {err(`branches.${j}`) && <p className="field-error">{err(`branches.${j}`)}</p>}
              <div className="form-grid">
                <PhraseField label={bl('branchAny')} value={b.any} error={err(`branches.${j}.any`)} onChange={(any) => setBranch(j, { any })} />
                <PhraseField label={bl('branchAll')} value={b.all} error={err(`branches.${j}.all`)} onChange={(all) => setBranch(j, { all })} />
              </div>
              <div className="form-grid">
                <label className="field">
                  <span>{bl('branchNext')}</span>
                  <select value={b.next} aria-invalid={err(`branches.${j}.next`) || !known ? true : undefined} onChange={(e) => setBranch(j, { next: e.target.value })}>
                    {!known && <option value={b.next}>{t('training.supervisor.editor.missingTurn', { id: b.next })}</option>}
                    {props.turnIds.map((id) => <option key={id} value={id}>{id}</option>)}
                  </select>
                  {err(`branches.${j}.next`) && <small className="field-error">{err(`branches.${j}.next`)}</small>}
                </label>
                <label className="field">
                  <span>{bl('branchAnger')}</span>
                  <input type="number" min={-3} max={3} value={b.anger} onChange={(e) => setBranch(j, { anger: Number(e.target.value) })} />
                  {err(`branches.${j}.anger`) && <small className="field-error">{err(`branches.${j}.anger`)}</small>}
                </label>
              </div>
              <label className="field">
                <span>{bl('branchFeedback')}</span>
                <input type="text" value={b.feedback} onChange={(e) => setBranch(j, { feedback: e.target.value })} />
                {err(`branches.${j}.feedback`) && <small className="field-error">{err(`branches.${j}.feedback`)}</small>}
              </label>
            </div>
          );
        })}
        <button type="button" className="link-button" disabled={turn.branches.length >= 10} onClick={() => props.onChange({ branches: [...turn.branches, { any: [], all: [], next: turn.id, anger: 0, feedback: '' }] })}>
          {label('addBranch')}
        </button>
      </fieldset>
    </li>
  );
}
