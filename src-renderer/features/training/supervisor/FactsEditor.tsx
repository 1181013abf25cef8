import { useTranslation } from 'react-i18next';
import type { ScenarioDraft } from './scenarioDraft';

type Fact = ScenarioDraft['facts'][number];

/** The facts the customer holds (order number, product, dates) as key/value rows. */
export function FactsEditor(props: { facts: Fact[]; errors: Record<string, string>; onChange(facts: Fact[]): void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Fact>) => props.onChange(props.facts.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="list-field">
      <legend>{t('training.supervisor.editor.facts')}</legend>
      <small className="muted">{t('training.supervisor.editor.factsHint')}</small>
      {props.facts.map((f, i) => {
        const error = props.errors[`facts.${f.key.trim()}`];
        return (
          <div key={i} className="row-field ts-fact">
            <input type="text" className="ts-fact-key" value={f.key} aria-label={t('training.supervisor.editor.factKey', { n: i + 1 })} aria-invalid={error ? true : undefined} onChange={(e) => set(i, { key: e.target.value })} />
            <input type="text" value={f.value} aria-label={t('training.supervisor.editor.factValue', { n: i + 1 })} onChange={(e) => set(i, { value: e.target.value })} />
            <button type="button" className="ghost" aria-label={t('training.supervisor.editor.removeFact', { n: i + 1 })} onClick={() => props.onChange(props.facts.filter((_, j) => j !== i))}>×</button>
            {error && <small className="field-error">{error}</small>}
          </div>
        );
      })}
      {props.errors.facts && <small className="field-error">{props.errors.facts}</small>}
      <button type="button" className="link-button" onClick={() => props.onChange([...props.facts, { key: '', value: '' }])}>{t('training.supervisor.editor.addFact')}</button>
    </fieldset>
  );
}
