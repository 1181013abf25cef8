import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Script } from '@contract/library';
import { call } from '../../api/client';
import { FilledText } from './FilledText';

/**
 * Walks a script: the current step's words (variables filled), the customer's possible answers as
 * branches, steps ticked off as they are done. The path taken is saved as it grows, on the call
 * when there is one, so nothing is lost if the window closes.
 */
export function ScriptRunner(props: { script: Script; values: Record<string, string | null>; customerId: string | null; interactionId?: string | null }) {
  const { t } = useTranslation();
  const { script } = props;
  const first = script.steps[0]?.id ?? '';
  const [path, setPath] = useState<string[]>([first]);
  const [checked, setChecked] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const runId = useRef<string | undefined>(undefined);

  useEffect(() => {
    setPath([script.steps[0]?.id ?? '']);
    setChecked([]);
    runId.current = undefined;
    setSaved(false);
  }, [script.id, script.version, script.steps]);

  useEffect(() => {
    if (path.length <= 1 && checked.length === 0) return;
    const timer = setTimeout(() => {
      void call('scripts.saveRun', {
        ...(runId.current ? { runId: runId.current } : {}),
        scriptId: script.id,
        customerId: props.customerId,
        interactionId: props.interactionId ?? null,
        path,
        checked,
      }).then((run) => {
        runId.current = run.id;
        setSaved(true);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [path, checked, script.id, props.customerId, props.interactionId]);

  const currentId = path.at(-1) ?? first;
  const current = script.steps.find((s) => s.id === currentId);
  const go = (id: string) => {
    setPath((p) => [...p, id]);
    if (!checked.includes(currentId)) setChecked((c) => [...c, currentId]);
  };
  const toggle = (id: string) => setChecked((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  return (
    <div className="runner">
      <ol className="runner-outline" aria-label={t('scripts.steps')}>
        {script.steps.map((s, i) => (
          <li key={s.id} className={`${s.id === currentId ? 'current' : ''} ${path.includes(s.id) ? 'visited' : ''}`}>
            <label>
              <input type="checkbox" checked={checked.includes(s.id)} onChange={() => toggle(s.id)} aria-label={t('scripts.checkStep', { n: i + 1, title: s.title })} />
              <button type="button" className="link-button" onClick={() => setPath((p) => [...p, s.id])} aria-current={s.id === currentId ? 'step' : undefined}>
                {i + 1}. {s.title}
              </button>
              {s.required && <span className="badge required">{t('scripts.required')}</span>}
            </label>
          </li>
        ))}
      </ol>
      {current && (
        <section className="runner-step" aria-labelledby="runner-step-h">
          <h3 id="runner-step-h">{current.title}</h3>
          <p className="say" lang={script.language}>
            <FilledText text={current.say} values={props.values} />
          </p>
          {current.guidance && <p className="guidance">{current.guidance}</p>}
          {(current.requiredPhrases.length > 0 || current.avoidPhrases.length > 0) && (
            <p className="phrases">
              {current.requiredPhrases.length > 0 && <span>{t('scripts.say')}: {current.requiredPhrases.join('、')}</span>}
              {current.avoidPhrases.length > 0 && <span className="avoid">{t('scripts.avoid')}: {current.avoidPhrases.join('、')}</span>}
            </p>
          )}
          <div className="branches" role="group" aria-label={t('scripts.customerAnswers')}>
            {current.branches.map((b) => (
              <button key={`${b.label}-${b.next}`} type="button" onClick={() => go(b.next)}>{b.label}</button>
            ))}
            {current.next && current.branches.length === 0 && (
              <button type="button" className="primary" onClick={() => go(current.next!)}>{t('scripts.next')}</button>
            )}
            {!current.next && current.branches.length === 0 && (
              <button type="button" onClick={() => !checked.includes(current.id) && setChecked((c) => [...c, current.id])}>{t('scripts.finish')}</button>
            )}
          </div>
          {saved && <p className="saved" aria-live="polite">{t('scripts.pathSaved')}</p>}
        </section>
      )}
    </div>
  );
}
