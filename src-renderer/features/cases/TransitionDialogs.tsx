import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@contract/cases';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useSettings } from '../settings/settingsStore';
import { fromLocalInput, toLocalInput } from '../reminders/snooze';

/** Resolving: the solution is on record; the follow-up visit (回访) becomes a reminder. */
export function ResolveDialog({ c, now, onClose, onDone }: { c: CaseDetail; now: number; onClose(): void; onDone(c: CaseDetail): void }) {
  const { t } = useTranslation();
  const days = useSettings((s) => s.settings?.cases.followUpDays ?? 3);
  const d = new Date(now);
  const [when, setWhen] = useState(toLocalInput(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 10).getTime()));
  const [followUp, setFollowUp] = useState(true);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function save() {
    try {
      onDone(await call('cases.transition', { id: c.id, to: 'resolved', followUpAt: followUp ? fromLocalInput(when) : null, note }));
    } catch (err) {
      setError(toApiError(err));
    }
  }
  return (
    <Dialog
      title={t('cases.resolveTitle', { number: c.number })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()}>{t('cases.actions.resolved')}</button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <p>{c.investigation.solution ? t('cases.solutionIs', { solution: t(`solutions.${c.investigation.solution}`) }) : t('cases.noSolutionYet')}</p>
      <label className="check">
        <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />
        {t('cases.scheduleFollowUp')}
      </label>
      {followUp && (
        <label className="field">
          <span>{t('cases.followUpAt')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span>{t('cases.transitionNote')}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </Dialog>
  );
}

/** Closing: the customer's rating (1–5) and comment, or that they declined to rate. */
export function CloseDialog({ c, onClose, onDone }: { c: CaseDetail; onClose(): void; onDone(c: CaseDetail): void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function save() {
    try {
      onDone(await call('cases.transition', { id: c.id, to: 'closed', satisfaction: score, satisfactionComment: comment }));
    } catch (err) {
      setError(toApiError(err));
    }
  }
  return (
    <Dialog
      title={t('cases.closeTitle', { number: c.number })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()}>{t('cases.actions.closed')}</button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <fieldset className="satisfaction">
        <legend>{t('cases.satisfaction')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="check">
            <input type="radio" name="satisfaction" checked={score === n} onChange={() => setScore(n)} />
            {t('cases.stars', { count: n })}
          </label>
        ))}
        <label className="check">
          <input type="radio" name="satisfaction" checked={score === null} onChange={() => setScore(null)} />
          {t('cases.declined')}
        </label>
      </fieldset>
      <label className="field">
        <span>{t('cases.satisfactionComment')}</span>
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
    </Dialog>
  );
}
