import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '@contract/customers';
import { hrefFor } from '../../app/route';
import { formatDateTime, formatRelative } from '../../i18n/format';

const ROW_HEIGHT = 56;

/** Thousands of rows, a few dozen in the DOM: the list stays instant at any size. */
export function CustomerList(props: {
  items: CustomerSummary[];
  total: number;
  selectedId: string | null;
  onNearEnd(): void;
}) {
  const { t, i18n } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 320, height: 600 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;
  const { onNearEnd, items, total } = props;
  useEffect(() => {
    if (items.length < total && lastIndex >= items.length - 20) onNearEnd();
  }, [lastIndex, items.length, total, onNearEnd]);

  const now = Date.now();
  return (
    <div ref={parentRef} className="virtual-scroll">
      <ul aria-label={t('customers.list')} className="customer-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((row) => {
          const c = props.items[row.index];
          if (!c) return null;
          const selected = c.id === props.selectedId;
          return (
            <li key={c.id} className="customer-row-slot" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <a className={`customer-row${selected ? ' selected' : ''}`} href={hrefFor({ page: 'customers', customerId: c.id })} aria-current={selected ? 'true' : undefined}>
                <span className="row-main">
                  <span className="row-name">{c.fullName}</span>
                  {c.isKeyAccount && <span className="badge key">{t('customers.keyAccount')}</span>}
                  {c.tier && <span className={`badge tier-${c.tier}`}>{t(`tier.${c.tier}`, { defaultValue: c.tier })}</span>}
                </span>
                <span className="row-sub">
                  <span>{c.primaryPhone ?? c.primaryEmail ?? ''}</span>
                  <span title={c.lastContactAt ? formatDateTime(c.lastContactAt, i18n.language) : undefined}>
                    {c.lastContactAt ? formatRelative(c.lastContactAt, now, i18n.language) : t('customers.never')}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
