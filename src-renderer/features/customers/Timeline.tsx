import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@contract/primitives';
import { Icon, type IconName } from '../../app/Icon';
import { formatDateTime, formatDuration, formatRelative } from '../../i18n/format';
import { InteractionDialog } from './InteractionDialog';
import { useCustomers } from './customersStore';

const CHANNEL_ICONS: Record<Channel, IconName> = {
  phone: 'phone', email: 'mail', wechat: 'chat', weibo: 'chat', whatsapp: 'chat', line: 'chat', telegram: 'chat', messenger: 'chat', webchat: 'globe',
};

/** The customer's whole history across channels, newest first, paged by keyset. */
export function Timeline() {
  const { t, i18n } = useTranslation();
  const { timeline, timelineNext, timelineLoading, loadMoreTimeline } = useCustomers();
  const [openId, setOpenId] = useState<string | null>(null);
  const now = Date.now();
  return (
    <section aria-labelledby="timeline-h" className="timeline">
      <h3 id="timeline-h">{t('customer.timeline')}</h3>
      {timeline.length === 0 && !timelineLoading && <p className="muted">{t('customer.timelineEmpty')}</p>}
      <ol aria-labelledby="timeline-h">
        {timeline.map((e) => (
          <li key={e.id} className={`timeline-entry status-${e.status}`}>
            <span className={`channel-icon ch-${e.channel}`}><Icon name={CHANNEL_ICONS[e.channel]} /></span>
            <div className="timeline-main">
              <div className="timeline-meta">
                <strong>{t(`channel.${e.channel}`)}</strong>
                <span>{t(`direction.${e.direction}`)}</span>
                <span className="badge">{t(`category.${e.category}`)}</span>
                <span className={`badge status ${e.status}`}>{t(`status.${e.status}`)}</span>
                {e.durationSeconds !== null && <span>{t('customer.duration', { duration: formatDuration(e.durationSeconds) })}</span>}
                <time dateTime={new Date(e.at).toISOString()} title={formatDateTime(e.at, i18n.language)}>
                  {formatRelative(e.at, now, i18n.language)}
                </time>
              </div>
              {e.subject && <p className="timeline-subject">{e.subject}</p>}
              <p className="timeline-preview">{e.preview}</p>
              <button type="button" className="link-button" onClick={() => setOpenId(e.id)}>
                {t('customer.openInteraction')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {timelineNext && (
        <button type="button" onClick={() => void loadMoreTimeline()} disabled={timelineLoading}>
          {t('customer.loadMore')}
        </button>
      )}
      {openId && <InteractionDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}
