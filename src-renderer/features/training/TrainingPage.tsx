import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useIsSupervisor } from '../session/sessionStore';
import { supervisorTabs } from './supervisor/supervisorTabs';
import { ScenarioLibrary } from './ScenarioLibrary';
import { ProgressView } from './ProgressView';
import { SessionPage } from './SessionPage';

interface Tab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** Practice against simulated customers, one's own progress, and (for supervisors) the team and the content. */
export function TrainingPage({ view, sessionId }: { view: string | null; sessionId: string | null }) {
  const { t } = useTranslation();
  const supervisor = useIsSupervisor();
  const tabRefs = useRef<(HTMLAnchorElement | null)[]>([]);

  if (sessionId) return <SessionPage key={sessionId} id={sessionId} />;

  const tabs: Tab[] = [
    { id: 'practice', label: t('training.tabs.practice'), render: () => <ScenarioLibrary /> },
    { id: 'progress', label: t('training.tabs.progress'), render: () => <ProgressView /> },
    ...(supervisor ? supervisorTabs.map((x) => ({ id: x.id, label: t(x.labelKey), render: x.render })) : []),
  ];
  const active = tabs.find((x) => x.id === view) ?? tabs[0]!;
  const go = (id: string) => {
    location.hash = hrefFor({ page: 'training', view: id === 'practice' ? null : id, sessionId: null });
  };
  // Arrow keys move between tabs, as in any tab list.
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (i + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab) go(tab.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="training-page">
      <header className="page-header training-header">
        <h1>{t('training.title')}</h1>
        <div role="tablist" aria-label={t('training.title')} className="training-tabs">
          {tabs.map((x, i) => (
            <a
              key={x.id}
              ref={(el) => { tabRefs.current[i] = el; }}
              role="tab"
              id={`training-tab-${x.id}`}
              aria-selected={x.id === active.id}
              aria-controls={x.id === active.id ? `training-panel-${x.id}` : undefined}
              tabIndex={x.id === active.id ? 0 : -1}
              href={hrefFor({ page: 'training', view: x.id === 'practice' ? null : x.id, sessionId: null })}
              onKeyDown={(e) => onKey(e, i)}
            >
              {x.label}
            </a>
          ))}
        </div>
      </header>
      <div role="tabpanel" id={`training-panel-${active.id}`} aria-labelledby={`training-tab-${active.id}`} className="training-panel">
        {active.render()}
      </div>
    </div>
  );
}
