import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Profile } from '@contract/profiles';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { LanguageSelect } from '../../app/LanguageSelect';

/** Shown when nobody is signed in: pick your profile, type your PIN if it has one. */
export function SignInScreen() {
  const { t } = useTranslation();
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [chosen, setChosen] = useState<Profile | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('profiles.list', {}).then((r) => setProfiles(r.items), (err) => setError(toApiError(err)));
  }, []);

  const signIn = async (profile: Profile, withPin?: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('session.signIn', withPin ? { id: profile.id, pin: withPin } : { id: profile.id });
      // A trainee's work is practice: they start on the training page rather than an inbox of made-up customers.
      if (profile.role === 'trainee') location.hash = '#/training';
      location.reload();
    } catch (err) {
      setError(toApiError(err));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="center-screen sign-in">
      <div className="card sign-in-card">
        <h1>{t('session.signInTitle')}</h1>
        <p className="muted">{t('session.signInHint')}</p>
        <ul className="profile-choices" aria-label={t('session.profiles')}>
          {profiles.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={chosen?.id === p.id ? 'primary' : ''}
                aria-pressed={chosen?.id === p.id}
                onClick={() => {
                  setChosen(p);
                  setError(null);
                  if (!p.hasPin) void signIn(p);
                }}
              >
                <span className="profile-name">{p.name}</span>
                <span className={`role-badge role-${p.role}`}>{t(`roles.${p.role}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        {chosen?.hasPin && (
          <form
            className="pin-form"
            onSubmit={(e) => {
              e.preventDefault();
              void signIn(chosen, pin);
            }}
          >
            <label className="field">
              <span>{t('session.pinFor', { name: chosen.name })}</span>
              <input
                type="password"
                inputMode="numeric"
                autoComplete="current-password"
                autoFocus
                maxLength={12}
                value={pin}
                onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
              />
            </label>
            <button type="submit" className="primary" disabled={busy || pin.length < 4}>{t('session.signIn')}</button>
          </form>
        )}
        {error && <ErrorMessage error={error} />}
        <LanguageSelect id="sign-in-language" />
      </div>
    </main>
  );
}
