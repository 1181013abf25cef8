import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSIBILITIES, SOLUTIONS } from '@contract/values/cases';
import type { CaseDetail, Investigation } from '@contract/cases';
import { useAutosave } from './useAutosave';

/** Cause, responsibility, solution (with compensation), corrective action and the lesson for the team. */
export function InvestigationForm({ c, update }: { c: CaseDetail; update(patch: { investigation: Partial<Investigation> }): void }) {
  const { t } = useTranslation();
  const inv = c.investigation;
  const [cause, setCause] = useState(inv.cause);
  const [compensation, setCompensation] = useState(inv.compensation);
  const [amount, setAmount] = useState(inv.compensationAmount === null ? '' : String(inv.compensationAmount));
  const [corrective, setCorrective] = useState(inv.correctiveAction);
  const [improvement, setImprovement] = useState(inv.improvement);
  const save = (p: Partial<Investigation>) => update({ investigation: p });
  const flushCause = useAutosave(cause, (v) => save({ cause: v }));
  const flushCompensation = useAutosave(compensation, (v) => save({ compensation: v }));
  const flushAmount = useAutosave(amount, (v) => {
    const n = Number(v);
    if (v === '' || (Number.isFinite(n) && n >= 0)) save({ compensationAmount: v === '' ? null : n });
  });
  const flushCorrective = useAutosave(corrective, (v) => save({ correctiveAction: v }));
  const flushImprovement = useAutosave(improvement, (v) => save({ improvement: v }));
  const compensating = inv.solution === 'compensation-coupon' || inv.solution === 'compensation-amount';
  return (
    <section className="card" aria-labelledby="case-inv-h">
      <h3 id="case-inv-h">{t('cases.investigation')}</h3>
      <label className="field">
        <span>{t('cases.cause')}</span>
        <textarea rows={2} value={cause} onChange={(e) => setCause(e.target.value)} onBlur={flushCause} />
      </label>
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.responsibility')}</span>
          <select value={inv.responsibility ?? ''} onChange={(e) => save({ responsibility: (e.target.value || null) as Investigation['responsibility'] })}>
            <option value="">—</option>
            {RESPONSIBILITIES.map((r) => <option key={r} value={r}>{t(`responsibility.${r}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('cases.solution')}</span>
          <select value={inv.solution ?? ''} onChange={(e) => save({ solution: (e.target.value || null) as Investigation['solution'] })}>
            <option value="">—</option>
            {SOLUTIONS.map((s) => <option key={s} value={s}>{t(`solutions.${s}`)}</option>)}
          </select>
        </label>
        {compensating && (
          <label className="field">
            <span>{t('cases.compensation')}</span>
            <input value={compensation} onChange={(e) => setCompensation(e.target.value)} onBlur={flushCompensation} placeholder={t('cases.compensationHint')} />
          </label>
        )}
        {compensating && (
          <label className="field">
            <span>{t('cases.compensationAmount')}</span>
            <input type="number" min={0} step="0.01" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} onBlur={flushAmount} />
          </label>
        )}
      </div>
      <label className="field">
        <span>{t('cases.corrective')}</span>
        <textarea rows={2} value={corrective} onChange={(e) => setCorrective(e.target.value)} onBlur={flushCorrective} />
      </label>
      <label className="field">
        <span>{t('cases.improvement')}</span>
        <textarea rows={2} value={improvement} onChange={(e) => setImprovement(e.target.value)} onBlur={flushImprovement} />
      </label>
    </section>
  );
}
