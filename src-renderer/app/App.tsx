import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IncomingCallBanner } from '../features/calls/IncomingCallBanner';
import { PhoneBar } from '../features/calls/PhoneBar';
import { SignInScreen } from '../features/session/SignInScreen';
import { WorkspaceBand } from '../features/session/WorkspaceBand';
import { useSession } from '../features/session/sessionStore';
import { useSettings } from '../features/settings/settingsStore';
import { onCoreEvent } from '../api/client';
import { InboxPage } from '../features/inbox/InboxPage';
import { ReminderToasts } from '../features/reminders/ReminderToasts';
import { useClockOffset } from '../features/inbox/useNow';
import { TabStrip } from '../features/workspace/TabStrip';
import { useWorkspace } from '../features/workspace/workspaceStore';
import { ErrorMessage } from './ErrorMessage';
import { useShortcuts } from './useShortcuts';
import { NavRail } from './NavRail';
import { useRoute } from './route';

// Only the shell and the inbox are in the window's first script; every other page and view loads
// on first visit. The charts library alone was a third of the script (2.9 MB in one file), and
// compiling what the first screen does not show was the largest part of a cold start.
const CasesPage = lazy(() => import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const CaseView = lazy(() => import('../features/cases/CaseView').then((m) => ({ default: m.CaseView })));
const CustomersPage = lazy(() => import('../features/customers/CustomersPage').then((m) => ({ default: m.CustomersPage })));
const CustomerTabView = lazy(() => import('../features/workspace/CustomerTabView').then((m) => ({ default: m.CustomerTabView })));
const InteractionView = lazy(() => import('../features/workspace/InteractionView').then((m) => ({ default: m.InteractionView })));
const RemindersPage = lazy(() => import('../features/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })));
const NotesBoard = lazy(() => import('../features/notes/NotesBoard').then((m) => ({ default: m.NotesBoard })));
const CommandPalette = lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette })));
const ShortcutsHelp = lazy(() => import('./ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const TrainingPage = lazy(() => import('../features/training/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const ScriptsPage = lazy(() => import('../features/scripts/ScriptsPage').then((m) => ({ default: m.ScriptsPage })));
const KnowledgePage = lazy(() => import('../features/knowledge/KnowledgePage').then((m) => ({ default: m.KnowledgePage })));

export function App() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const error = useSettings((s) => s.error);
  const load = useSettings((s) => s.load);
  const session = useSession((s) => s.session);
  const sessionError = useSession((s) => s.error);
  const loadSession = useSession((s) => s.load);
  const route = useRoute((s) => s.route);
  const { tabs, load: loadTabs, loaded: tabsLoaded, error: workspaceError } = useWorkspace();
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null);
  const actions = useMemo(() => ({ palette: () => setOverlay('palette'), help: () => setOverlay('help') }), []);
  useShortcuts(actions);

  const signedIn = session?.profile != null;
  useEffect(() => {
    void load();
    void loadSession();
  }, [load, loadSession]);
  useEffect(() => {
    if (signedIn) void loadTabs();
  }, [signedIn, loadTabs]);
  // A tab opened elsewhere (another window, the palette, a script) may not be known here yet.
  const wantedTab = route.page === 'tab' ? route.tabId : null;
  const [refetchedFor, setRefetchedFor] = useState<string | null>(null);
  useEffect(() => {
    if (wantedTab && tabsLoaded && !tabs.some((x) => x.id === wantedTab) && refetchedFor !== wantedTab) {
      setRefetchedFor(wantedTab);
      void loadTabs();
    }
  }, [wantedTab, tabs, tabsLoaded, refetchedFor, loadTabs]);
  // The database was swapped for a backup: every store holds data of the old one, so start afresh.
  useEffect(() => onCoreEvent('app.restored', () => window.location.reload()), []);
  // A test clock moved in the core: countdowns follow it.
  useEffect(() => onCoreEvent('clock.changed', ({ now }) => useClockOffset.getState().set(now)), []);

  useEffect(() => {
    document.title = t('app.title');
  });

  if (!settings || !session) {
    const failed = error ?? sessionError;
    return (
      <main className="center-screen">
        {failed ? (
          <>
            <h1>{t('app.startFailed')}</h1>
            <ErrorMessage error={failed} onRetry={() => { void load(); void loadSession(); }} />
          </>
        ) : (
          <p aria-live="polite">{t('app.loading')}</p>
        )}
      </main>
    );
  }

  if (!session.profile) return <SignInScreen />;

  return (
    <div className={`app-shell${session.mode === 'training' ? ' in-training' : ''}`}>
      <NavRail />
      <main className="work-area">
        <WorkspaceBand />
        <PhoneBar />
        <IncomingCallBanner />
        {workspaceError && <ErrorMessage error={workspaceError} onDismiss={() => useWorkspace.setState({ error: null })} />}
        <TabStrip activeId={route.page === 'tab' ? route.tabId : null} />
        <div className="page-area">
        <Suspense fallback={<p className="muted" aria-live="polite">{t('app.loading')}</p>}>
        {route.page === 'tab' ? (
          (() => {
            const tab = tabs.find((x) => x.id === route.tabId);
            if (!tab) return tabsLoaded ? <p className="empty-state">{t('tabs.gone')}</p> : null;
            if (tab.kind === 'case') return <CaseView key={tab.id} tab={tab} />;
            return tab.kind === 'interaction' ? <InteractionView key={tab.id} tab={tab} /> : <CustomerTabView key={tab.id} tab={tab} />;
          })()
        ) : route.page === 'inbox' ? (
          <InboxPage />
        ) : route.page === 'reminders' ? (
          <RemindersPage />
        ) : route.page === 'reports' ? (
          <ReportsPage />
        ) : route.page === 'audit' ? (
          <AuditPage />
        ) : route.page === 'training' ? (
          <TrainingPage view={route.view} sessionId={route.sessionId} />
        ) : route.page === 'cases' ? (
          <CasesPage />
        ) : route.page === 'notes' ? (
          <div className="notes-page"><NotesBoard customerId={null} title={t('notes.scratchpad')} /></div>
        ) : route.page === 'settings' ? (
          <SettingsPage />
        ) : route.page === 'scripts' ? (
          <ScriptsPage />
        ) : route.page === 'knowledge' ? (
          <KnowledgePage articleId={route.articleId} />
        ) : (
          <CustomersPage customerId={route.customerId} />
        )}
        </Suspense>
        </div>
      </main>
      <ReminderToasts />
      <Suspense fallback={null}>
        {overlay === 'palette' && <CommandPalette onClose={() => setOverlay(null)} />}
        {overlay === 'help' && <ShortcutsHelp onClose={() => setOverlay(null)} />}
      </Suspense>
    </div>
  );
}
