import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { TrainingScenario } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { Dialog } from '../../../app/Dialog';
import { download } from '../../../app/download';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { hrefFor } from '../../../app/route';
import { formatDateTime } from '../../../i18n/format';
import { TurnGraph } from './TurnGraph';

/** A scenario read-only: what the trainee meets, its graph, and what a supervisor can do with it. */
export function ScenarioDetail(props: { scenario: TrainingScenario; saved: boolean; onCopy(): void; onEdit(): void; onRemoved(): void }) {
  const { t, i18n } = useTranslation();
  const { scenario } = props;
  const c = scenario.content;
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const act = (p: Promise<unknown>) =>
    p.catch((err: unknown) => {
      setConfirming(false);
      setError(toApiError(err));
    });

  const tryIt = () =>
    act(
      call('training.start', { scenarioId: scenario.id }).then((s) => {
        location.hash = hrefFor({ page: 'training', view: null, sessionId: s.id });
      }),
    );

  return (
    <article className="ts-scenario-detail" aria-labelledby="ts-scenario-h">
      <header className="header-row">
        <div>
          <h2 id="ts-scenario-h">{c.title}</h2>
          <p className="muted">
            {scenario.builtin ? t('training.supervisor.scenarios.builtin') : t('training.supervisor.scenarios.custom')} · {t(`language.${c.language}`)} · {t(`training.supervisor.channels.${c.channel}`)} ·{' '}
            {t('training.supervisor.difficulty', { n: c.difficulty })} · {t('training.supervisor.review.passMark', { mark: c.passMark })}
            {!scenario.builtin && <> · {t('training.supervisor.scenarios.updated', { when: formatDateTime(scenario.updatedAt, i18n.language) })}</>}
          </p>
        </div>
        <div className="header-actions">
          {scenario.builtin ? (
            <button type="button" className="primary" onClick={props.onCopy}>{t('training.supervisor.scenarios.copy')}</button>
          ) : (
            <button type="button" className="primary" onClick={props.onEdit}>{t('training.supervisor.scenarios.edit')}</button>
          )}
          <button type="button" onClick={() => void tryIt()}>{t('training.supervisor.scenarios.try')}</button>
          <button type="button" onClick={() => void act(call('training.exportScenario', { id: scenario.id }).then((f) => download(f.fileName, 'application/json', f.json)))}>
            {t('training.supervisor.scenarios.export')}
          </button>
          {!scenario.builtin && (
            <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>{t('training.supervisor.scenarios.remove')}</button>
          )}
        </div>
      </header>
      {props.saved && <p className="saved" role="status">{t('training.supervisor.scenarios.saved')}</p>}
      {scenario.builtin && <p className="muted">{t('training.supervisor.scenarios.builtinNote')}</p>}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <div className="ts-detail-grid">
        <section className="card">
          <h3>{t('training.supervisor.editor.persona')}</h3>
          <p>
            <strong>{c.persona.name}</strong> · {t(`training.supervisor.moods.${c.persona.mood}`)} · {t('training.supervisor.scenarios.patience', { n: c.persona.patience })}
          </p>
          {c.persona.background && <p className="pre">{c.persona.background}</p>}
          {c.summary && <p className="muted pre">{c.summary}</p>}
          {Object.keys(c.facts).length > 0 && (
            <dl className="facts">
              {Object.entries(c.facts).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          )}
          <h3 className="ts-gap">{t('training.supervisor.editor.goals')}</h3>
          <ul className="plain-list">{c.goals.map((g) => <li key={g.id}>{g.label}</li>)}</ul>
        </section>
        <section className="card">
          <h3>{t('training.supervisor.graph.title')}</h3>
          <TurnGraph content={c} />
        </section>
      </div>
      {confirming && (
        <Dialog
          title={t('training.supervisor.scenarios.removeTitle')}
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
              <button type="button" className="danger" onClick={() => void act(call('training.removeScenario', { id: scenario.id }).then(() => { setConfirming(false); props.onRemoved(); }))}>
                {t('training.supervisor.scenarios.removeConfirm')}
              </button>
            </>
          }
        >
          <p>{t('training.supervisor.scenarios.removeText', { title: c.title })}</p>
        </Dialog>
      )}
    </article>
  );
}
