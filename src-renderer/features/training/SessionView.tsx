import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '@contract/training';
import { AngerMeter } from './AngerMeter';
import { GoalsList } from './GoalsList';
import { PersonaCard } from './PersonaCard';
import { ReplyBox } from './ReplyBox';
import { ReplyTimer } from './ReplyTimer';
import { StopButton } from './StopButton';
import { Transcript } from './Transcript';
import { useReplyDraft } from './useReplyDraft';
import { useReplyLimits } from './useReplyLimits';

/** A session in progress: the customer, the conversation so far, the clock, and the reply box. */
export function SessionView(props: { session: TrainingSession; busy: boolean; onReply(text: string, elapsedMs: number): Promise<boolean>; onStop(): void }) {
  const { t } = useTranslation();
  const s = props.session;
  const lastCustomer = [...s.lines].reverse().find((l) => l.speaker === 'customer') ?? null;
  const firstReply = !s.lines.some((l) => l.speaker === 'trainee');
  const draft = useReplyDraft(s.id, lastCustomer?.index ?? -1);
  const limits = useReplyLimits(s.language);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [s.lines.length]);

  const send = async () => {
    const text = draft.text.trim();
    if (!text) return;
    const elapsedMs = Math.min(3_600_000, Math.max(0, Math.round(Date.now() - draft.shownAt)));
    if (await props.onReply(text, elapsedMs)) draft.clear();
  };

  return (
    <div className="training-session">
      <section className="training-conversation" aria-labelledby="session-h">
        <header className="conv-header">
          <div>
            <h2 id="session-h">{s.title}</h2>
            <p className="muted">{t('training.session.hint')}</p>
          </div>
          <div className="conv-controls">
            <ReplyTimer shownAt={draft.shownAt} first={firstReply} limits={limits} />
            <StopButton onStop={props.onStop} busy={props.busy} />
          </div>
        </header>
        <div className="conv-scroll" ref={scroller}>
          <Transcript session={s} />
        </div>
        <p className="sr-only" aria-live="polite">
          {lastCustomer ? t('training.session.customerSaid', { name: s.persona.name, text: lastCustomer.text }) : ''}
        </p>
        <ReplyBox text={draft.text} onChange={draft.setText} onSend={() => void send()} busy={props.busy} channel={s.channel} />
      </section>
      <aside className="training-side" aria-label={t('training.session.side')}>
        <PersonaCard session={s} />
        <section className="card" aria-label={t('training.anger.label')}>
          <AngerMeter anger={s.anger} />
        </section>
        <GoalsList session={s} />
      </aside>
    </div>
  );
}
