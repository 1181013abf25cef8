import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onCoreEvent } from '../../api/client';
import { Icon } from '../../app/Icon';
import { hrefFor } from '../../app/route';
import { slaState } from '../inbox/sla';
import { useNow } from '../inbox/useNow';
import { useTabLabels } from './tabLabels';
import { useWorkspace } from './workspaceStore';

/** One tab per open interaction or customer: channel, name, SLA dot, unread mark, pin and close. */
export function TabStrip({ activeId }: { activeId: string | null }) {
  const { t } = useTranslation();
  const { tabs, close, pin, move } = useWorkspace();
  const { labels, refresh, ensure } = useTabLabels();
  const now = useNow();

  useEffect(() => {
    for (const tab of tabs) ensure(tab);
  }, [tabs, labels, ensure]);
  useEffect(
    () =>
      onCoreEvent('interaction.updated', ({ id }) => {
        for (const tab of useWorkspace.getState().tabs) if (tab.refId === id) void refresh(tab);
      }),
    [refresh],
  );

  if (tabs.length === 0) return null;
  return (
    <div className="tab-strip" role="tablist" aria-label={t('tabs.label')}>
      {tabs.map((tab, i) => {
        const label = labels[tab.id];
        const state = label?.awaiting ? slaState(label.slaStartedAt, label.slaDueAt, now, label.breached) : 'none';
        return (
          <div
            key={tab.id}
            className={`tab${tab.id === activeId ? ' active' : ''}${tab.pinned ? ' pinned' : ''}`}
            draggable
            onDragStart={(e) => e.dataTransfer.setData('text/tab-id', tab.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              const id = e.dataTransfer.getData('text/tab-id');
              if (id && id !== tab.id) void move(id, i);
            }}
          >
            <a role="tab" aria-selected={tab.id === activeId} href={hrefFor({ page: 'tab', tabId: tab.id })} title={label?.title}>
              {state !== 'none' && <span className={`sla-dot ${state}`} aria-label={t(`sla.${state}`)} />}
              <Icon name={tab.kind === 'case' ? 'case' : tab.kind === 'customer' ? 'users' : label?.channel === 'email' ? 'mail' : label?.channel === 'phone' ? 'phone' : 'chat'} size={14} />
              <span className="tab-title">{label?.title ?? '…'}</span>
              {label?.unread && <span className="unread-mark" aria-label={t('tabs.unread')} />}
            </a>
            <button type="button" className="ghost tab-btn" aria-label={t(tab.pinned ? 'tabs.unpin' : 'tabs.pin', { title: label?.title ?? '' })} aria-pressed={tab.pinned} onClick={() => void pin(tab.id, !tab.pinned)}>
              {tab.pinned ? '●' : '○'}
            </button>
            <button type="button" className="ghost tab-btn" aria-label={t('tabs.close', { title: label?.title ?? '' })} onClick={() => void close(tab.id, activeId)}>×</button>
          </div>
        );
      })}
    </div>
  );
}
