import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@contract/backups';
import type { ApiError } from '@contract/errors';
import type { Settings } from '@contract/settings';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { download } from '../../app/download';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useSession } from '../session/sessionStore';
import { useSettings } from '../settings/settingsStore';
import { BackupError } from './BackupError';
import { readAll, uploadBackup } from './fileTransfer';
import { formatSize } from './formatSize';

type RestoreTarget = { kind: 'backup'; backup: Backup } | { kind: 'file'; file: File };

/** Settings → Data and backups (supervisors): the backups folder, restore, and the full export. */
export function BackupsSettings({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const supervisor = useSession((s) => s.session?.profile?.role === 'supervisor');
  const update = useSettings((s) => s.update);
  const [items, setItems] = useState<Backup[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'restore' | 'export' | 'download' | null>(null);
  const [label, setLabel] = useState('');
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const [removing, setRemoving] = useState<Backup | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    call('backups.list', {}).then(
      (r) => {
        setItems(r.items);
        setRunning(r.running);
      },
      (err) => setError(toApiError(err)),
    );
  }, []);
  useEffect(() => {
    if (!supervisor) return;
    reload();
    return onCoreEvent('backups.changed', (e) => {
      reload();
      // "Backing up…" has been answered: the new backup is in the list.
      if (e.name) setNotice((n) => (n === t('backups.started') ? null : n));
      if (e.error) {
        setBusy(null);
        setError(e.error);
      }
    });
  }, [supervisor, reload, t]);

  const act = async (kind: typeof busy, work: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    setBusy(kind);
    try {
      await work();
      // A restore stays busy until the window reloads with the restored data.
      if (kind !== 'restore') setBusy(null);
    } catch (err) {
      setError(toApiError(err));
      setBusy(null);
    }
  };

  if (!supervisor) return null;
  const when = (b: Backup) => formatDateTime(b.createdAt, i18n.language);
  const title = (b: Backup) => (b.label ? `${when(b)} · ${b.label}` : when(b));

  const backUpNow = () =>
    act(null, async () => {
      await call('backups.create', { label });
      setLabel('');
      setRunning(true);
      setNotice(t('backups.started'));
    });
  const save = (b: Backup) =>
    act('download', async () => {
      const bytes = await readAll((offset) => call('backups.read', { name: b.name, offset }));
      download(b.name, 'application/vnd.sqlite3', bytes);
    });
  const exportAll = () =>
    act('export', async () => {
      const result = await call('data.exportAll', {});
      const bytes = await readAll((offset) => call('data.readExport', { name: result.name, offset }));
      download(result.name, 'application/zip', bytes);
      setNotice(t('backups.exported', { tables: formatNumber(result.tables.length, i18n.language), rows: formatNumber(result.tables.reduce((n, x) => n + x.rows, 0), i18n.language) }));
    });
  const restore = (chosen: RestoreTarget) =>
    act('restore', async () => {
      if (chosen.kind === 'backup') await call('backups.restore', { name: chosen.backup.name });
      else await call('backups.restore', { uploadId: await uploadBackup(chosen.file) });
      // The core swaps the database and says app.restored; the window then reloads (App).
      setNotice(t('backups.restoring'));
    });

  return (
    <section className="card backups-settings" aria-labelledby="backups-h">
      <h2 id="backups-h">{t('backups.title')}</h2>
      <p className="muted">{t('backups.hint', { keep: settings.backups.keep })}</p>
      <div className="backup-options">
        <label className="check">
          <input type="checkbox" checked={settings.backups.daily} onChange={(e) => void update({ backups: { ...settings.backups, daily: e.target.checked } })} />
          {t('backups.daily')}
        </label>
        <label className="field">
          <span>{t('backups.keep')}</span>
          <input
            type="number"
            min={1}
            max={100}
            value={settings.backups.keep}
            onChange={(e) => e.target.value !== '' && void update({ backups: { ...settings.backups, keep: Math.min(100, Math.max(1, Math.round(Number(e.target.value)))) } })}
          />
        </label>
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void backUpNow();
        }}
      >
        <label>
          <span>{t('backups.label')}</span>
          <input value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} placeholder={t('backups.labelPlaceholder')} />
        </label>
        <button type="submit" disabled={busy !== null}>{t('backups.backUpNow')}</button>
      </form>
      {running && <p className="muted" aria-live="polite">{t('backups.running')}</p>}
      {notice && <p className="saved" aria-live="polite">{notice}</p>}
      {error && <BackupError error={error} onDismiss={() => setError(null)} />}
      {items.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{t('backups.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.time')}</th>
              <th scope="col">{t('backups.kindHeader')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col"><span className="sr-only">{t('backups.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => (
              <tr key={b.name}>
                <td>
                  <time dateTime={new Date(b.createdAt).toISOString()}>{when(b)}</time>
                  {b.label && <span className="muted"> · {b.label}</span>}
                </td>
                <td>{t(`backups.kind.${b.kind}`)}</td>
                <td>{formatSize(b.size, i18n.language)}</td>
                <td className="row-actions">
                  <button type="button" disabled={busy !== null} onClick={() => void save(b)} aria-label={t('backups.downloadNamed', { name: title(b) })}>{t('backups.download')}</button>
                  <button type="button" className="danger-outline" disabled={busy !== null} onClick={() => setTarget({ kind: 'backup', backup: b })} aria-label={t('backups.restoreNamed', { name: title(b) })}>{t('backups.restore')}</button>
                  <button type="button" className="ghost" disabled={busy !== null} onClick={() => setRemoving(b)} aria-label={t('backups.removeNamed', { name: title(b) })}>×</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row-actions">
        <button type="button" disabled={busy !== null} onClick={() => fileInput.current?.click()}>{t('backups.restoreFromFile')}</button>
        <input
          ref={fileInput}
          type="file"
          accept=".sqlite,.db,application/vnd.sqlite3,application/x-sqlite3"
          hidden
          aria-label={t('backups.restoreFromFile')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) setTarget({ kind: 'file', file });
          }}
        />
        <button type="button" disabled={busy !== null} onClick={() => void exportAll()}>{busy === 'export' ? t('backups.exporting') : t('backups.exportAll')}</button>
      </div>
      <small className="muted">{t('backups.exportHint')}</small>
      {target && (
        <Dialog
          title={t('backups.confirmTitle')}
          onClose={() => setTarget(null)}
          footer={
            <>
              <button type="button" onClick={() => setTarget(null)}>{t('common.cancel')}</button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setTarget(null);
                  void restore(target);
                }}
              >
                {t('backups.confirmRestore')}
              </button>
            </>
          }
        >
          <p>{target.kind === 'backup' ? t('backups.confirmBackup', { name: title(target.backup) }) : t('backups.confirmFile', { name: target.file.name })}</p>
          <p>{t('backups.confirmSafety')}</p>
        </Dialog>
      )}
      {removing && (
        <Dialog
          title={t('backups.removeTitle')}
          onClose={() => setRemoving(null)}
          footer={
            <>
              <button type="button" onClick={() => setRemoving(null)}>{t('common.cancel')}</button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  const name = removing.name;
                  setRemoving(null);
                  void act(null, async () => {
                    await call('backups.remove', { name });
                    reload();
                  });
                }}
              >
                {t('backups.removeConfirm')}
              </button>
            </>
          }
        >
          <p>{t('backups.removeExplain', { name: title(removing) })}</p>
        </Dialog>
      )}
    </section>
  );
}
