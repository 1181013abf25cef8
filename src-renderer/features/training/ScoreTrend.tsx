import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrainingProgress } from '@contract/training';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';

/** Total score per finished session over time, as a chart or as a table (the same figures). */
export function ScoreTrend({ trend }: { trend: TrainingProgress['trend'] }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const data = trend.map((x, i) => ({ n: i + 1, name: formatDate(x.at, i18n.language), total: x.total, title: x.title }));
  return (
    <section className="card" aria-labelledby="trend-h">
      <div className="card-head">
        <h3 id="trend-h">{t('training.progress.trend')}</h3>
        <div className="segmented" role="radiogroup" aria-label={t('training.progress.view')}>
          {(['chart', 'table'] as const).map((v) => (
            <label key={v} className={view === v ? 'on' : undefined}>
              <input type="radio" name="trend-view" checked={view === v} onChange={() => setView(v)} />
              {t(`training.progress.views.${v}`)}
            </label>
          ))}
        </div>
      </div>
      {trend.length === 0 ? (
        <p className="muted">{t('training.progress.noSessions')}</p>
      ) : view === 'chart' ? (
        <figure className="chart" role="img" aria-label={t('training.progress.chartOf', { summary: data.map((d) => `${d.name} ${d.total}`).join(', ') })}>
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
              <XAxis dataKey="n" tick={{ fill: 'var(--muted)', fontSize: 11 }} />
              <YAxis domain={[0, 100]} tick={{ fill: 'var(--muted)', fontSize: 11 }} />
              <ReferenceLine y={80} stroke="var(--ok)" strokeDasharray="4 4" />
              <Tooltip
                contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }}
                labelFormatter={(_, p) => (p[0] ? `${p[0].payload.title} · ${p[0].payload.name}` : '')}
              />
              <Line type="monotone" dataKey="total" name={t('training.progress.total')} stroke="var(--accent)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ) : (
        <table className="data-table compact" aria-labelledby="trend-h">
          <thead>
            <tr>
              <th scope="col">{t('training.progress.when')}</th>
              <th scope="col">{t('training.progress.scenario')}</th>
              <th scope="col" className="num">{t('training.progress.total')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((x) => (
              <tr key={x.sessionId}>
                <td>{formatDateTime(x.at, i18n.language)}</td>
                <td>{x.title}</td>
                <td className="num">{formatNumber(x.total, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
