import { useTranslation } from 'react-i18next';
import { MAX_ANGER } from '@contract/values/training';
import { angerLevel } from './angerLevel';

/** How angry the customer is now: a meter with its value in words, coloured by level. */
export function AngerMeter({ anger }: { anger: number }) {
  const { t } = useTranslation();
  const level = angerLevel(anger);
  const label = t(`training.anger.${level}`);
  return (
    <div className={`anger-meter anger-${level}`}>
      <div className="anger-head">
        <span id="anger-label">{t('training.anger.label')}</span>
        <strong>{label}</strong>
      </div>
      <div role="meter" aria-labelledby="anger-label" aria-valuemin={0} aria-valuemax={MAX_ANGER} aria-valuenow={anger} aria-valuetext={`${label} (${anger}/${MAX_ANGER})`} className="anger-track">
        <div className="anger-fill" style={{ width: `${(Math.min(anger, MAX_ANGER) / MAX_ANGER) * 100}%` }} />
      </div>
    </div>
  );
}
