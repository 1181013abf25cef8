import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '@contract/values/primitives';
import type { Channel } from '@contract/primitives';
import type { TimelineEntry } from '@contract/customers';
import { Icon, type IconName } from '../../app/Icon';
import { type RowText, useRowText } from '../../i18n/rowText';
import { formatDateTime, formatDuration, formatRelative } from '../../i18n/format';
import { InteractionDialog } from './InteractionDialog';
import { useCustomers } from './customersStore';
import { useWorkspace } from '../workspace/workspaceStore';
import { useNow } from '../inbox/useNow';

const CHANNEL_ICONS: Record<Channel, IconName> = {
  phone: 'phone', email: 'mail', wechat: 'chat', weibo: 'chat', whatsapp: 'chat', line: 'chat', telegram: 'chat', messenger: 'chat', webchat: 'globe',
};

/** Every entry is this tall (styles.css .timeline-slot): rows are placed, never measured. */
const ROW_HEIGHT = 88;

/**
 * The customer's whole history across channels, newest first. Virtualized against the detail
 * pane's scroll, and pages in more as the agent nears the end, so 10,000 entries scroll smoothly.
 * Rows have one height (subject and preview on one line, whole on hover): measuring each row as it
 * mounted forced a layout per row and made 50–200 ms tasks while scrolling fast.
 */
export function Timeline() {
  const { t } = useTranslation();
  const { timeline, timelineNext, timelineLoading, loadMoreTimeline, channels, setChannels } = useCustomers(
    useShallow((s) => ({ timeline: s.timeline, timelineNext: s.timelineNext, timelineLoading: s.timelineLoading, loadMoreTimeline: s.loadMoreTimeline, channels: s.channels, setChannels: s.setChannels })),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const scrollParent = () => listRef.current?.closest<HTMLElement>('.detail-pane') ?? null;
  const virtualizer = useVirtualizer({
    count: timeline.length,
    getScrollElement: scrollParent,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 800, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (timelineNext && !timelineLoading && last >= timeline.length - 15) void loadMoreTimeline();
  }, [last, timeline.length, timelineNext, timelineLoading, loadMoreTimeline]);

  const text = useRowText();
  // Relative times move on by the minute: rows already on screen render again only then.
  const now = useNow(60_000);
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
          return e ? (
            <TimelineRow key={e.id} entry={e} index={row.index} top={row.start - virtualizer.options.scrollMargin} now={now} onOpen={setOpenId} text={text} />
          ) : null;
        })}
      </ol>
      {timelineLoading && <p className="muted" aria-live="polite">{t('app.loading')}</p>}
      {openId && <InteractionDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}

/** One entry, rendered again only when it, its place or the minute changes (not on every scroll step). */
const TimelineRow = memo(function TimelineRow({ entry: e, index, top, now, onOpen, text }: {
  entry: TimelineEntry; index: number; top: number; now: number; onOpen: (id: string) => void; text: RowText;
}) {
  const { label, t, locale } = text;
  const openTab = useWorkspace((s) => s.open);
  return (
    <li data-index={index} className="timeline-slot" style={{ transform: `translateY(${top}px)` }}>
      <div className={`timeline-entry status-${e.status}${e.kind === 'case' ? ' is-case' : ''}`}>
      <span className={`channel-icon ch-${e.channel}`}><Icon name={CHANNEL_ICONS[e.channel]} /></span>
      <div className="timeline-main">
        <div className="timeline-meta">
          <strong>{e.kind === 'case' ? label('cases.timelineCase') : label(`channel.${e.channel}`)}</strong>
          <span>{e.kind === 'case' ? label(`channel.${e.channel}`) : label(`direction.${e.direction}`)}</span>
          <span className="badge">{label(`category.${e.category}`)}</span>
          <span className={`badge status ${e.status}`}>{label(`status.${e.status}`)}</span>
          {e.durationSeconds !== null && <span>{t('customer.duration', { duration: formatDuration(e.durationSeconds) })}</span>}
          <time dateTime={new Date(e.at).toISOString()} title={formatDateTime(e.at, locale)}>
            {formatRelative(e.at, now, locale)}
          </time>
        </div>
        {e.kind === 'case' ? (
          <>
            <p className="timeline-preview">
              {e.subject && <strong className="timeline-subject">{e.subject} </strong>}
              {t(`caseStatus.${e.preview}`, { defaultValue: e.preview })}
            </p>
            <button type="button" className="link-button" onClick={() => void openTab('case', e.id)}>{label('cases.open')}</button>
          </>
        ) : (
          <>
            <p className="timeline-preview" title={e.subject ? `${e.subject}\n${e.preview}` : e.preview}>
              {e.subject && <strong className="timeline-subject">{e.subject} </strong>}
              {e.preview}
            </p>
            <button type="button" className="link-button" onClick={() => onOpen(e.id)}>
              {label('customer.openInteraction')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void openTab('interaction', e.id)}>
              {label('customers.openTab')}
            </button>
          </>
        )}
      </div>
      </div>
    </li>
  );
});
