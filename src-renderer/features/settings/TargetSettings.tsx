import { useTranslation } from 'react-i18next';
import type { Settings } from '@contract/settings';
import { useSettings } from './settingsStore';

const clamp = (v: string, min: number, max: number, step = 1) => Math.min(max, Math.max(min, Math.round(Number(v) / step) * step));

/** The team's targets each agent's day is measured against (Reports → My day). */
export function TargetSettings({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const { t } = useTranslation();
  const update = useSettings((s) => s.update);
  const targets = settings.targets;
  const save = (patch: Partial<Settings['targets']>) => void update({ targets: { ...targets, ...patch } });
  const field = (key: keyof Settings['targets'], min: number, max: number, step = 1) => (
    <label className="field" key={key}>
      <span>{t(`settings.targets.${key}`)}</span>
      <input type="number" min={min} max={max} step={step} value={targets[key]} disabled={readOnly}
        onChange={(e) => e.target.value !== '' && save({ [key]: clamp(e.target.value, min, max, step) })} />
    </label>
  );
  return (
    <section className="card" aria-labelledby="target-settings-h">
      <h2 id="target-settings-h">{t('settings.targets.title')}</h2>
      <div className="form-grid">
        {field('slaPercent', 0, 100)}
        {field('resolutionPercent', 0, 100)}
        {field('firstResponseSeconds', 1, 86_400)}
        {field('satisfaction', 1, 5, 0.1)}
      </div>
      <small className="muted">{t('settings.targets.hint')}</small>
    </section>
  );
}
