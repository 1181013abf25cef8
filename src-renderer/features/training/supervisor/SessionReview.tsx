import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { TrainingSession } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { formatDateTime } from '../../../i18n/format';
import { ReviewLine } from './ReviewLine';
import { ScoreSummary } from './ScoreSummary';

/** A supervisor reads one session: the score breakdown, then every line with its feedback and comments. */
export function SessionReview({ sessionId, onBack }: { sessionId: string; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<TrainingSession | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setSession(null);
    call('training.session', { id: sessionId })
      .then((s) => live && setSession(s))
      .catch((err: unknown) => live && setError(toApiError(err)));
    return () => {
      live = false;
    };
  }, [sessionId]);

  return (
    <article className="ts-review" aria-labelledby="ts-review-h">
      <header className="header-row">
        <div>
          <button type="button" className="link-button" onClick={onBack}>← {t('training.supervisor.review.back')}</button>
          <h2 id="ts-review-h">{session ? t('training.supervisor.review.title', { name: session.profileName, title: session.title }) : t('training.supervisor.review.loading')}</h2>
          {session && (
            <p className="muted">
              {formatDateTime(session.startedAt, i18n.language)} · {t(`training.supervisor.status.${session.status}`)} · {t(`training.supervisor.channels.${session.channel}`)} · {session.persona.name}
            </p>
          )}
        </div>
      </header>
      {error && <ErrorMessage error={error} />}
      {session && (
        <div className="ts-review-body">
          {session.score ? <ScoreSummary score={session.score} /> : <p className="muted">{t('training.supervisor.review.unscored')}</p>}
          <ol className="ts-transcript" aria-label={t('training.supervisor.review.transcript')}>
            {session.lines.map((line) => (
              <ReviewLine key={line.index} session={session} line={line} comments={session.comments.filter((c) => c.lineIndex === line.index)} onUpdated={setSession} />
            ))}
          </ol>
        </div>
      )}
    </article>
  );
}
