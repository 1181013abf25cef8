import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@contract/settings';
import { useSettings } from './settingsStore';

const CODE = /^[a-z0-9-]{1,40}$/;

/** The phone: the simulator's call rate and the wrap-up codes agents choose from after a call. */
export function PhoneSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((s) => s.update);
  const [code, setCode] = useState('');
  const calls = settings.calls;
  const save = (patch: Partial<Settings['calls']>) => void update({ calls: { ...calls, ...patch } });
  const codeOk = CODE.test(code) && !calls.dispositions.includes(code);

  return (
    <section className="card" aria-labelledby="phone-h">
      <h2 id="phone-h">{t('settings.phone')}</h2>
      <label className="check">
        <input type="checkbox" checked={settings.simulator.enabled} onChange={(e) => void update({ simulator: { ...settings.simulator, enabled: e.target.checked } })} />
        {t('settings.simulator')}
      </label>
      <label className="field">
        <span>{t('settings.callsPerHour')}</span>
        <input type="number" min={0} max={120} value={calls.inboundPerHour} onChange={(e) => e.target.value !== '' && save({ inboundPerHour: Math.min(120, Math.max(0, Number(e.target.value))) })} />
      </label>
      <fieldset className="dispositions">
        <legend>{t('settings.dispositions')}</legend>
        <ul>
          {calls.dispositions.map((d) => (
            <li key={d}>
              <span>{t(`disposition.${d}`, { defaultValue: d })}</span> <code className="muted">{d}</code>
              <button type="button" className="ghost" disabled={calls.dispositions.length <= 1} onClick={() => save({ dispositions: calls.dispositions.filter((x) => x !== d) })} aria-label={t('settings.removeDisposition', { code: t(`disposition.${d}`, { defaultValue: d }) })}>×</button>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!codeOk) return;
            save({ dispositions: [...calls.dispositions, code] });
            setCode('');
          }}
        >
          <label>
            <span>{t('settings.newDisposition')}</span>
            <input value={code} onChange={(e) => setCode(e.target.value.trim().toLowerCase())} maxLength={40} aria-invalid={code !== '' && !codeOk} />
          </label>
          <button type="submit" disabled={!codeOk}>{t('settings.addDisposition')}</button>
        </form>
        <small className="muted">{t('settings.dispositionHint')}</small>
      </fieldset>
    </section>
  );
}
