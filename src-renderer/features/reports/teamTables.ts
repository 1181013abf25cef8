import type { TFunction } from 'i18next';
import type { AgentFigures, MyDay, ReportAgents, Voice } from '@contract/reports';
import type { Settings } from '@contract/settings';
import type { Cell } from './exportSheets';
import type { ReportTable } from './reportTables';

const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);
const dash = (v: number | null | undefined): Cell => (v === null || v === undefined ? '—' : v);

/** One agent's headline figures; the same definitions for "mine", "the team" and each colleague. */
export function agentKpis(a: AgentFigures) {
  return {
    handled: a.handled,
    resolutionRate: pct(a.resolved, a.handled),
    firstResponse: a.avgFirstResponseSeconds,
    slaAttainment: pct(a.slaMet, a.slaTotal),
    casesClosed: a.casesClosed,
    satisfaction: a.satisfactionAverage,
  };
}
export type AgentKpi = keyof ReturnType<typeof agentKpis>;

/** Whether a figure meets the team's target; null when there is no target or no figure. */
export function meetsTarget(key: AgentKpi, value: number | null, targets: Settings['targets']): boolean | null {
  if (value === null) return null;
  if (key === 'resolutionRate') return value >= targets.resolutionPercent;
  if (key === 'slaAttainment') return value >= targets.slaPercent;
  if (key === 'firstResponse') return value <= targets.firstResponseSeconds;
  if (key === 'satisfaction') return value >= targets.satisfaction;
  return null;
}

export function targetOf(key: AgentKpi, targets: Settings['targets']): number | null {
  return { resolutionRate: targets.resolutionPercent, slaAttainment: targets.slaPercent, firstResponse: targets.firstResponseSeconds, satisfaction: targets.satisfaction }[
    key as 'resolutionRate'
  ] ?? null;
}

export const AGENT_KPIS: AgentKpi[] = ['handled', 'resolutionRate', 'firstResponse', 'slaAttainment', 'casesClosed', 'satisfaction'];

export function myDayTables(t: TFunction, day: MyDay, targets: Settings['targets']): ReportTable[] {
  const mine = agentKpis(day.mine);
  const team = agentKpis(day.team);
  return [
    {
      id: 'myDay', title: t('reports.myDay.title', { name: day.agent || t('reports.unassigned') }),
      head: [t('reports.figure'), t('reports.myDay.mine'), t('reports.myDay.team'), t('reports.myDay.target')],
      rows: AGENT_KPIS.map((k) => [t(`reports.agentKpi.${k}`), dash(mine[k]), dash(team[k]), dash(targetOf(k, targets))]),
    },
  ];
}

export function agentsTables(t: TFunction, r: ReportAgents): ReportTable[] {
  const row = (name: string, a: AgentFigures, flag: string): Cell[] => {
    const k = agentKpis(a);
    return [name, ...AGENT_KPIS.map((x) => dash(k[x])), flag];
  };
  return [
    {
      id: 'agents', title: t('reports.agents.title'),
      head: [t('reports.agent'), ...AGENT_KPIS.map((k) => t(`reports.agentKpi.${k}`)), t('reports.agents.note')],
      rows: [
        ...r.agents.map((a) => row(a.agent, a, a.belowTeamResolution ? t('reports.agents.belowTeam') : '')),
        row(t('reports.agents.teamRow'), r.team, ''),
      ],
    },
  ];
}

export function voiceTables(t: TFunction, v: Voice): ReportTable[] {
  return [
    {
      id: 'voice', title: t('reports.voice.title'),
      head: [t('reports.voice.product'), t('reports.voice.cause'), t('reports.count'), t('reports.voice.complaints'), t('reports.average'), t('reports.voice.quotes')],
      rows: v.groups.map((g) => [
        g.product ?? t('reports.voice.noProduct'), t(`caseTypes.${g.cause}`, { defaultValue: g.cause }), g.count, g.complaints, dash(g.satisfactionAverage),
        g.quotes.map((q) => `「${q.text}」`).join(' '),
      ]),
    },
  ];
}
