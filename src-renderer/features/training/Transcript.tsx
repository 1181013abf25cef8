import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingLine, TrainingSession } from '@contract/training';
import { formatDateTime, formatDuration, formatTime } from '../../i18n/format';
import { useSession } from '../session/sessionStore';
import { FeedbackChips } from './FeedbackChips';

type Comment = TrainingSession['comments'][number];

/**
 * The conversation as its channel shows it: a call as a live transcript with speakers and times,
 * chat as bubbles, email as a thread that quotes the message answered. In review, each line carries
 * its feedback and any supervisor's comments.
 */
export function Transcript({ session, review = false }: { session: TrainingSession; review?: boolean }) {
  const { t } = useTranslation();
  const me = useSession((s) => s.session?.profile?.id);
  const speaker = (l: TrainingLine) =>
    l.speaker === 'customer' ? session.persona.name : me === session.profileId ? t('training.speaker.you') : session.profileName;
  const commentsOf = (l: TrainingLine) => session.comments.filter((c) => c.lineIndex === l.index);
  const Line = session.channel === 'call' ? CallLine : session.channel === 'chat' ? ChatLine : EmailLine;
  const cls = session.channel === 'call' ? 'call-transcript' : session.channel === 'chat' ? 'messages chat training-chat' : 'email-thread';
  return (
    <ol className={`transcript ${cls}`} aria-label={t('training.transcript')}>
      {session.lines.map((l, i) => (
        <Line key={l.index} line={l} who={speaker(l)} session={session} previous={previousCustomerLine(session.lines, i)}>
          {review && <FeedbackChips feedback={l.feedback} />}
          {review && <Comments comments={commentsOf(l)} />}
        </Line>
      ))}
    </ol>
  );
}

interface LineProps {
  line: TrainingLine;
  who: string;
  session: TrainingSession;
  previous: TrainingLine | null;
  children: ReactNode;
}

function CallLine({ line, who, session, children }: LineProps) {
  const { t } = useTranslation();
  const offset = Math.max(0, Math.round((line.at - session.startedAt) / 1000));
  return (
    <li className={`transcript-line ${line.speaker}`}>
      <span className="speaker">{line.speaker === 'customer' ? t('training.speaker.customerRole') : t('training.speaker.agentRole')} · {who}</span>
      <time className="offset" dateTime={`PT${offset}S`}>{formatDuration(offset)}</time>
      <p>{line.text}</p>
      {children}
    </li>
  );
}

function ChatLine({ line, who, children }: LineProps) {
  const { i18n } = useTranslation();
  return (
    <li className={`bubble ${line.speaker === 'customer' ? 'inbound' : 'outbound'}`}>
      <div className="bubble-meta">
        <span>{who}</span>
        <time dateTime={new Date(line.at).toISOString()}>{formatTime(line.at, i18n.language)}</time>
      </div>
      <p>{line.text}</p>
      {children}
    </li>
  );
}

function EmailLine({ line, who, session, previous, children }: LineProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`email-card ${line.speaker === 'customer' ? 'inbound' : 'outbound'}`}>
      <div className="bubble-meta">
        <span>{t('training.email.from', { name: who })}</span>
        <span>{t('training.email.to', { name: line.speaker === 'customer' ? t('training.email.desk') : session.persona.name })}</span>
        <time dateTime={new Date(line.at).toISOString()}>{formatDateTime(line.at, i18n.language)}</time>
      </div>
      <p>{line.text}</p>
      {line.speaker === 'trainee' && previous && (
        <blockquote className="email-quote">
          <p className="muted">{t('training.email.wrote', { time: formatDateTime(previous.at, i18n.language), name: session.persona.name })}</p>
          <p>{previous.text}</p>
        </blockquote>
      )}
      {children}
    </li>
  );
}

function Comments({ comments }: { comments: Comment[] }) {
  const { t, i18n } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <ul className="line-comments" aria-label={t('training.result.comments')}>
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong> <time className="muted" dateTime={new Date(c.at).toISOString()}>{formatDateTime(c.at, i18n.language)}</time>
          <p>{c.text}</p>
        </li>
      ))}
    </ul>
  );
}

function previousCustomerLine(lines: TrainingLine[], i: number): TrainingLine | null {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j];
    if (l?.speaker === 'customer') return l;
  }
  return null;
}
