import { useTranslation } from 'react-i18next';
import type { MyDay } from '@contract/reports';
import type { Settings } from '@contract/settings';
import { formatNumber } from '../../i18n/format';
import { AGENT_KPIS, agentKpis, meetsTarget, targetOf, type AgentKpi } from './teamTables';

const UNIT: Record<AgentKpi, '' | '%' | 's'> = { handled: '', resolutionRate: '%', firstResponse: 's', slaAttainment: '%', casesClosed: '', satisfaction: '' };

/** The agent's own figures for the period, each beside the team's and the target, met or not. */
export function MyDayView({ day, targets }: { day: MyDay; targets: Settings['targets'] }) {
  const { t, i18n } = useTranslation();
  const mine = agentKpis(day.mine);
  const team = agentKpis(day.team);
  const fmt = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v, i18n.language)}${unit === '%' ? '%' : unit === 's' ? t('reports.secondsUnit') : ''}`);
  return (
    <section aria-labelledby="my-day-h">
      <h2 id="my-day-h" className="section-title">{t('reports.myDay.title', { name: day.agent || t('reports.unassigned') })}</h2>
      <ul className="kpi-grid" aria-label={t('reports.myDay.title', { name: day.agent || t('reports.unassigned') })}>
        {AGENT_KPIS.map((k) => {
          const met = meetsTarget(k, mine[k], targets);
          const target = targetOf(k, targets);
          return (
            <li key={k} className={`kpi${met === false ? ' kpi-missed' : met ? ' kpi-met' : ''}`}>
              <span className="muted">{t(`reports.agentKpi.${k}`)}</span>
              <strong>{fmt(mine[k], UNIT[k])}</strong>
              <small className="muted">{t('reports.myDay.teamValue', { value: fmt(team[k], UNIT[k]) })}</small>
              {target !== null && (
                <small className={met === false ? 'target-missed' : 'muted'}>
                  {met === null ? t('reports.myDay.targetValue', { value: fmt(target, UNIT[k]) }) : t(met ? 'reports.myDay.targetMet' : 'reports.myDay.targetMissed', { value: fmt(target, UNIT[k]) })}
                </small>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
