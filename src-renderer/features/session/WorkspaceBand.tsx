import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession } from './sessionStore';

/** Always visible while practising or looking on: nobody should mistake practice for a real customer. */
export function WorkspaceBand() {
  const { t } = useTranslation();
  const session = useSession((s) => s.session);
  if (!session?.profile) return null;
  if (session.mode === 'training') {
    return (
      <div className="workspace-band training" role="status">
        <strong>{t('session.trainingBand')}</strong>
        <span>{t('session.trainingBandHint')}</span>
        <button type="button" className="ghost" onClick={() => void call('session.setMode', { mode: 'live' })}>
          {session.profile.role === 'trainee' ? t('session.lookOnLive') : t('session.leaveTraining')}
        </button>
      </div>
    );
  }
  if (session.masked) {
    return (
      <div className="workspace-band masked" role="status">
        <strong>{t('session.maskedBand')}</strong>
        <span>{t('session.maskedBandHint')}</span>
        <button type="button" className="ghost" onClick={() => void call('session.setMode', { mode: 'training' })}>{t('session.backToTraining')}</button>
      </div>
    );
  }
  return null;
}
