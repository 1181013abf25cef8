import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '@contract/values/cases';
import type { Attachment, CaseDetail } from '@contract/cases';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';
import { fromBase64, toBase64 } from '../../app/base64';
import { download } from '../../app/download';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatNumber } from '../../i18n/format';

/** Evidence: photos as thumbnails, other files by name; kept in the data folder beside the database. */
export function AttachmentsSection({ c, onChanged }: { c: CaseDetail; onChanged(c: CaseDetail): void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(files: FileList | null) {
    if (!files) return;
    setBusy(true);
    setError(null);
    try {
      for (const f of Array.from(files)) {
        if (f.size > MAX_ATTACHMENT_BYTES) throw { code: 'PAYLOAD_TOO_LARGE', message: 'too large', details: { reason: 'attachment-too-large' } } satisfies ApiError;
        onChanged(await call('cases.attach', { caseId: c.id, name: f.name, dataBase64: toBase64(await f.arrayBuffer()) }));
      }
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="evidence-h">
      <h3 id="evidence-h">{t('cases.evidence')}</h3>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {c.attachments.length === 0 && <p className="muted">{t('cases.noEvidence')}</p>}
      <ul className="attachments">
        {c.attachments.map((a) => (
          <AttachmentItem key={a.id} a={a} locale={i18n.language} onRemove={async () => onChanged(await call('cases.removeAttachment', { id: a.id }))} />
        ))}
      </ul>
      <label className="file-button">
        <span>{busy ? t('cases.uploading') : t('cases.attach')}</span>
        <input type="file" multiple disabled={busy} aria-label={t('cases.attach')} onChange={(e) => void add(e.currentTarget.files).then(() => (e.currentTarget.value = ''))} />
      </label>
      <small className="muted">{t('cases.attachHint', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}</small>
    </section>
  );
}

function AttachmentItem({ a, locale, onRemove }: { a: Attachment; locale: string; onRemove(): Promise<void> }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const image = a.mime.startsWith('image/');
  useEffect(() => {
    if (!image) return;
    let revoked = false;
    let made: string | null = null;
    void call('cases.attachment', { id: a.id }).then((r) => {
      if (revoked) return;
      const bytes = fromBase64(r.dataBase64);
      made = URL.createObjectURL(new Blob([bytes], { type: r.mime }));
      setUrl(made);
    });
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [a.id, image]);
  async function save() {
    const r = await call('cases.attachment', { id: a.id });
    download(r.name, r.mime, fromBase64(r.dataBase64));
  }
  return (
    <li className="attachment">
      {image && url ? <img src={url} alt={a.name} className="thumb" /> : <span className="file-icon" aria-hidden="true">📄</span>}
      <span className="attachment-name">{a.name}</span>
      <span className="muted">{formatNumber(Math.ceil(a.size / 1024), locale)} KB</span>
      <button type="button" className="ghost small" onClick={() => void save()} aria-label={t('cases.download', { name: a.name })}>{t('cases.downloadShort')}</button>
      <button type="button" className="ghost small" onClick={() => void onRemove()} aria-label={t('cases.removeFile', { name: a.name })}>×</button>
    </li>
  );
}
