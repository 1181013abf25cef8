import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@contract/methods';
import { call, onCoreEvent } from '../../api/client';
import { formatCountdown } from '../inbox/sla';
import { useNow } from '../inbox/useNow';
import { useWorkspace } from '../workspace/workspaceStore';

type Item = MethodOutput<'cases.overdueHandoffs'>['items'][number];

/** Hand-offs a department has not answered in time: chased from the inbox like any late reply. */
export function OverdueHandoffs() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Item[]>([]);
  const open = useWorkspace((s) => s.open);
  const now = useNow();
  const load = useCallback(() => void call('cases.overdueHandoffs', {}).then((r) => setItems(r.items), () => setItems([])), []);
  useEffect(() => {
    load();
    const a = onCoreEvent('cases.changed', load);
    const b = onCoreEvent('clock.changed', load);
    // A hand-off falls due without any event: look again every minute.
    const timer = window.setInterval(load, 60_000);
    return () => {
      a();
      b();
      window.clearInterval(timer);
    };
  }, [load]);
  if (items.length === 0) return null;
  return (
    <section className="overdue-handoffs" aria-labelledby="overdue-handoffs-h">
      <h2 id="overdue-handoffs-h">{t('cases.overdueHandoffs', { count: items.length })}</h2>
      <ul className="inbox-list">
        {items.map((h) => (
          <li key={h.id}>
            <button type="button" className="inbox-row sla-breached" onClick={() => void open('case', h.caseId)}>
              <span className="sla-dot breached" aria-hidden="true" />
              <span className="inbox-main">
                <span className="inbox-who">
                  <strong>{t(`departments.${h.department}`)}</strong>
                  <span className="badge">{t(`urgency.${h.urgency}`)}</span>
                  <span className="muted">{h.caseNumber} · {h.customerName}</span>
                </span>
                <span className="inbox-subject">{h.caseTitle}</span>
              </span>
              <span className="inbox-sla">
                <span className="countdown breached" role="timer" aria-label={t('inbox.overdueBy', { time: formatCountdown(now - h.dueAt, i18n.language) })}>{formatCountdown(h.dueAt - now, i18n.language)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
