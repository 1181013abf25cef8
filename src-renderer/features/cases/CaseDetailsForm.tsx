import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_GRADES, CASE_TYPES } from '@contract/values/cases';
import type { CaseDetail, CaseGrade, CaseType } from '@contract/cases';
import { useAutosave } from './useAutosave';

type Patch = { title?: string; description?: string; demand?: string; peopleInvolved?: string; owner?: string; type?: CaseType; grade?: CaseGrade };

/** What happened, who was involved and what the customer wants: saved as the agent types. */
export function CaseDetailsForm({ c, update }: { c: CaseDetail; update(patch: Patch): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(c.title);
  const [description, setDescription] = useState(c.description);
  const [demand, setDemand] = useState(c.demand);
  const [people, setPeople] = useState(c.peopleInvolved);
  const [owner, setOwner] = useState(c.owner);
  const flushTitle = useAutosave(title, (v) => v.trim() && update({ title: v }));
  const flushDescription = useAutosave(description, (v) => update({ description: v }));
  const flushDemand = useAutosave(demand, (v) => update({ demand: v }));
  const flushPeople = useAutosave(people, (v) => update({ peopleInvolved: v }));
  const flushOwner = useAutosave(owner, (v) => update({ owner: v }));
  return (
    <section className="card" aria-labelledby="case-details-h">
      <h3 id="case-details-h">{t('cases.details')}</h3>
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.type')}</span>
          <select value={c.type} onChange={(e) => update({ type: e.target.value as CaseType })}>
            {CASE_TYPES.map((x) => <option key={x} value={x}>{t(`caseTypes.${x}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('cases.grade')}</span>
          <select value={c.grade} onChange={(e) => update({ grade: e.target.value as CaseGrade })}>
            {CASE_GRADES.map((g) => <option key={g} value={g}>{g} · {t(`grades.${g}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('cases.owner')}</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} onBlur={flushOwner} maxLength={100} />
        </label>
      </div>
      <label className="field">
        <span>{t('cases.subject')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} onBlur={flushTitle} maxLength={200} />
      </label>
      <label className="field">
        <span>{t('cases.description')}</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} onBlur={flushDescription} />
      </label>
      <div className="form-grid">
        <label className="field">
          <span>{t('cases.people')}</span>
          <input value={people} onChange={(e) => setPeople(e.target.value)} onBlur={flushPeople} />
        </label>
        <label className="field">
          <span>{t('cases.demand')}</span>
          <input value={demand} onChange={(e) => setDemand(e.target.value)} onBlur={flushDemand} />
        </label>
      </div>
    </section>
  );
}
