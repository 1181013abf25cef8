import { useTranslation } from 'react-i18next';
import type { Interaction } from '@contract/interactions';
import { call } from '../../api/client';
import { fromBase64 } from '../../app/base64';
import { download } from '../../app/download';
import { formatDateTime } from '../../i18n/format';
import { EmailHtml } from './EmailHtml';

/** A conversation's messages: bubbles for chat, cards for email. Text is text; HTML is sandboxed. */
export function MessageList({ interaction }: { interaction: Interaction }) {
  const { t, i18n } = useTranslation();
  const email = interaction.channel === 'email';
  return (
    <ol className={email ? 'email-thread' : 'messages chat'} aria-label={t('conversation.messages')}>
      {interaction.messages.map((m) => (
        <li key={m.id} className={email ? `email-card ${m.direction}` : `bubble ${m.direction}`}>
          <div className="bubble-meta">
            <span>{m.author || (m.direction === 'inbound' ? interaction.address : t('conversation.you'))}</span>
            {email && m.to.length > 0 && <span>{t('conversation.to', { to: m.to.join(', ') })}</span>}
            <time dateTime={new Date(m.sentAt).toISOString()}>{formatDateTime(m.sentAt, i18n.language)}</time>
            {m.direction === 'outbound' && (
              <span className={`delivery ${m.delivery}`}>
                {t(`delivery.${m.delivery}`)}
                {m.delivery === 'failed' && (
                  <button type="button" className="link-button" onClick={() => void call('outbox.retry', { messageId: m.id })}>{t('delivery.retry')}</button>
                )}
              </span>
            )}
          </div>
          {email && m.html ? <EmailHtml html={m.html} /> : <p>{m.body}</p>}
          {m.attachments.length > 0 && (
            <ul className="attachments" aria-label={t('conversation.attachments')}>
              {m.attachments.map((a, i) => (
                <li key={a.id ?? `${a.name}-${i}`}>
                  {a.name} <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>
                  {a.id && (
                    <button type="button" className="link-button" aria-label={t('cases.download', { name: a.name })}
                      onClick={() => void call('interactions.attachment', { messageId: m.id, attachmentId: a.id! }).then((r) => download(r.name, r.mime, fromBase64(r.dataBase64)))}>
                      {t('cases.downloadShort')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
