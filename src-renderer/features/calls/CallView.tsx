import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import type { CustomerDetail } from '@contract/customers';
import type { Interaction } from '@contract/interactions';
import { call as api, onCoreEvent } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime } from '../../i18n/format';
import { ScheduleCallbackDialog } from '../reminders/ScheduleCallbackDialog';
import { CustomerPanel } from '../workspace/CustomerPanel';
import { QuickNote } from '../workspace/QuickNote';
import { CallControls } from './CallControls';
import { CallTimers } from './CallTimers';
import { useCalls } from './callsStore';
import { ScriptPanel } from './ScriptPanel';
import { WrapUpForm } from './WrapUpForm';

/**
 * A call's tab: who it is, the timers and controls while connected, the script and notes beside
 * the conversation, quick actions, and after hang-up the wrap-up that must be done to close it.
 */
export function CallView({ interaction, customer, onChanged }: { interaction: Interaction; customer: CustomerDetail | null; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const live = useCalls((s) => s.live[interaction.id]);
  const error = useCalls((s) => s.error);
  const act = useCalls((s) => s.act);
  const [fetched, setFetched] = useState<Call | null>(null);
  const [scheduling, setScheduling] = useState(false);

  const changed = useRef(onChanged);
  changed.current = onChanged;
  const load = useCallback(() => void api('calls.get', { id: interaction.id }).then(setFetched), [interaction.id]);
  useEffect(() => {
    load();
    return onCoreEvent('call.updated', (c) => {
      if (c.id === interaction.id) {
        setFetched(c);
        if (c.state === 'done' || c.state === 'wrap-up') changed.current();
      }
    });
  }, [load, interaction.id]);

  const call = live ?? fetched;
  if (!call) return <div className="conversation" aria-busy="true" />;
  const name = customer?.fullName ?? call.customerName ?? call.number;

  return (
    <div className="conversation-layout">
      <section className="conversation call-view" aria-labelledby="call-h">
        <header className="conv-header">
          <div>
            <h2 id="call-h">{name}</h2>
            <p className="muted">
              {t(`calls.direction.${call.direction}`)} · {call.number} · {formatDateTime(call.ringAt, i18n.language)}
            </p>
          </div>
          <div className="conv-controls">
            <span className={`call-state state-${call.state}`} role="status">{t(`calls.state.${call.state}`)}{call.muted ? ` · ${t('calls.muted')}` : ''}</span>
          </div>
        </header>
        <div className="call-body">
          <CallTimers call={call} />
          <CallControls call={call} />
          {error && <ErrorMessage error={error} />}
          {call.state === 'wrap-up' && <WrapUpForm call={call} />}
          {call.state === 'done' && (
            <dl className="call-facts">
              <dt>{t('calls.outcome')}</dt>
              <dd>{call.disposition ? t(`disposition.${call.disposition}`, { defaultValue: call.disposition }) : t(`calls.endReason.${call.endReason ?? 'failed'}`)}</dd>
              {call.resolved !== null && (<><dt>{t('calls.resolvedQuestion')}</dt><dd>{t(call.resolved ? 'common.yes' : 'common.no')}</dd></>)}
              {call.transferredTo && (<><dt>{t('calls.transferTo')}</dt><dd>{call.transferredTo}</dd></>)}
            </dl>
          )}
          <div className="quick-actions" role="group" aria-label={t('calls.quickActions')}>
            <button type="button" onClick={() => setScheduling(true)}>{t('reminders.scheduleCallback')}</button>
            {customer && customer.orders.length > 0 && (
              <label>
                <span>{t('calls.linkOrder')}</span>
                <select value={call.orderId ?? ''} onChange={(e) => e.target.value && void act(() => api('calls.link', { id: call.id, orderId: e.target.value }))}>
                  <option value="">—</option>
                  {customer.orders.map((o) => <option key={o.id} value={o.id}>{o.number} · {t(`orderStatus.${o.status}`)}</option>)}
                </select>
              </label>
            )}
          </div>
          {scheduling && <ScheduleCallbackDialog customer={customer} interactionId={call.id} onClose={() => setScheduling(false)} />}
          <div className="call-note">
            <QuickNote customerId={customer?.id ?? null} interactionId={call.id} label={t('calls.callNotes')} />
          </div>
          <ScriptPanel call={call} customer={customer} />
        </div>
      </section>
      <CustomerPanel interaction={interaction} customer={customer} onLinked={onChanged} />
    </div>
  );
}
