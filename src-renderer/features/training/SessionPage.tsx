import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/ErrorMessage';
import { hrefFor } from '../../app/route';
import { ResultView } from './ResultView';
import { SessionView } from './SessionView';
import { forgetReplyDraft } from './useReplyDraft';
import { useTrainingSession } from './useTrainingSession';

/** A practice session: the conversation while it runs, the scored result once it has ended. */
export function SessionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const s = useTrainingSession(id);
  const ended = s.session !== null && s.session.status !== 'active';
  useEffect(() => {
    if (ended) forgetReplyDraft(id);
  }, [ended, id]);
  return (
    <div className="training-page training-session-page">
      <nav className="training-crumbs" aria-label={t('training.crumbs')}>
        <a href={hrefFor({ page: 'training', view: null, sessionId: null })}>← {t('training.backToLibrary')}</a>
      </nav>
      {s.error && <ErrorMessage error={s.error} onRetry={s.session ? undefined : () => void s.load()} onDismiss={s.session ? s.clearError : undefined} />}
      {!s.session ? (
        !s.error && <p className="muted" aria-live="polite">{t('app.loading')}</p>
      ) : s.session.status === 'active' ? (
        <SessionView session={s.session} busy={s.busy} onReply={s.reply} onStop={s.stop} />
      ) : (
        <ResultView session={s.session} />
      )}
    </div>
  );
}
