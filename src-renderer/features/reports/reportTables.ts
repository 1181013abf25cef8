import type { TFunction } from 'i18next';
import type { ReportSummary } from '@contract/reports';
import { formatNumber } from '../../i18n/format';
import type { Cell, Sheet } from './exportSheets';

export interface ReportTable {
  id: string;
  title: string;
  head: string[];
  rows: Cell[][];
}

const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);
const dash = (v: number | null | undefined): Cell => (v === null || v === undefined ? '—' : v);

/** The headline figures with the previous period beside them. */
export function kpis(t: TFunction, s: ReportSummary, prev: ReportSummary | null) {
  const frAll = (x: ReportSummary) => {
    const n = x.firstResponse.reduce((a, f) => a + f.count, 0);
    return n ? Math.round(x.firstResponse.reduce((a, f) => a + (f.avgSeconds ?? 0) * f.count, 0) / n) : null;
  };
  const sla = (x: ReportSummary) => pct(x.firstResponse.reduce((a, f) => a + f.slaMet, 0), x.firstResponse.reduce((a, f) => a + f.slaTotal, 0));
  const row = (key: string, f: (x: ReportSummary) => number | null, unit: '' | '%' | 's' = '') => ({ key, label: t(`reports.kpi.${key}`), value: f(s), previous: prev ? f(prev) : null, unit });
  return [
    row('volume', (x) => x.volume.total),
    row('resolutionRate', (x) => pct(x.resolution.resolved, x.resolution.total), '%'),
    row('fcrRate', (x) => pct(x.resolution.firstContactResolved, x.resolution.total), '%'),
    row('firstResponse', frAll, 's'),
    row('slaAttainment', sla, '%'),
    row('callsAnswered', (x) => x.calls.answered),
    row('callsAbandoned', (x) => x.calls.abandoned),
    row('handleTime', (x) => x.calls.avgHandleSeconds, 's'),
    row('casesOpened', (x) => x.cases.opened),
    row('casesClosed', (x) => x.cases.closed),
    row('breaches', (x) => x.cases.breaches),
    row('satisfaction', (x) => x.satisfaction.average),
    row('satisfiedShare', (x) => pct(x.satisfaction.satisfied, x.satisfaction.count), '%'),
    row('followUpsOnTime', (x) => pct(x.followUps.doneOnTime, x.followUps.due), '%'),
  ];
}

/** Every table the report shows; the same rows are what CSV and XLSX exports contain. */
export function reportTables(t: TFunction, locale: string, s: ReportSummary, prev: ReportSummary | null): ReportTable[] {
  const n = (v: number) => formatNumber(v, locale);
  return [
    {
      id: 'kpis', title: t('reports.tables.kpis'), head: [t('reports.figure'), t('reports.thisPeriod'), t('reports.previousPeriod')],
      rows: kpis(t, s, prev).map((k) => [k.label, dash(k.value), dash(k.previous)]),
    },
    { id: 'byDay', title: t('reports.tables.byDay'), head: [t('reports.day'), t('reports.count')], rows: s.volume.byDay.map((d) => [d.day, d.count]) },
    { id: 'byChannel', title: t('reports.tables.byChannel'), head: [t('reports.channel'), t('reports.count')], rows: s.volume.byChannel.map((c) => [t(`channel.${c.channel}`), c.count]) },
    { id: 'byCategory', title: t('reports.tables.byCategory'), head: [t('reports.category'), t('reports.count')], rows: s.volume.byCategory.map((c) => [t(`category.${c.category}`), c.count]) },
    { id: 'byHour', title: t('reports.tables.byHour'), head: [t('reports.hour'), t('reports.count')], rows: s.volume.byHour.map((c, h) => [`${String(h).padStart(2, '0')}:00`, c]) },
    {
      id: 'firstResponse', title: t('reports.tables.firstResponse'),
      head: [t('reports.channel'), t('reports.answered'), t('reports.avgSeconds'), t('reports.p50Seconds'), t('reports.p90Seconds'), t('reports.slaAttainment')],
      rows: s.firstResponse.map((f) => [t(`channel.${f.channel}`), f.count, dash(f.avgSeconds), dash(f.p50Seconds), dash(f.p90Seconds), f.slaTotal ? `${pct(f.slaMet, f.slaTotal)}% (${n(f.slaMet)}/${n(f.slaTotal)})` : '—']),
    },
    {
      id: 'calls', title: t('reports.tables.calls'), head: [t('reports.figure'), t('reports.value')],
      rows: [
        [t('reports.calls.inbound'), s.calls.inbound], [t('reports.calls.outbound'), s.calls.outbound], [t('reports.calls.answered'), s.calls.answered],
        [t('reports.calls.abandoned'), s.calls.abandoned], [t('reports.calls.talk'), dash(s.calls.avgTalkSeconds)], [t('reports.calls.hold'), dash(s.calls.avgHoldSeconds)],
        [t('reports.calls.acw'), dash(s.calls.avgAfterCallSeconds)], [t('reports.calls.handle'), dash(s.calls.avgHandleSeconds)],
      ],
    },
    {
      id: 'cases', title: t('reports.tables.cases'), head: [t('cases.grade'), t('reports.casesResolved'), t('reports.avgHandlingHours')],
      rows: s.cases.byGrade.map((g) => [g.grade, g.resolved, dash(g.avgHandlingHours)]),
    },
    {
      id: 'satisfaction', title: t('reports.tables.satisfaction'), head: [t('reports.agent'), t('reports.count'), t('reports.average')],
      rows: s.satisfaction.byAgent.map((a) => [a.agent || t('reports.unassigned'), a.count, a.average]),
    },
    {
      id: 'status', title: t('reports.tables.status'), head: [t('reports.status'), t('reports.minutes')],
      rows: Object.entries(s.agentStatus).map(([k, v]) => [t(`agentStatus.${k}`), Math.round(v / 60)]),
    },
  ];
}

export const toSheets = (tables: ReportTable[]): Sheet[] => tables.map((x) => ({ name: x.title, rows: [x.head, ...x.rows] }));
