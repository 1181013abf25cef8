import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '@contract/primitives';
import type { InboxItem } from '@contract/workspace';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { Icon } from '../../app/Icon';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { OverdueHandoffs } from '../cases/OverdueHandoffs';
import { useWorkspace } from '../workspace/workspaceStore';
import { formatCountdown, slaState } from './sla';
import { useClockOffset, useNow } from './useNow';

/** Everything waiting for an answer, across channels, most urgent first, with live countdowns. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [channel, setChannel] = useState<Channel | ''>('');
  const [category, setCategory] = useState<Category | ''>('');
  const open = useWorkspace((s) => s.open);
  const setOffset = useClockOffset((s) => s.set);
  const now = useNow();

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
      <ul className="inbox-list" aria-label={t('inbox.list')}>
        {items.map((it) => {
          const state = slaState(it.slaStartedAt, it.slaDueAt, now, it.slaBreachedAt !== null);
          const left = it.slaDueAt - now;
          return (
            <li key={it.id}>
              <button type="button" className={`inbox-row sla-${state}${it.unread ? ' unread' : ''}`} onClick={() => void open('interaction', it.id)}>
                <span className={`sla-dot ${state}`} aria-hidden="true" />
                <span className={`channel-icon ch-${it.channel}`}><Icon name={it.channel === 'email' ? 'mail' : it.channel === 'phone' ? 'phone' : 'chat'} /></span>
                <span className="inbox-main">
                  <span className="inbox-who">
                    <strong>{it.customerName ?? it.address}</strong>
                    {!it.customerId && <span className="badge">{t('inbox.unknownSender')}</span>}
                    <span className="muted">{t(`channel.${it.channel}`)} · {t(`category.${it.category}`)}</span>
                  </span>
                  {it.subject && <span className="inbox-subject">{it.subject}</span>}
                  <span className="inbox-preview">{it.preview}</span>
                </span>
                <span className="inbox-sla">
                  <span className={`countdown ${state}`} role="timer" aria-label={t(state === 'breached' ? 'inbox.overdueBy' : 'inbox.timeLeft', { time: formatCountdown(Math.abs(left), i18n.language) })}>
                    {formatCountdown(left, i18n.language)}
                  </span>
                  <time className="muted" dateTime={new Date(it.lastInboundAt).toISOString()} title={formatDateTime(it.lastInboundAt, i18n.language)}>
                    {formatRelative(it.lastInboundAt, now, i18n.language)}
                  </time>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
