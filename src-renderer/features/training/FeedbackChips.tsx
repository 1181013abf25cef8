import { useTranslation } from 'react-i18next';
import type { TrainingFeedback } from '@contract/training';
import { feedbackText } from './feedbackText';

const MARK = { good: '✓', warn: '!', bad: '✗' } as const;

/** Notes on one line, coloured by tone; the tone is also said in words for screen readers. */
export function FeedbackChips({ feedback }: { feedback: TrainingFeedback[] }) {
  const { t } = useTranslation();
  if (feedback.length === 0) return null;
  return (
    <ul className="feedback-chips" aria-label={t('training.result.feedback')}>
      {feedback.map((f, i) => (
        <li key={i} className={`fb fb-${f.tone}`}>
          <span aria-hidden="true" className="fb-mark">{MARK[f.tone]}</span>
          <span className="sr-only">{t(`training.tones.${f.tone}`)}</span>
          {feedbackText(t, f)}
        </li>
      ))}
    </ul>
  );
}
