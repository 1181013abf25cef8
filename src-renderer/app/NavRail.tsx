import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/settingsStore';
import { Icon } from './Icon';
import { LanguageSelect } from './LanguageSelect';
import { useInboxCount } from '../features/inbox/useInboxCount';
import { useReminderCount } from '../features/reminders/useReminderCount';
import { hrefFor, useRoute } from './route';
import { ProfileMenu } from '../features/session/ProfileMenu';
import { useIsSupervisor } from '../features/session/sessionStore';

const ICONS = { inbox: 'inbox', reminders: 'bell', cases: 'case', notes: 'note', customers: 'users', scripts: 'script', knowledge: 'book', reports: 'chart', training: 'graduation', audit: 'shield', settings: 'settings' } as const;

export function NavRail() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  const collapsed = useSettings((s) => s.settings?.navCollapsed ?? false);
  const update = useSettings((s) => s.update);
  const waiting = useInboxCount();
  const overdue = useReminderCount();
  const supervisor = useIsSupervisor();
  const items = [
    { page: 'inbox' as const, href: hrefFor({ page: 'inbox' }) },
    { page: 'reminders' as const, href: hrefFor({ page: 'reminders' }) },
    { page: 'cases' as const, href: hrefFor({ page: 'cases' }) },
    { page: 'notes' as const, href: hrefFor({ page: 'notes' }) },
    { page: 'customers' as const, href: hrefFor({ page: 'customers', customerId: null }) },
    { page: 'scripts' as const, href: hrefFor({ page: 'scripts' }) },
    { page: 'knowledge' as const, href: hrefFor({ page: 'knowledge', articleId: null }) },
    { page: 'reports' as const, href: hrefFor({ page: 'reports' }) },
    { page: 'training' as const, href: hrefFor({ page: 'training', view: null, sessionId: null }) },
    ...(supervisor ? [{ page: 'audit' as const, href: hrefFor({ page: 'audit' }) }] : []),
    { page: 'settings' as const, href: hrefFor({ page: 'settings' }) },
  ];
  return (
    <nav className={`nav-rail${collapsed ? ' collapsed' : ''}`} aria-label={t('nav.main')}>
      <div className="brand" title={t('app.title')}>
        <Icon name="headset" size={20} />
        {!collapsed && <span>{t('app.title')}</span>}
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.page}>
            <a
              href={item.href}
              aria-current={route.page === item.page ? 'page' : undefined}
              aria-describedby={item.page === 'inbox' && waiting > 0 ? 'inbox-count' : item.page === 'reminders' && overdue > 0 ? 'reminder-count' : undefined}
              aria-label={collapsed ? t(`nav.${item.page}`) : undefined}
              title={t(`nav.${item.page}`)}
            >
              <span className="nav-icon"><Icon name={ICONS[item.page]} /></span>
              {!collapsed && <span>{t(`nav.${item.page}`)}</span>}
              {item.page === 'reminders' && overdue > 0 && (
                <span id="reminder-count" className="nav-count" title={overdue > 999 ? t('reminders.overdueCountMore') : t('reminders.overdueCount', { count: overdue })}>
                  {overdue > 999 ? '999+' : overdue}
                </span>
              )}
              {item.page === 'inbox' && waiting > 0 && (
                <span id="inbox-count" className="nav-count" title={t('inbox.count', { count: waiting })}>{waiting}</span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <ProfileMenu collapsed={collapsed} />
        {!collapsed && <LanguageSelect id="nav-language" />}
        <button
          type="button"
          className="ghost"
          aria-expanded={!collapsed}
          onClick={() => void update({ navCollapsed: !collapsed })}
        >
          {collapsed ? `» ` : `« ${t('nav.collapse')}`}
          {collapsed && <span className="sr-only">{t('nav.expand')}</span>}
        </button>
      </div>
    </nav>
  );
}
