import { useTranslation } from 'react-i18next';
import { TRAINING_SKILLS } from '@contract/values/training';
import type { TrainingSkill } from '@contract/training';
import { formatNumber } from '../../i18n/format';

/** 0–100 per skill as bars with the number beside; the text carries everything the bar shows. */
export function SkillBars({ skills, weights, label }: { skills: Partial<Record<TrainingSkill, number>>; weights?: Partial<Record<TrainingSkill, number>>; label: string }) {
  const { t, i18n } = useTranslation();
  const rows = TRAINING_SKILLS.filter((k) => skills[k] !== undefined && (!weights || (weights[k] ?? 0) > 0));
  return (
    <ul className="skill-bars" aria-label={label}>
      {rows.map((k) => {
        const v = skills[k] ?? 0;
        const tone = v >= 80 ? 'ok' : v >= 50 ? 'warn' : 'bad';
        return (
          <li key={k}>
            <span className="skill-name">{t(`training.skills.${k}`)}</span>
            <span className="skill-track" aria-hidden="true"><span className={`skill-fill ${tone}`} style={{ width: `${Math.max(0, Math.min(100, v))}%` }} /></span>
            <span className="skill-value num">{formatNumber(v, i18n.language)}</span>
            {weights && <span className="skill-weight muted">{t('training.result.weight', { weight: weights[k] ?? 0 })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
