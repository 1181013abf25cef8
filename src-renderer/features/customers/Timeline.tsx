import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '@contract/primitives';
import { Icon, type IconName } from '../../app/Icon';
import { formatDateTime, formatDuration, formatRelative } from '../../i18n/format';
import { InteractionDialog } from './InteractionDialog';
import { useCustomers } from './customersStore';
import { useWorkspace } from '../workspace/workspaceStore';

const CHANNEL_ICONS: Record<Channel, IconName> = {
  phone: 'phone', email: 'mail', wechat: 'chat', weibo: 'chat', whatsapp: 'chat', line: 'chat', telegram: 'chat', messenger: 'chat', webchat: 'globe',
};

/**
 * The customer's whole history across channels, newest first. Virtualized against the detail
 * pane's scroll, and pages in more as the agent nears the end, so 10,000 entries scroll smoothly.
 */
export function Timeline() {
  const { t, i18n } = useTranslation();
  const { timeline, timelineNext, timelineLoading, loadMoreTimeline, channels, setChannels } = useCustomers();
  const [openId, setOpenId] = useState<string | null>(null);
  const openTab = useWorkspace((s) => s.open);
  const listRef = useRef<HTMLOListElement>(null);
  const scrollParent = () => listRef.current?.closest<HTMLElement>('.detail-pane') ?? null;
  const virtualizer = useVirtualizer({
    count: timeline.length,
    getScrollElement: scrollParent,
    estimateSize: () => 92,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 800, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (timelineNext && !timelineLoading && last >= timeline.length - 15) void loadMoreTimeline();
  }, [last, timeline.length, timelineNext, timelineLoading, loadMoreTimeline]);

  const now = Date.now();
  const toggle = (c: Channel) => void setChannels(channels.includes(c) ? channels.filter((x) => x !== c) : [...channels, c]);
  return (
    <section aria-labelledby="timeline-h" className="timeline">
      <div className="card-head">
        <h3 id="timeline-h">{t('customer.timeline')}</h3>
        <div className="chips" role="group" aria-label={t('customer.filterChannels')}>
          {CHANNELS.map((c) => (
            <button key={c} type="button" className={`chip${channels.includes(c) ? ' on' : ''}`} aria-pressed={channels.includes(c)} onClick={() => toggle(c)}>
              {t(`channel.${c}`)}
            </button>
          ))}
        </div>
      </div>
      {timeline.length === 0 && !timelineLoading && <p className="muted">{t('customer.timelineEmpty')}</p>}
      <ol ref={listRef} aria-labelledby="timeline-h" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => {
          const e = timeline[row.index];
          if (!e) return null;
          return (
            <li
              key={e.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="timeline-slot"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              <div className={`timeline-entry status-${e.status}${e.kind === 'case' ? ' is-case' : ''}`}>
              <span className={`channel-icon ch-${e.channel}`}><Icon name={CHANNEL_ICONS[e.channel]} /></span>
              <div className="timeline-main">
                <div className="timeline-meta">
                  <strong>{e.kind === 'case' ? t('cases.timelineCase') : t(`channel.${e.channel}`)}</strong>
                  <span>{e.kind === 'case' ? t(`channel.${e.channel}`) : t(`direction.${e.direction}`)}</span>
                  <span className="badge">{t(`category.${e.category}`)}</span>
                  <span className={`badge status ${e.status}`}>{t(`status.${e.status}`)}</span>
                  {e.durationSeconds !== null && <span>{t('customer.duration', { duration: formatDuration(e.durationSeconds) })}</span>}
                  <time dateTime={new Date(e.at).toISOString()} title={formatDateTime(e.at, i18n.language)}>
                    {formatRelative(e.at, now, i18n.language)}
                  </time>
                </div>
                {e.subject && <p className="timeline-subject">{e.subject}</p>}
                {e.kind === 'case' ? (
                  <>
                    <p className="timeline-preview">{t(`caseStatus.${e.preview}`, { defaultValue: e.preview })}</p>
                    <button type="button" className="link-button" onClick={() => void openTab('case', e.id)}>{t('cases.open')}</button>
                  </>
                ) : (
                  <>
                    <p className="timeline-preview">{e.preview}</p>
                    <button type="button" className="link-button" onClick={() => setOpenId(e.id)}>
                      {t('customer.openInteraction')}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => void openTab('interaction', e.id)}>
                      {t('customers.openTab')}
                    </button>
                  </>
                )}
              </div>
              </div>
            </li>
          );
        })}
      </ol>
      {timelineLoading && <p className="muted" aria-live="polite">{t('app.loading')}</p>}
      {openId && <InteractionDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}
