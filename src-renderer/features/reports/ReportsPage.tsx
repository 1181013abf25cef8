import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApiError } from '@contract/errors';
import type { MyDay, ReportAgents, ReportSummary, Rising, Voice } from '@contract/reports';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatNumber } from '../../i18n/format';
import { useIsSupervisor } from '../session/sessionStore';
import { useSettings } from '../settings/settingsStore';
import { useWorkspace } from '../workspace/workspaceStore';
import { MyDayView } from './MyDayView';
import { agentsTables, myDayTables, voiceTables } from './teamTables';
import { exportSheets } from './exportSheets';
import { kpis, reportTables, toSheets, type ReportTable } from './reportTables';

type Period = 'today' | '7d' | '30d' | 'custom';
type Tab = 'myDay' | 'desk' | 'agents' | 'voice';
type Loaded =
  | { tab: 'desk'; s: ReportSummary; prev: ReportSummary; rising: Rising }
  | { tab: 'myDay'; day: MyDay }
  | { tab: 'agents'; agents: ReportAgents }
  | { tab: 'voice'; voice: Voice };
const DAY = 86_400_000;

function rangeOf(period: Period, customFrom: string, customTo: string, now: number): { from: number; to: number } {
  const d = new Date(now);
  const startOfToday = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  if (period === 'today') return { from: startOfToday, to: startOfToday + DAY };
  if (period === '7d') return { from: startOfToday - 6 * DAY, to: startOfToday + DAY };
  if (period === '30d') return { from: startOfToday - 29 * DAY, to: startOfToday + DAY };
  const from = new Date(`${customFrom}T00:00`).getTime();
  const to = new Date(`${customTo}T00:00`).getTime() + DAY;
  return Number.isFinite(from) && Number.isFinite(to) && to > from ? { from, to } : { from: startOfToday, to: startOfToday + DAY };
}

/** In Electron, a PDF saved where the user chooses (printToPDF); in a browser, its print dialog (which saves PDFs too). */
async function printReport(fileName: string): Promise<void> {
  if (window.agentApi?.printToPdf) await window.agentApi.printToPdf(fileName);
  else window.print();
}

/** The desk's figures for a period against the one before, as charts or tables, with rising issues. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const supervisor = useIsSupervisor();
  const targets = useSettings((s) => s.settings?.targets);
  // An agent opens on their own day; a supervisor on the desk.
  const [tab, setTab] = useState<Tab>(supervisor ? 'desk' : 'myDay');
  const tabs: Tab[] = supervisor ? ['desk', 'myDay', 'agents', 'voice'] : ['myDay', 'desk', 'voice'];
  const [period, setPeriod] = useState<Period>(supervisor ? '7d' : 'today');
  const today = new Date().toISOString().slice(0, 10);
  const [customFrom, setCustomFrom] = useState(today);
  const [customTo, setCustomTo] = useState(today);
  const [view, setView] = useState<'charts' | 'tables'>('charts');
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const open = useWorkspace((s) => s.open);

  const load = useCallback(async () => {
    try {
      const { now } = await call('app.info', {});
      const { from, to } = rangeOf(period, customFrom, customTo, now);
      const tzOffsetMinutes = -new Date(from).getTimezoneOffset();
      const range = { from, to, tzOffsetMinutes };
      if (tab === 'desk') {
        const [s, prev, rising] = await Promise.all([
          call('reports.summary', range),
          call('reports.summary', { from: from - (to - from), to: from, tzOffsetMinutes }),
          call('reports.rising', range),
        ]);
        setData({ tab, s, prev, rising });
      } else if (tab === 'myDay') setData({ tab, day: await call('reports.myDay', range) });
      else if (tab === 'agents') setData({ tab, agents: await call('reports.agents', range) });
      else setData({ tab, voice: await call('reports.voice', range) });
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }, [tab, period, customFrom, customTo]);
  useEffect(() => {
    void load();
  }, [load]);

  const tables = useMemo(() => {
    if (!data || data.tab !== tab) return [];
    if (data.tab === 'desk') return reportTables(t, i18n.language, data.s, data.prev);
    if (data.tab === 'myDay') return targets ? myDayTables(t, data.day, targets) : [];
    if (data.tab === 'agents') return agentsTables(t, data.agents);
    return voiceTables(t, data.voice);
  }, [data, tab, t, i18n.language, targets]);
  const filename = `${t(`reports.tabs.${tab}`)}-${period === 'custom' ? `${customFrom}_${customTo}` : t(`reports.periods.${period}`)}`;
  const fmt = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v, i18n.language)}${unit === '%' ? '%' : unit === 's' ? t('reports.secondsUnit') : ''}`);

  return (
    <div className="reports-page">
      <header className="page-header">
        <h1>{t('reports.title')}</h1>
        <div className="filters" role="group" aria-label={t('reports.period')}>
          <select aria-label={t('reports.period')} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {(['today', '7d', '30d', 'custom'] as const).map((p) => <option key={p} value={p}>{t(`reports.periods.${p}`)}</option>)}
          </select>
          {period === 'custom' && (
            <>
              <input type="date" aria-label={t('reports.from')} value={customFrom} onChange={(e) => setCustomFrom(e.target.value)} />
              <input type="date" aria-label={t('reports.to')} value={customTo} onChange={(e) => setCustomTo(e.target.value)} />
            </>
          )}
          {tab === 'desk' && (
          <div className="segmented" role="radiogroup" aria-label={t('reports.view')}>
            {(['charts', 'tables'] as const).map((v) => (
              <label key={v} className={view === v ? 'on' : undefined}>
                <input type="radio" name="report-view" checked={view === v} onChange={() => setView(v)} />
                {t(`reports.views.${v}`)}
              </label>
            ))}
          </div>
          )}
          <button type="button" disabled={tables.length === 0} onClick={() => void exportSheets('csv', filename, toSheets(tables))}>{t('reports.exportCsv')}</button>
          <button type="button" disabled={tables.length === 0} onClick={() => void exportSheets('xlsx', filename, toSheets(tables))}>{t('reports.exportXlsx')}</button>
          <button type="button" onClick={() => void printReport(filename)}>{t('reports.print')}</button>
        </div>
      </header>
      <div className="report-tabs" role="tablist" aria-label={t('reports.tabsLabel')}>
        {tabs.map((x) => (
          <button key={x} type="button" role="tab" id={`report-tab-${x}`} aria-selected={tab === x} aria-controls="report-panel" className={tab === x ? 'on' : undefined}
            onClick={() => {
              setData(null);
              setTab(x);
            }}>
            {t(`reports.tabs.${x}`)}
          </button>
        ))}
      </div>
      {error && <ErrorMessage error={error} onRetry={() => void load()} />}
      <div id="report-panel" role="tabpanel" aria-labelledby={`report-tab-${tab}`}>
      {data?.tab === 'myDay' && targets && <MyDayView day={data.day} targets={targets} />}
      {data?.tab === 'agents' && tables.map((x) => <TableView key={x.id} table={x} highlight={(row) => data.agents.agents[row]?.belowTeamResolution === true} />)}
      {data?.tab === 'voice' && <VoiceView voice={data.voice} />}
      {data?.tab === 'desk' && (
        <>
          <ul className="kpi-grid" aria-label={t('reports.tables.kpis')}>
            {kpis(t, data.s, data.prev).map((k) => (
              <li key={k.key} className="kpi">
                <span className="muted">{k.label}</span>
                <strong>{fmt(k.value, k.unit)}</strong>
                <small className="muted">{t('reports.previous', { value: fmt(k.previous, k.unit) })}</small>
              </li>
            ))}
          </ul>
          {view === 'charts' ? <Charts s={data.s} /> : tables.slice(1).map((x) => <TableView key={x.id} table={x} />)}
          <RisingIssues rising={data.rising} onOpen={(id) => void open('interaction', id)} />
        </>
      )}
      </div>
    </div>
  );
}

function TableView({ table, highlight }: { table: ReportTable; highlight?: (row: number) => boolean }) {
  return (
    <section className="card report-table" aria-labelledby={`rt-${table.id}`}>
      <h2 id={`rt-${table.id}`}>{table.title}</h2>
      <table className="data-table compact" aria-labelledby={`rt-${table.id}`}>
        <thead>
          <tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => <tr key={i} className={highlight?.(i) ? 'row-flagged' : undefined}>{r.map((c, j) => <td key={j} className={typeof c === 'number' ? 'num' : undefined}>{c}</td>)}</tr>)}
        </tbody>
      </table>
    </section>
  );
}

/** Bars in the theme's accent colour; text uses the page's CJK font stack (SVG text, not canvas). */
function Charts({ s }: { s: ReportSummary }) {
  const { t } = useTranslation();
  const charts = [
    { id: 'byDay', title: t('reports.tables.byDay'), data: s.volume.byDay.map((d) => ({ name: d.day.slice(5), value: d.count })) },
    { id: 'byChannel', title: t('reports.tables.byChannel'), data: s.volume.byChannel.map((c) => ({ name: t(`channel.${c.channel}`), value: c.count })) },
    { id: 'byCategory', title: t('reports.tables.byCategory'), data: s.volume.byCategory.map((c) => ({ name: t(`category.${c.category}`), value: c.count })) },
    { id: 'byHour', title: t('reports.tables.byHour'), data: s.volume.byHour.map((value, h) => ({ name: String(h), value })) },
  ];
  return (
    <div className="chart-grid">
      {charts.map((c) => (
        <figure key={c.id} className="card chart" role="img" aria-label={t('reports.chartOf', { title: c.title, summary: c.data.map((d) => `${d.name} ${d.value}`).join(', ') })}>
          <figcaption>{c.title}</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={c.data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: 'var(--muted)', fontSize: 11 }} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={{ fill: 'var(--muted)', fontSize: 11 }} />
              <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }} />
              <Bar dataKey="value" name={t('reports.count')} fill="var(--accent)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      ))}
    </div>
  );
}

function RisingIssues({ rising, onOpen }: { rising: Rising; onOpen(interactionId: string): void }) {
  const { t, i18n } = useTranslation();
  const change = (now: number, before: number) => (before === 0 ? t('reports.new') : `+${formatNumber(Math.round(((now - before) / before) * 100), i18n.language)}%`);
  return (
    <section className="card" aria-labelledby="rising-h">
      <h2 id="rising-h">{t('reports.rising')}</h2>
      {rising.phrases.length === 0 && rising.categories.length === 0 && rising.slaFell.length === 0 && <p className="muted">{t('reports.nothingRising')}</p>}
      <ul className="rising-list" aria-label={t('reports.risingPhrases')}>
        {rising.phrases.map((p) => (
          <li key={p.text}>
            <details>
              <summary>
                <strong>{p.text}</strong> <span className="badge">{change(p.count, p.previous)}</span>{' '}
                <span className="muted">{t('reports.mentions', { count: p.count, previous: p.previous })}</span>
              </summary>
              <ul className="plain-list">
                {p.examples.map((e) => (
                  <li key={e.interactionId}>
                    <button type="button" className="link" onClick={() => onOpen(e.interactionId)}>{e.customerName ?? t('reports.unknownCustomer')}</button>
                    <span className="muted">{e.snippet}</span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      {rising.categories.length > 0 && (
        <p>{t('reports.risingCategories')}: {rising.categories.map((c) => `${t(`category.${c.category}`)} ${change(c.count, c.previous)}`).join(t('cases.fieldSeparator'))}</p>
      )}
      {rising.slaFell.length > 0 && (
        <p>{t('reports.slaFell')}: {rising.slaFell.map((c) => `${t(`channel.${c.channel}`)} ${Math.round(c.before * 100)}% → ${Math.round(c.now * 100)}%`).join(t('cases.fieldSeparator'))}</p>
      )}
    </section>
  );
}

/** Cases by product and cause with the customers' own words, for product and operations. */
function VoiceView({ voice }: { voice: Voice }) {
  const { t } = useTranslation();
  const open = useWorkspace((s) => s.open);
  return (
    <section className="card" aria-labelledby="voice-h">
      <h2 id="voice-h">{t('reports.voice.title')}</h2>
      {voice.groups.length === 0 && <p className="muted">{t('reports.voice.empty')}</p>}
      <ul className="voice-list" aria-label={t('reports.voice.title')}>
        {voice.groups.map((g) => (
          <li key={`${g.product ?? ''}|${g.cause}`}>
            <div className="voice-head">
              <strong>{g.product ?? t('reports.voice.noProduct')}</strong>
              <span className="badge">{t(`caseTypes.${g.cause}`, { defaultValue: g.cause })}</span>
              <span className="muted">{t('reports.voice.counts', { count: g.count, complaints: g.complaints })}</span>
            </div>
            <ul className="plain-list">
              {g.quotes.map((q) => (
                <li key={q.caseId}>
                  <button type="button" className="link" onClick={() => void open('case', q.caseId)}>{q.caseNumber}</button>{' '}
                  <span className="muted">{q.customerName ?? t('reports.unknownCustomer')}</span> <q>{q.text}</q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
