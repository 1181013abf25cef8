import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '@contract/training';
import { ChannelIcon } from './ChannelIcon';

/** Who the trainee is talking to, as the desk would show it: name, mood, what is known. */
export function PersonaCard({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const p = session.persona;
  return (
    <section className="card persona-card" aria-labelledby="persona-h">
      <h2 id="persona-h">{p.name}</h2>
      <p className="scenario-meta">
        <span className={`mood mood-${p.mood}`}>{t(`training.moods.${p.mood}`)}</span>
        <span className="scenario-channel"><ChannelIcon channel={session.channel} />{t(`training.channels.${session.channel}`)}</span>
      </p>
      {p.background && <p className="persona-background">{p.background}</p>}
    </section>
  );
}
