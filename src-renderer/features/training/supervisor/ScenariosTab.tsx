import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Locale } from '@contract/primitives';
import type { ScenarioContent, TrainingScenario, TrainingScenarioSummary } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ImportError } from './ImportError';
import { blankScenario } from './scenarioDraft';
import { ScenarioDetail } from './ScenarioDetail';
import { ScenarioEditor } from './ScenarioEditor';
import { LocaleOptions } from '../../../app/LocaleOptions';
import { asLocale } from '../../../i18n/asLocale';

type Editing = { id: string | null; initial: ScenarioContent };

/** The scenario library for supervisors: built-ins to read and copy, their own to edit, import and export. */
export function ScenariosTab() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(asLocale(i18n.language));
  const [items, setItems] = useState<TrainingScenarioSummary[]>([]);
  const [selected, setSelected] = useState<TrainingScenario | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const load = useCallback(
    () =>
      call('training.scenarios', { language })
        .then((r) => {
          setItems(r.items);
          setError(null);
        })
        .catch((err: unknown) => setError(toApiError(err))),
    [language],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: string) =>
    call('training.scenario', { id })
      .then((s) => {
        setSelected(s);
        setEditing(null);
        setSaved(false);
      })
      .catch((err: unknown) => setError(toApiError(err)));

  const afterSave = (s: TrainingScenario) => {
    setEditing(null);
    setSelected(s);
    setSaved(true);
    if (s.content.language !== language) setLanguage(s.content.language);
    else void load();
  };

  const importFile = async (file: File) => {
    try {
      afterSave(await call('training.importScenario', { json: await file.text() }));
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const fixedT = i18n.getFixedT(language);
  const startNew = () =>
    setEditing({
      id: null,
      initial: blankScenario(language, {
        opening: fixedT('training.supervisor.editor.blank.opening'),
        keyword: fixedT('training.supervisor.editor.blank.keyword'),
        fallback: fixedT('training.supervisor.editor.blank.fallback'),
        closing: fixedT('training.supervisor.editor.blank.closing'),
        goal: fixedT('training.supervisor.editor.blank.goal'),
      }),
    });

  const group = (builtin: boolean) => items.filter((s) => s.builtin === builtin);
  const row = (s: TrainingScenarioSummary) => (
    <li key={s.id}>
      <button type="button" className={`library-row${selected?.id === s.id ? ' selected' : ''}`} aria-current={selected?.id === s.id ? 'true' : undefined} onClick={() => void open(s.id)}>
        <span className="row-name">{s.title}</span>
        <span className="row-sub">
          <span>{t(`training.supervisor.channels.${s.channel}`)} · {s.personaName} · {t(`training.supervisor.moods.${s.mood}`)}</span>
          <span>{t('training.supervisor.difficulty', { n: s.difficulty })}</span>
        </span>
      </button>
    </li>
  );

  // The editor needs the whole width: a scenario has many turns, and the graph sits beside them.
  if (editing) return <ScenarioEditor key={editing.id ?? 'new'} id={editing.id} initial={editing.initial} onSaved={afterSave} onCancel={() => setEditing(null)} />;

  return (
    <div className="ts-scenarios">
      <section className="list-pane ts-scenario-list" aria-labelledby="ts-scenarios-h">
        <header className="pane-header">
          <h2 id="ts-scenarios-h" className="sr-only">{t('training.supervisor.scenarios.list')}</h2>
          <div className="filters">
            <select aria-label={t('training.supervisor.language')} value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
              <LocaleOptions />
            </select>
          </div>
          <div className="toolbar-actions">
            <button type="button" onClick={startNew}>{t('training.supervisor.scenarios.new')}</button>
            <button type="button" onClick={() => fileRef.current?.click()}>{t('training.supervisor.scenarios.import')}</button>
            <input ref={fileRef} type="file" accept=".json,application/json" hidden aria-label={t('training.supervisor.scenarios.import')}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void importFile(f);
              }} />
          </div>
        </header>
        {error && <ImportError error={error} onDismiss={() => setError(null)} />}
        <div className="ts-scroll">
          <h3 className="ts-group">{t('training.supervisor.scenarios.customGroup', { count: group(false).length })}</h3>
          {group(false).length === 0 ? <p className="pane-note muted">{t('training.supervisor.scenarios.noCustom')}</p> : <ul className="library-list" aria-label={t('training.supervisor.scenarios.customList')}>{group(false).map(row)}</ul>}
          <h3 className="ts-group">{t('training.supervisor.scenarios.builtinGroup', { count: group(true).length })}</h3>
          <ul className="library-list" aria-label={t('training.supervisor.scenarios.builtinList')}>{group(true).map(row)}</ul>
        </div>
      </section>
      <section className="detail-pane ts-scenario-pane">
        {selected ? (
          <ScenarioDetail
            key={selected.id}
            scenario={selected}
            saved={saved}
            onCopy={() => setEditing({ id: null, initial: { ...selected.content, title: t('training.supervisor.scenarios.copyOf', { title: selected.content.title }) } })}
            onEdit={() => setEditing({ id: selected.id, initial: selected.content })}
            onRemoved={() => {
              setSelected(null);
              void load();
            }}
          />
        ) : (
          <p className="empty-state">{t('training.supervisor.scenarios.pick')}</p>
        )}
      </section>
    </div>
  );
}
