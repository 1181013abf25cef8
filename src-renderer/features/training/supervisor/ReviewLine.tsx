import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { TrainingLine, TrainingSession } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { feedbackText } from '../feedbackText';

type Comment = TrainingSession['comments'][number];

/** One line of a reviewed transcript: who said it, the feedback on it, comments, and a place to add one. */
export function ReviewLine(props: { session: TrainingSession; line: TrainingLine; comments: Comment[]; onUpdated(s: TrainingSession): void }) {
  const { t, i18n } = useTranslation();
  const { session, line } = props;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const n = line.index + 1;
  const who = line.speaker === 'customer' ? session.persona.name : session.profileName;

  async function save() {
    setSaving(true);
    setError(null);
    try {
      props.onUpdated(await call('training.comment', { sessionId: session.id, lineIndex: line.index, text }));
      setText('');
      setOpen(false);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className={`ts-line ts-${line.speaker}`}>
      <div className="ts-line-head">
        <span className="ts-line-no" aria-hidden="true">{n}</span>
        <strong>{who}</strong>
        <span className="muted">{line.speaker === 'customer' ? t('training.supervisor.review.customer') : t('training.supervisor.review.trainee')}</span>
        {line.elapsedMs !== null && <span className="muted">{t('training.supervisor.review.took', { n: formatNumber(Math.round(line.elapsedMs / 1000), i18n.language) })}</span>}
        {line.speaker === 'customer' && <span className={`badge ts-anger-${line.anger}`}>{t('training.supervisor.review.anger', { n: line.anger })}</span>}
        <button type="button" className="ghost small ts-comment-button" aria-label={t('training.supervisor.review.commentOn', { n })} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('training.supervisor.review.comment')}
        </button>
      </div>
      <p className="ts-line-text">{line.text}</p>
      {line.feedback.length > 0 && (
        <ul className="ts-feedback" aria-label={t('training.supervisor.review.feedbackOn', { n })}>
          {line.feedback.map((f, i) => (
            <li key={i} className={`ts-${f.tone}`}>
              <span className="sr-only">{t(`training.supervisor.tone.${f.tone}`)}</span>
              {feedbackText(t, f)}
            </li>
          ))}
        </ul>
      )}
      {props.comments.length > 0 && (
        <ul className="ts-comments" aria-label={t('training.supervisor.review.commentsOn', { n })}>
          {props.comments.map((c) => (
            <li key={c.id}>
              <p>{c.text}</p>
              <small className="muted">
                {c.author} · <time dateTime={new Date(c.at).toISOString()}>{formatDateTime(c.at, i18n.language)}</time>
              </small>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form className="ts-comment-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label className="field">
            <span>{t('training.supervisor.review.commentLabel', { n })}</span>
            <textarea rows={2} value={text} maxLength={2000} autoFocus onChange={(e) => setText(e.target.value)} />
          </label>
          {error && <ErrorMessage error={error} />}
          <div className="row-actions">
            <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
            <button type="submit" className="primary" disabled={saving || text.trim() === ''}>{t('training.supervisor.review.addComment')}</button>
          </div>
        </form>
      )}
    </li>
  );
}
