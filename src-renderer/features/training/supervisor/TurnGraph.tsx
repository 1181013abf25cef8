import { useTranslation } from 'react-i18next';
import type { ScenarioContent } from '@contract/training';
import { canFinish, scenarioGraph } from './scenarioGraph';

/**
 * The turns as an outline read from the start: each turn, then where each branch leads. Turns no
 * branch reaches and branches to turns that do not exist are flagged, so a broken graph is seen
 * before it is saved.
 */
export function TurnGraph({ content, onJump }: { content: Pick<ScenarioContent, 'start' | 'turns'>; onJump?: (turnIndex: number) => void }) {
  const { t } = useTranslation();
  const nodes = scenarioGraph(content);
  const indexOf = (id: string) => content.turns.findIndex((x) => x.id === id);
  const name = (id: string) =>
    onJump && indexOf(id) >= 0 ? (
      <button type="button" className="link-button ts-turn-ref" onClick={() => onJump(indexOf(id))}>{id}</button>
    ) : (
      <code>{id}</code>
    );
  const unreachable = nodes.filter((n) => !n.reachable).length;
  return (
    <section className="ts-graph" aria-label={t('training.supervisor.graph.title')}>
      <p className="muted">
        {t('training.supervisor.graph.summary', { turns: nodes.length })}
        {unreachable > 0 && <> · <span className="ts-bad">{t('training.supervisor.graph.unreachableCount', { count: unreachable })}</span></>}
        {!canFinish(nodes) && <> · <span className="ts-bad">{t('training.supervisor.graph.noEnd')}</span></>}
      </p>
      <ol className="ts-graph-list">
        {nodes.map((n) => (
          <li key={n.id} className={n.reachable ? undefined : 'ts-unreachable'} style={{ marginInlineStart: `${Math.min(n.depth ?? 0, 6) * 14}px` }}>
            <div className="ts-graph-node">
              {name(n.id)}
              {n.id === content.start && <span className="badge">{t('training.supervisor.graph.start')}</span>}
              {n.end && <span className="badge ts-badge-pass">{t('training.supervisor.graph.end')}</span>}
              {!n.reachable && <span className="badge ts-badge-fail">{t('training.supervisor.graph.unreachable')}</span>}
              <span className="ts-graph-say">{n.say}</span>
            </div>
            {n.edges.length > 0 && (
              <ul className="ts-graph-edges">
                {n.edges.map((e) => {
                  const b = content.turns[indexOf(n.id)]?.branches[e.via as number];
                  const words = [...(b?.any ?? []), ...(b?.all ?? [])].slice(0, 4).join(' / ');
                  return (
                    <li key={String(e.via)} className={e.missing ? 'ts-bad' : undefined}>
                      <span className="muted">{words || '—'}</span> → {e.missing ? <code>{t('training.supervisor.editor.missingTurn', { id: e.to })}</code> : name(e.to)}
                      {b && b.anger !== 0 && <span className="muted"> ({t('training.supervisor.graph.anger', { n: b.anger > 0 ? `+${b.anger}` : String(b.anger) })})</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
