import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Locale } from '@contract/primitives';
import type { TrainingScenarioSummary } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { Dialog } from '../../../app/Dialog';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { LocaleOptions } from '../../../app/LocaleOptions';
import { asLocale } from '../../../i18n/asLocale';

/**
 * Tick the scenarios a person should practise, one language at a time. Assignments outside the
 * language shown are kept; saving sends only what changed.
 */
export function AssignDialog(props: { profileId: string; name: string; onClose(): void; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(asLocale(i18n.language));
  const [scenarios, setScenarios] = useState<TrainingScenarioSummary[]>([]);
  const [initial, setInitial] = useState<Set<string> | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    // An empty assignment changes nothing and answers with everything currently assigned.
    Promise.all([call('training.scenarios', {}), call('training.assignments', { profileId: props.profileId })])
      .then(([list, current]) => {
        setScenarios(list.items);
        setInitial(new Set(current.assigned));
        setChecked(new Set(current.assigned));
      })
      .catch((err: unknown) => setError(toApiError(err)));
  }, [props.profileId]);

  const shown = useMemo(() => scenarios.filter((s) => s.language === language), [scenarios, language]);
  const toggle = (id: string, on: boolean) =>
    setChecked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function save() {
    if (!initial) return;
    const added = [...checked].filter((id) => !initial.has(id));
    const removed = [...initial].filter((id) => !checked.has(id));
    setSaving(true);
    setError(null);
    try {
      if (added.length > 0) await call('training.assign', { profileId: props.profileId, scenarioIds: added, assigned: true });
      if (removed.length > 0) await call('training.assign', { profileId: props.profileId, scenarioIds: removed, assigned: false });
      props.onSaved();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={t('training.supervisor.assign.title', { name: props.name })}
      onClose={props.onClose}
      footer={
        <>
          <span className="muted ts-assign-count">{t('training.supervisor.assign.count', { count: checked.size })}</span>
          <button type="button" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={!initial || saving} onClick={() => void save()}>{t('training.supervisor.assign.save')}</button>
        </>
      }
    >
      <label className="field">
        <span>{t('training.supervisor.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
          <LocaleOptions />
        </select>
      </label>
      {error && <ErrorMessage error={error} />}
      <fieldset className="list-field ts-assign-list">
        <legend>{t('training.supervisor.assign.legend', { language: t(`language.${language}`) })}</legend>
        {shown.map((s) => (
          <label key={s.id} className="ts-assign-item">
            <input type="checkbox" checked={checked.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            <span>
              {s.title}
              <small className="muted">{t(`training.supervisor.channels.${s.channel}`)} · {t('training.supervisor.difficulty', { n: s.difficulty })}{s.builtin ? '' : ` · ${t('training.supervisor.scenarios.custom')}`}</small>
            </span>
          </label>
        ))}
        {shown.length === 0 && <p className="muted">{t('training.supervisor.assign.none')}</p>}
      </fieldset>
    </Dialog>
  );
}
