import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession } from './sessionStore';

/** The nav rail's footer: who is signed in, switching person, entering or leaving practice. */
export function ProfileMenu({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const session = useSession((s) => s.session);
  const profile = session?.profile;
  if (!profile) return null;
  return (
    <div className="profile-menu">
      {!collapsed && (
        <p className="profile-current">
          <span className="profile-name">{profile.name}</span>
          <span className={`role-badge role-${profile.role}`}>{t(`roles.${profile.role}`)}</span>
        </p>
      )}
      {session.mode === 'live' && !session.masked && (
        <button type="button" className="ghost" title={t('session.enterTraining')} onClick={() => void call('session.setMode', { mode: 'training' })}>
          {collapsed ? <span aria-hidden="true">🎓</span> : t('session.enterTraining')}
          {collapsed && <span className="sr-only">{t('session.enterTraining')}</span>}
        </button>
      )}
      <button type="button" className="ghost" title={t('session.switchProfile')} onClick={() => void call('session.signOut', {})}>
        {collapsed ? <span aria-hidden="true">⇄</span> : t('session.switchProfile')}
        {collapsed && <span className="sr-only">{t('session.switchProfile')}</span>}
      </button>
    </div>
  );
}
