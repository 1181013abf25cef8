import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { IMPORT_ENCODINGS, IMPORT_FIELDS } from '@contract/values/imports';
import type { ImportField, ImportMapping, ImportPreview } from '@contract/imports';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';

const CHUNK = 512 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Import customers from CSV: pick a file, check the detected encoding and the column mapping,
 * see every bad row with its reason, then import the good rows or cancel with nothing changed.
 */
export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(count: number): void }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [encoding, setEncoding] = useState<(typeof IMPORT_ENCODINGS)[number]>('auto');
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ imported: number; skipped: number } | null>(null);

  async function refresh(importId: string, enc: typeof encoding, map?: ImportMapping) {
    const p = await call('imports.preview', { importId, encoding: enc, ...(map ? { mapping: map } : {}) });
    setPreview(p);
    setMapping(p.mapping);
  }

  async function choose(file: File) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { importId } = await call('imports.begin', {});
      for (let i = 0; i < bytes.length; i += CHUNK) await call('imports.append', { importId, chunk: toBase64(bytes.subarray(i, i + CHUNK)) });
      await refresh(importId, encoding);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const cancel = () => {
    if (preview && !done) void call('imports.cancel', { importId: preview.importId });
    onClose();
  };

  return (
    <Dialog
      title={t('import.title')}
      onClose={cancel}
      wide
      footer={
        done ? (
          <button type="button" className="primary" onClick={onClose}>{t('common.done')}</button>
        ) : (
          <>
            <button type="button" onClick={cancel}>{t('import.cancel')}</button>
            {preview && (
              <button type="button" className="primary" disabled={busy || preview.validRows === 0}
                onClick={() => void run(async () => {
                  const r = await call('imports.commit', { importId: preview.importId, encoding, mapping, skipInvalid: true });
                  setDone(r);
                  onImported(r.imported);
                })}>
                {preview.errorCount > 0 ? t('import.commitSkipping', { count: preview.validRows, skipped: preview.errorCount }) : t('import.commit', { count: preview.validRows })}
              </button>
            )}
          </>
        )
      }
    >
      {error && <ErrorMessage error={error} />}
      {done && <p role="status" className="success-box">{t('import.done', { count: done.imported, skipped: done.skipped })}</p>}
      {!done && (
        <div className="import-controls">
          <label className="field">
            <span>{t('import.file')}</span>
            <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => { const f = e.target.files?.[0]; if (f) void choose(f); }} />
          </label>
          <label className="field">
            <span>{t('import.encoding')}</span>
            <select value={encoding} disabled={!preview || busy}
              onChange={(e) => { const enc = e.target.value as typeof encoding; setEncoding(enc); if (preview) void run(() => refresh(preview.importId, enc, mapping)); }}>
              {IMPORT_ENCODINGS.map((enc) => <option key={enc} value={enc}>{t(`import.encodings.${enc}`)}</option>)}
            </select>
          </label>
        </div>
      )}
      {preview && !done && (
        <>
          <p aria-live="polite">{t('import.summary', { total: preview.totalRows, valid: preview.validRows, invalid: preview.errorCount, encoding: t(`import.encodings.${preview.encoding}`) })}</p>
          {!Object.values(mapping).includes('fullName') && <p role="alert" className="field-error">{t('import.needName')}</p>}
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  {preview.headers.map((h, i) => (
                    <th key={i} scope="col">
                      <div>{h}</div>
                      <select aria-label={t('import.mapColumn', { column: h })} value={mapping[String(i)] ?? 'ignore'}
                        onChange={(e) => { const next = { ...mapping, [String(i)]: e.target.value as ImportField }; setMapping(next); void run(() => refresh(preview.importId, encoding, next)); }}>
                        {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{t(`import.fields.${f}`)}</option>)}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.slice(0, 8).map((row, r) => (
                  <tr key={r}>{preview.headers.map((_, c) => <td key={c}>{row[c] ?? ''}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.errors.length > 0 && (
            <section aria-labelledby="import-errors-h">
              <h3 id="import-errors-h">{t('import.badRows', { count: preview.errorCount })}</h3>
              <ul className="import-errors">
                {preview.errors.map((e, i) => (
                  <li key={i}>{t('import.rowError', { row: e.row, field: t(`import.fields.${e.field}`, { defaultValue: e.field }), reason: t(`import.reasons.${e.code}`, { defaultValue: t('import.reasons.invalid') }), value: e.value })}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}
