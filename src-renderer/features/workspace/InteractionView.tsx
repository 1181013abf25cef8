import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import type { Interaction } from '@contract/interactions';
import { CATEGORIES } from '@contract/values/primitives';
import type { Category } from '@contract/primitives';
import type { Tab } from '@contract/workspace';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatCountdown, slaState } from '../inbox/sla';
import { useNow } from '../inbox/useNow';
import { CallView } from '../calls/CallView';
import { templateValues } from '../scripts/templateValues';
import { useSettings } from '../settings/settingsStore';
import { Composer } from './Composer';
import { CustomerPanel } from './CustomerPanel';
import { MessageList } from './MessageList';
import { useTabLabels } from './tabLabels';

interface Loaded {
  interaction: Interaction;
  customer: CustomerDetail | null;
  isCall: boolean;
}
/**
 * What each conversation tab last showed, so switching back paints at once and refreshes behind
 * (one tab's view is mounted at a time; without this every switch waited for a round trip).
 */
const lastShown = new Map<string, Loaded>();
const LAST_SHOWN_MAX = 60;
function remember(refId: string, loaded: Loaded): void {
  lastShown.delete(refId);
  lastShown.set(refId, loaded);
  if (lastShown.size > LAST_SHOWN_MAX) lastShown.delete(lastShown.keys().next().value!);
}

/** A conversation tab: the messages, the reply box and the customer beside them. */
export function InteractionView({ tab }: { tab: Tab }) {
  const { t, i18n } = useTranslation();
  const cached = lastShown.get(tab.refId);
  const [interaction, setInteraction] = useState<Interaction | null>(cached?.interaction ?? null);
  const [customer, setCustomer] = useState<CustomerDetail | null>(cached?.customer ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  /** Phone interactions made by the phone (not imported history) show the call screen. */
  const [isCall, setIsCall] = useState(cached?.isCall ?? false);
  const agentName = useSettings((s) => s.settings?.agentName ?? '');
  const refreshLabel = useTabLabels((s) => s.refresh);
  const scroller = useRef<HTMLDivElement>(null);
  const scrollSave = useRef<number | undefined>(undefined);
  const now = useNow();

  const load = useCallback(async () => {
    try {
      const it = await call('interactions.get', { id: tab.refId });
      setInteraction(it);
      const who = it.customerId ? await call('customers.get', { id: it.customerId }) : null;
      setCustomer(who);
      const phoneCall = it.channel === 'phone' && (await call('calls.get', { id: it.id }).then(() => true, () => false));
      setIsCall(phoneCall);
      remember(tab.refId, { interaction: it, customer: who, isCall: phoneCall });
      if (it.unread) await call('interactions.markRead', { id: it.id });
    } catch (err) {
      setError(toApiError(err));
    }
  }, [tab.refId]);

  useEffect(() => {
    void load();
    return onCoreEvent('interaction.updated', ({ id }) => {
      if (id === tab.refId) void load();
    });
  }, [load, tab.refId]);

  // Keep the place: restore the scroll position saved with the tab, then save it as it changes.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !interaction) return;
    const saved = typeof tab.state.scroll === 'number' ? tab.state.scroll : null;
    el.scrollTop = saved ?? el.scrollHeight;
  }, [interaction?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error) return <ErrorMessage error={error} onRetry={() => void load()} />;
  if (!interaction) return <div className="conversation" aria-busy="true" />;
  if (isCall) return <CallView interaction={interaction} customer={customer} onChanged={() => void load().then(() => refreshLabel(tab))} />;
  const lastInbound = [...interaction.messages].reverse().find((m) => m.direction === 'inbound')?.sentAt ?? interaction.startedAt;
  const state = interaction.awaitingReply ? slaState(lastInbound, interaction.slaDueAt, now, interaction.slaBreachedAt !== null) : 'none';
  const language = customer?.language ?? i18n.language;

  return (
    <div className="conversation-layout">
      <section className="conversation" aria-labelledby="conv-h">
        <header className="conv-header">
          <div>
            <h2 id="conv-h">{customer?.fullName ?? interaction.address}</h2>
            <p className="muted">
              {t(`channel.${interaction.channel}`)} · {interaction.address}
              {interaction.subject && ` · ${interaction.subject}`}
            </p>
          </div>
          <div className="conv-controls">
            {state !== 'none' && interaction.slaDueAt && (
              <span className={`countdown ${state}`} role="timer" aria-label={t(state === 'breached' ? 'inbox.overdueBy' : 'inbox.timeLeft', { time: formatCountdown(Math.abs(interaction.slaDueAt - now), i18n.language) })}>
                {formatCountdown(interaction.slaDueAt - now, i18n.language)}
              </span>
            )}
            {!interaction.awaitingReply && interaction.firstResponseAt && (
              <span className="muted">{t('conversation.firstResponse', { time: formatCountdown(interaction.firstResponseAt - interaction.startedAt, i18n.language) })}</span>
            )}
            <select aria-label={t('inbox.category')} value={interaction.category} onChange={(e) => void call('interactions.update', { id: interaction.id, category: e.target.value as Category }).then(setInteraction)}>
              {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
            <select aria-label={t('conversation.status')} value={interaction.status} onChange={(e) => void call('interactions.update', { id: interaction.id, status: e.target.value as Interaction['status'] }).then((it) => { setInteraction(it); void refreshLabel(tab); })}>
              {(['open', 'waiting', 'resolved'] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            </select>
          </div>
        </header>
        <div
          className="conv-scroll"
          ref={scroller}
          onScroll={(e) => {
            const top = Math.round(e.currentTarget.scrollTop);
            window.clearTimeout(scrollSave.current);
            scrollSave.current = window.setTimeout(() => void call('tabs.setState', { id: tab.id, state: { scroll: top } }), 400);
          }}
        >
          <MessageList interaction={interaction} />
        </div>
        {interaction.channel !== 'phone' && <Composer interaction={interaction} values={templateValues(i18n.getFixedT(language), language, customer, agentName)} language={language} />}
      </section>
      <CustomerPanel interaction={interaction} customer={customer} onLinked={() => void load().then(() => refreshLabel(tab))} />
    </div>
  );
}
