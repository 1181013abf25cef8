import { useTranslation } from 'react-i18next';
import { CASE_GRADES } from '@contract/values/cases';
import type { Settings } from '@contract/settings';
import { useSettings } from './settingsStore';

const clamp = (v: string, min: number, max: number) => Math.min(max, Math.max(min, Math.round(Number(v))));

/** Case deadlines per grade (the source documents' defaults), archiving and the follow-up delay. */
export function CaseSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((s) => s.update);
  const cases = settings.cases;
  const save = (patch: Partial<Settings['cases']>) => void update({ cases: { ...cases, ...patch } });
  return (
    <section className="card" aria-labelledby="case-settings-h">
      <h2 id="case-settings-h">{t('settings.cases')}</h2>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('cases.grade')}</th>
            <th scope="col">{t('settings.firstContactMinutes')}</th>
            <th scope="col">{t('settings.resolutionHours')}</th>
          </tr>
        </thead>
        <tbody>
          {CASE_GRADES.map((g) => (
            <tr key={g}>
              <th scope="row">{g} · {t(`grades.${g}`)}</th>
              <td>
                <input type="number" min={1} max={10080} aria-label={t('settings.firstContactFor', { grade: g })} value={cases.firstContactMinutes[g]}
                  onChange={(e) => e.target.value !== '' && save({ firstContactMinutes: { ...cases.firstContactMinutes, [g]: clamp(e.target.value, 1, 10080) } })} />
              </td>
              <td>
                <input type="number" min={1} max={2000} aria-label={t('settings.resolutionFor', { grade: g })} value={cases.resolutionHours[g]}
                  onChange={(e) => e.target.value !== '' && save({ resolutionHours: { ...cases.resolutionHours, [g]: clamp(e.target.value, 1, 2000) } })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <small className="muted">{t('settings.caseDeadlineHint')}</small>
      <div className="form-grid">
        <label className="field">
          <span>{t('settings.archiveAfterDays')}</span>
          <input type="number" min={1} max={3650} value={cases.archiveAfterDays} onChange={(e) => e.target.value !== '' && save({ archiveAfterDays: clamp(e.target.value, 1, 3650) })} />
        </label>
        <label className="field">
          <span>{t('settings.followUpDays')}</span>
          <input type="number" min={0} max={90} value={cases.followUpDays} onChange={(e) => e.target.value !== '' && save({ followUpDays: clamp(e.target.value, 0, 90) })} />
        </label>
      </div>
    </section>
  );
}
