import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, OPEN_CASE_STATUSES, URGENCIES } from '@contract/values/cases';
import type { CaseDetail, Handoff } from '@contract/cases';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { formatDateTime } from '../../i18n/format';
import { formatCountdown } from '../inbox/sla';
import { fromLocalInput, toLocalInput } from '../reminders/snooze';
import { handoffText } from './handoffText';

const HOUR = 3_600_000;
const DUE_BY_URGENCY: Record<(typeof URGENCIES)[number], number> = { urgent: 2 * HOUR, high: 4 * HOUR, normal: 24 * HOUR, low: 72 * HOUR };

/** Hand the case to a department, record its reply and result, and copy it as text for mail or chat. */
export function HandoffsSection({ c, now, onChanged }: { c: CaseDetail; now: number; onChanged(c: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [department, setDepartment] = useState<(typeof DEPARTMENTS)[number]>('logistics');
  const [urgency, setUrgency] = useState<(typeof URGENCIES)[number]>('normal');
  const [due, setDue] = useState(toLocalInput(now + DUE_BY_URGENCY.normal));
  const [background, setBackground] = useState(c.description);
  const [demand, setDemand] = useState(c.demand);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsByPath(t, error);
  const canAdd = OPEN_CASE_STATUSES.includes(c.status);

  async function send() {
    const dueAt = fromLocalInput(due);
    if (dueAt === null) return setError({ code: 'VALIDATION', message: 'date', details: { issues: [{ path: ['dueAt'], code: 'invalid', message: 'date' }] } });
    try {
      onChanged(await call('cases.handOff', { caseId: c.id, department, urgency, dueAt, background, demand }));
      setAdding(false);
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <section className="card" aria-labelledby="handoffs-h">
      <h3 id="handoffs-h">{t('cases.handoffs')}</h3>
      {c.handoffs.length === 0 && !adding && <p className="muted">{t('cases.noHandoffs')}</p>}
      <ul className="handoff-list">
        {c.handoffs.map((h) => <HandoffItem key={h.id} c={c} h={h} now={now} onChanged={onChanged} locale={i18n.language} />)}
      </ul>
      {canAdd && !adding && <button type="button" onClick={() => setAdding(true)}>{t('cases.handOff')}</button>}
      {adding && (
        <div className="handoff-form" role="group" aria-label={t('cases.handOff')}>
          {error && !error.details?.issues?.length && <ErrorMessage error={error} />}
          <div className="form-grid">
            <label className="field">
              <span>{t('cases.department')}</span>
              <select value={department} onChange={(e) => setDepartment(e.target.value as typeof department)}>
                {DEPARTMENTS.map((d) => <option key={d} value={d}>{t(`departments.${d}`)}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('cases.urgency')}</span>
              <select
                value={urgency}
                onChange={(e) => {
                  const u = e.target.value as typeof urgency;
                  setUrgency(u);
                  setDue(toLocalInput(now + DUE_BY_URGENCY[u]));
                }}
              >
                {URGENCIES.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('cases.handoffDue')}</span>
              <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} aria-invalid={errors.dueAt ? true : undefined} />
              {errors.dueAt && <small className="field-error">{errors.dueAt}</small>}
            </label>
          </div>
          <label className="field">
            <span>{t('cases.background')}</span>
            <textarea rows={3} value={background} onChange={(e) => setBackground(e.target.value)} aria-invalid={errors.background ? true : undefined} />
            {errors.background && <small className="field-error">{errors.background}</small>}
          </label>
          <label className="field">
            <span>{t('cases.demand')}</span>
            <input value={demand} onChange={(e) => setDemand(e.target.value)} />
          </label>
          <div className="row-actions">
            <button type="button" onClick={() => setAdding(false)}>{t('common.cancel')}</button>
            <button type="button" className="primary" onClick={() => void send()}>{t('cases.sendHandoff')}</button>
          </div>
        </div>
      )}
    </section>
  );
}

function HandoffItem({ c, h, now, locale, onChanged }: { c: CaseDetail; h: Handoff; now: number; locale: string; onChanged(c: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const [reply, setReply] = useState('');
  const [result, setResult] = useState('');
  const [showText, setShowText] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const overdue = h.status === 'open' && h.dueAt <= now;
  const text = handoffText(t, locale, c, h);
  const label = t(`departments.${h.department}`);

  async function record(done: boolean) {
    try {
      onChanged(await call('cases.replyHandoff', { id: h.id, reply, result, done }));
      setReply('');
      setResult('');
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <li className={`handoff${overdue ? ' overdue' : ''}`} aria-label={t('cases.handoffTo', { department: label })}>
      <div className="handoff-head">
        <strong>{label}</strong>
        <span className={`badge urgency-${h.urgency}`}>{t(`urgency.${h.urgency}`)}</span>
        <span className="badge">{t(`handoffStatus.${h.status}`)}</span>
        {h.status === 'open' && (
          <span className={`countdown ${overdue ? 'breached' : 'ok'}`} role="timer">{t('cases.handoffDueIn', { time: formatCountdown(h.dueAt - now, i18n.language) })}</span>
        )}
        <span className="muted">{formatDateTime(h.createdAt, locale)}</span>
      </div>
      <p className="pre">{h.background}</p>
      {h.reply && <p><span className="muted">{t('cases.reply')}:</span> {h.reply}</p>}
      {h.result && <p><span className="muted">{t('cases.result')}:</span> {h.result}</p>}
      <div className="row-actions">
        <button type="button" className="ghost" aria-expanded={showText} onClick={() => setShowText(!showText)}>{t('cases.exportHandoff')}</button>
      </div>
      {showText && (
        <div className="handoff-export">
          <textarea readOnly rows={10} value={text} aria-label={t('cases.handoffTextLabel', { department: label })} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>{t('common.copy')}</button>
        </div>
      )}
      {h.status !== 'done' && (
        <div className="handoff-reply" role="group" aria-label={t('cases.recordReply', { department: label })}>
          {error && <ErrorMessage error={error} />}
          <label className="field">
            <span>{t('cases.reply')}</span>
            <textarea rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('cases.result')}</span>
            <input value={result} onChange={(e) => setResult(e.target.value)} />
          </label>
          <div className="row-actions">
            <button type="button" disabled={!reply.trim() && !result.trim()} onClick={() => void record(false)}>{t('cases.saveReply')}</button>
            <button type="button" className="primary" disabled={!reply.trim() && !result.trim()} onClick={() => void record(true)}>{t('cases.replyDone')}</button>
          </div>
        </div>
      )}
    </li>
  );
}
