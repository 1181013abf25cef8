import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomersPage } from '../features/customers/CustomersPage';
import { KnowledgePage } from '../features/knowledge/KnowledgePage';
import { ScriptsPage } from '../features/scripts/ScriptsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useSettings } from '../features/settings/settingsStore';
import { ErrorMessage } from './ErrorMessage';
import { NavRail } from './NavRail';
import { useRoute } from './route';

export function App() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const error = useSettings((s) => s.error);
  const load = useSettings((s) => s.load);
  const route = useRoute((s) => s.route);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title = t('app.title');
  });

  if (!settings) {
    return (
      <main className="center-screen">
        {error ? (
          <>
            <h1>{t('app.startFailed')}</h1>
            <ErrorMessage error={error} onRetry={() => void load()} />
          </>
        ) : (
          <p aria-live="polite">{t('app.loading')}</p>
        )}
      </main>
    );
  }

  return (
    <div className="app-shell">
      <NavRail />
      <main className="work-area">
        {route.page === 'settings' ? (
          <SettingsPage />
        ) : route.page === 'scripts' ? (
          <ScriptsPage />
        ) : route.page === 'knowledge' ? (
          <KnowledgePage articleId={route.articleId} />
        ) : (
          <CustomersPage customerId={route.customerId} />
        )}
      </main>
    </div>
  );
}
