import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { CATEGORIES, CHANNELS } from '@contract/values/primitives';
import type { Category, Channel } from '@contract/primitives';
import type { InboxItem } from '@contract/workspace';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { Icon } from '../../app/Icon';
import { type RowText, useRowText } from '../../i18n/rowText';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { OverdueHandoffs } from '../cases/OverdueHandoffs';
import { useWorkspace } from '../workspace/workspaceStore';
import { formatCountdown, slaState } from './sla';
import { useClockOffset, useNow } from './useNow';

const FIRST_OVERSCAN = 4;
const FULL_OVERSCAN = 100;

/** A small overscan until rows have been on screen once, then the full one, after the browser has painted. */
function useFullOverscanAfterFirstPaint(hasRows: boolean): number {
  const [overscan, setOverscan] = useState(FIRST_OVERSCAN);
  useEffect(() => {
    if (!hasRows || overscan === FULL_OVERSCAN) return;
    // The frame after the next one: by then the first rows are painted.
    let second = 0;
    const first = requestAnimationFrame(() => (second = requestAnimationFrame(() => setOverscan(FULL_OVERSCAN))));
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [hasRows, overscan]);
  return overscan;
}

/** Everything waiting for an answer, across channels, most urgent first, with live countdowns. */
export function InboxPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [channel, setChannel] = useState<Channel | ''>('');
  const [category, setCategory] = useState<Category | ''>('');
  const open = useWorkspace((s) => s.open);
  const setOffset = useClockOffset((s) => s.set);
  const now = useNow();
  const listRef = useRef<HTMLUListElement>(null);
  // A desk can have a thousand conversations waiting: rows are placed (one height) and only those
  // near the screen are in the page. Rendering all of them, again every second for the countdowns,
  // kept the window busy for most of a second after each load at 2M messages. The generous overscan
  // keeps a short inbox (the usual case) entirely in the page; it is reached once the first screen
  // of rows has been painted, so the first rows do not wait for a hundred more (~0.1 s cold).
  const overscan = useFullOverscanAfterFirstPaint(items.length > 0);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current?.closest<HTMLElement>('.inbox-page') ?? null,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 1000, height: 800 },
  });
  const text = useRowText();
  const openConversation = useCallback((id: string) => void open('interaction', id), [open]);

  const load = useCallback(() => {
    call('inbox.list', { ...(channel ? { channels: [channel] } : {}), ...(category ? { categories: [category] } : {}) }).then(
      (r) => {
        setOffset(r.now);
        setItems(r.items);
        setLoaded(true);
        setError(null);
      },
      (err: unknown) => setError(toApiError(err)),
    );
  }, [channel, category, setOffset]);
  useEffect(() => {
    load();
    return onCoreEvent('inbox.changed', load);
  }, [load]);

  return (
    <div className="inbox-page">
      <header className="page-header">
        <h1>{t('inbox.title')}</h1>
        <div className="filters" role="group" aria-label={t('customers.filters')}>
          <select aria-label={t('inbox.channel')} value={channel} onChange={(e) => setChannel(e.target.value as Channel | '')}>
            <option value="">{t('inbox.allChannels')}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
          <select aria-label={t('inbox.category')} value={category} onChange={(e) => setCategory(e.target.value as Category | '')}>
            <option value="">{t('inbox.allCategories')}</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        </div>
        <p className="muted" aria-live="polite">{loaded && t('inbox.count', { count: items.length })}</p>
      </header>
      {error && <ErrorMessage error={error} />}
      <OverdueHandoffs />
      {loaded && items.length === 0 && <p className="empty-state">{t('inbox.empty')}</p>}
      <ul ref={listRef} className="inbox-list" aria-label={t('inbox.list')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const it = items[row.index];
          return it ? <InboxRow key={it.id} item={it} top={row.start - virtualizer.options.scrollMargin} now={now} text={text} onOpen={openConversation} /> : null;
        })}
      </ul>
    </div>
  );
}

/** Every row is this tall (styles.css .inbox-slot). */
const ROW_HEIGHT = 70;

/** One waiting conversation; it renders again when it, its place or the second changes. */
const InboxRow = memo(function InboxRow({ item: it, top, now, text, onOpen }: { item: InboxItem; top: number; now: number; text: RowText; onOpen: (id: string) => void }) {
  const { label, t, locale } = text;
  const state = slaState(it.slaStartedAt, it.slaDueAt, now, it.slaBreachedAt !== null);
  const left = it.slaDueAt - now;
  return (
    <li className="inbox-slot" style={{ transform: `translateY(${top}px)` }}>
      <button type="button" className={`inbox-row sla-${state}${it.unread ? ' unread' : ''}`} onClick={() => onOpen(it.id)}>
        <span className={`sla-dot ${state}`} aria-hidden="true" />
        <span className={`channel-icon ch-${it.channel}`}><Icon name={it.channel === 'email' ? 'mail' : it.channel === 'phone' ? 'phone' : 'chat'} /></span>
        <span className="inbox-main">
          <span className="inbox-who">
            <strong>{it.customerName ?? it.address}</strong>
            {!it.customerId && <span className="badge">{label('inbox.unknownSender')}</span>}
            <span className="muted">{label(`channel.${it.channel}`)} · {label(`category.${it.category}`)}</span>
          </span>
          <span className="inbox-preview" title={it.subject ? `${it.subject}\n${it.preview}` : it.preview}>
            {it.subject && <span className="inbox-subject">{it.subject} </span>}
            {it.preview}
          </span>
        </span>
        <span className="inbox-sla">
          <span className={`countdown ${state}`} role="timer" aria-label={t(state === 'breached' ? 'inbox.overdueBy' : 'inbox.timeLeft', { time: formatCountdown(Math.abs(left), locale) })}>
            {formatCountdown(left, locale)}
          </span>
          <time className="muted" dateTime={new Date(it.lastInboundAt).toISOString()} title={formatDateTime(it.lastInboundAt, locale)}>
            {formatRelative(it.lastInboundAt, now, locale)}
          </time>
        </span>
      </button>
    </li>
  );
});
