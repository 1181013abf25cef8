import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { ROLES } from '@contract/values/profiles';
import type { Profile, Role } from '@contract/profiles';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';
import { useSession } from './sessionStore';

/** Settings → Profiles: supervisors manage everyone; everyone sets their own PIN. */
export function ProfilesSettings() {
  const { t, i18n } = useTranslation();
  const session = useSession((s) => s.session);
  const me = session?.profile ?? null;
  const supervisor = me?.role === 'supervisor';
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const [pinFor, setPinFor] = useState<Profile | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(() => {
    call('profiles.list', {}).then((r) => setProfiles(r.items), (err) => setError(toApiError(err)));
  }, []);
  useEffect(reload, [reload]);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await work();
      reload();
      if (done) setNotice(done);
    } catch (err) {
      setError(toApiError(err));
    }
  };

  if (!me) return null;
  const shown = supervisor ? profiles : profiles.filter((p) => p.id === me.id);
  return (
    <section className="card" aria-labelledby="profiles-h">
      <h2 id="profiles-h">{t('profiles.title')}</h2>
      <p className="muted">{supervisor ? t('profiles.hintSupervisor') : t('profiles.hintOwn')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('profiles.name')}</th>
            <th scope="col">{t('profiles.role')}</th>
            <th scope="col">{t('profiles.pin')}</th>
            <th scope="col">{t('profiles.lastSignIn')}</th>
            <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}{p.id === me.id && <span className="muted"> · {t('profiles.you')}</span>}</th>
              <td>
                {supervisor ? (
                  <select
                    aria-label={t('profiles.roleOf', { name: p.name })}
                    value={p.role}
                    onChange={(e) => void act(() => call('profiles.update', { id: p.id, role: e.target.value as Role }))}
                  >
                    {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                  </select>
                ) : (
                  t(`roles.${p.role}`)
                )}
              </td>
              <td>
                {p.lockedUntil ? t('profiles.lockedUntil', { time: formatDateTime(p.lockedUntil, i18n.language) }) : p.hasPin ? t('profiles.pinSet') : t('profiles.noPin')}
              </td>
              <td>{p.lastSignInAt ? formatDateTime(p.lastSignInAt, i18n.language) : '—'}</td>
              <td className="row-actions">
                <button type="button" onClick={() => setPinFor(p)} aria-label={t('profiles.setPinFor', { name: p.name })}>{t('profiles.setPin')}</button>
                {supervisor && p.lockedUntil && (
                  <button type="button" onClick={() => void act(() => call('profiles.unlock', { id: p.id }), t('profiles.unlocked', { name: p.name }))}>{t('profiles.unlock')}</button>
                )}
                {supervisor && p.id !== me.id && (
                  <button type="button" className="danger" aria-label={t('profiles.removeNamed', { name: p.name })} onClick={() => void act(() => call('profiles.remove', { id: p.id }), t('profiles.removed', { name: p.name }))}>
                    {t('profiles.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {supervisor && (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => setAdding(true)}>{t('profiles.add')}</button>
          <button type="button" onClick={() => setConfirmReset(true)}>{t('profiles.resetTraining')}</button>
        </div>
      )}
      {notice && <p className="saved" aria-live="polite">{notice}</p>}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {adding && <AddProfileDialog onClose={() => setAdding(false)} onAdded={(name) => { setAdding(false); reload(); setNotice(t('profiles.added', { name })); }} />}
      {pinFor && (
        <PinDialog
          profile={pinFor}
          own={pinFor.id === me.id}
          onClose={() => setPinFor(null)}
          onSaved={() => { setPinFor(null); reload(); setNotice(t('profiles.pinSaved')); }}
        />
      )}
      {confirmReset && (
        <Dialog
          title={t('profiles.resetTraining')}
          onClose={() => setConfirmReset(false)}
          footer={
            <>
              <button type="button" onClick={() => setConfirmReset(false)}>{t('common.cancel')}</button>
              <button type="button" className="danger" onClick={() => { setConfirmReset(false); void act(() => call('trainingWorkspace.reset', {}), t('profiles.trainingReset')); }}>
                {t('profiles.resetConfirm')}
              </button>
            </>
          }
        >
          <p>{t('profiles.resetExplain')}</p>
        </Dialog>
      )}
    </section>
  );
}

function AddProfileDialog({ onClose, onAdded }: { onClose(): void; onAdded(name: string): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const save = async () => {
    try {
      await call('profiles.create', { name, role, pin: pin === '' ? null : pin });
      onAdded(name.trim());
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <Dialog
      title={t('profiles.add')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => void save()} disabled={name.trim() === ''}>{t('profiles.create')}</button>
        </>
      }
    >
      <label className="field">
        <span>{t('profiles.name')}</span>
        <input type="text" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>{t('profiles.role')}</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
        <small className="muted">{t(`roles.${role}Hint`)}</small>
      </label>
      <label className="field">
        <span>{t('profiles.pinOptional')}</span>
        <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} maxLength={12} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
        <small className="muted">{t('profiles.pinRule')}</small>
      </label>
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}

function PinDialog({ profile, own, onClose, onSaved }: { profile: Profile; own: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (clear: boolean) => {
    try {
      await call('profiles.setPin', { id: profile.id, pin: clear ? null : pin, ...(own && profile.hasPin ? { currentPin: current } : {}) });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <Dialog
      title={t('profiles.setPinFor', { name: profile.name })}
      onClose={onClose}
      footer={
        <>
          {profile.hasPin && <button type="button" onClick={() => void save(true)}>{t('profiles.clearPin')}</button>}
          <button type="button" className="primary" disabled={pin.length < 4} onClick={() => void save(false)}>{t('common.save')}</button>
        </>
      }
    >
      {own && profile.hasPin && (
        <label className="field">
          <span>{t('profiles.currentPin')}</span>
          <input type="password" inputMode="numeric" autoComplete="current-password" value={current} maxLength={12} onChange={(e) => setCurrent(e.target.value.replace(/\D/g, ''))} />
        </label>
      )}
      <label className="field">
        <span>{t('profiles.newPin')}</span>
        <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} maxLength={12} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
        <small className="muted">{t('profiles.pinRule')}</small>
      </label>
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}
