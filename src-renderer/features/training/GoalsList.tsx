import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '@contract/training';

/** Goals of the conversation; ticked as the engine notes each one reached. */
export function GoalsList({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const reached = reachedGoals(session);
  return (
    <section className="card goals-card" aria-labelledby="goals-h">
      <h2 id="goals-h">{t('training.goals.title')}</h2>
      <ul className="goal-list">
        {session.goals.map((g) => {
          const done = reached.has(g.id) || reached.has(g.label);
          return (
            <li key={g.id} className={done ? 'done' : undefined}>
              <span aria-hidden="true" className="goal-mark">{done ? '✓' : '○'}</span>
              <span>{g.label}</span>
              <span className="sr-only">{done ? t('training.goals.reached') : t('training.goals.open')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Goals the engine has said were reached, by id or label, from the per-line feedback. */
function reachedGoals(session: TrainingSession): Set<string> {
  const out = new Set<string>();
  if (session.score) for (const g of session.score.goals) if (g.reached) out.add(g.id);
  for (const line of session.lines) {
    for (const f of line.feedback) {
      if (f.code !== 'goal-reached') continue;
      for (const k of ['goal', 'id', 'goalId'] as const) if (typeof f.params[k] === 'string') out.add(f.params[k] as string);
    }
  }
  return out;
}
