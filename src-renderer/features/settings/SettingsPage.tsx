import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '@contract/values/settings';
import { ErrorMessage } from '../../app/ErrorMessage';
import { LanguageSelect } from '../../app/LanguageSelect';
import { PhoneSettings } from './PhoneSettings';
import { CaseSettings } from './CaseSettings';
import { TargetSettings } from './TargetSettings';
import { useIsSupervisor } from '../session/sessionStore';
import { ProfilesSettings } from '../session/ProfilesSettings';
import { BackupsSettings } from '../backups/BackupsSettings';
import { useSettings } from './settingsStore';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, info, error, savedAt, update } = useSettings();
  const [agentName, setAgentName] = useState(settings?.agentName ?? '');
  const supervisor = useIsSupervisor();

  useEffect(() => {
    // Autosave the name shortly after typing stops.
    if (!settings || agentName === settings.agentName) return;
    const timer = setTimeout(() => void update({ agentName }), 500);
    return () => clearTimeout(timer);
  }, [agentName, settings, update]);

  if (!settings) return null;
  return (
    <div className="settings-page">
      <h1>{t('settings.title')}</h1>
      {error && <ErrorMessage error={error} />}
      <section className="card" aria-labelledby="appearance-h">
        <h2 id="appearance-h">{t('settings.appearance')}</h2>
        <LanguageSelect id="settings-language" />
        <fieldset className="radio-row">
          <legend>{t('theme.label')}</legend>
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void update({ theme })} />
              {t(`theme.${theme}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('settings.agentName')}</span>
          <input type="text" value={agentName} maxLength={100} onChange={(e) => setAgentName(e.target.value)} />
          <small className="muted">{t('settings.agentNameHint')}</small>
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.demoData} onChange={(e) => void update({ demoData: e.target.checked })} />
          {t('settings.demoData')}
        </label>
        <small className="muted">{t('settings.demoDataHint')}</small>
        {savedAt && <p className="saved" aria-live="polite">{t('settings.saved')}</p>}
      </section>
      <PhoneSettings settings={settings} />
      <CaseSettings settings={settings} />
      <TargetSettings settings={settings} readOnly={!supervisor} />
      <ProfilesSettings />
      <BackupsSettings settings={settings} />
      {info && (
        <section className="card" aria-labelledby="about-h">
          <h2 id="about-h">{t('settings.about')}</h2>
          <p>{t('settings.version', { version: info.version })}</p>
          <p>{t('settings.schema', { version: info.schemaVersion })}</p>
          <p>
            {t('settings.dataDir')}: <code>{info.dataDir}</code>
          </p>
        </section>
      )}
    </div>
  );
}
