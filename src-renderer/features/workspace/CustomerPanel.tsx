import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallButton } from '../calls/CallButton';
import type { CustomerDetail, TimelineEntry } from '@contract/customers';
import type { Interaction } from '@contract/interactions';
import type { MethodOutput } from '@contract/methods';
import { call } from '../../api/client';
import { hrefFor } from '../../app/route';
import { formatRelative } from '../../i18n/format';
import { CustomerEditor } from '../customers/CustomerEditor';
import { CustomerPicker } from '../customers/CustomerPicker';
import { greetingLine } from '../customers/greeting';
import { useNow } from '../inbox/useNow';
import { useComposerInsert } from './composerStore';
import { QuickNote } from './QuickNote';
import { ScheduleCallbackDialog } from '../reminders/ScheduleCallbackDialog';
import { InteractionCases } from '../cases/InteractionCases';

type Suggestion = MethodOutput<'articles.suggest'>['items'][number];

/**
 * Beside every conversation: who this is (greeting line, key facts, membership, recent history,
 * a note) or, for an unknown sender, a way to link or create the customer; and on a second tab,
 * knowledge articles suggested from what the customer wrote.
 */
export function CustomerPanel({ interaction, customer, onLinked }: { interaction: Interaction; customer: CustomerDetail | null; onLinked(): void }) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'customer' | 'knowledge'>('customer');
  const [recent, setRecent] = useState<TimelineEntry[]>([]);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [creating, setCreating] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const insert = useComposerInsert((s) => s.insert);
  const now = useNow(30_000);

  useEffect(() => {
    if (!customer) return setRecent([]);
    call('customers.timeline', { customerId: customer.id, limit: 6 }).then((r) => setRecent(r.items.filter((e) => e.id !== interaction.id).slice(0, 5)));
  }, [customer, interaction.id]);
  useEffect(() => {
    const text = interaction.messages.filter((m) => m.direction === 'inbound').map((m) => m.body).join('\n');
    call('articles.suggest', { text, limit: 5 }).then((r) => setSuggestions(r.items), () => setSuggestions([]));
  }, [interaction.messages]);

  const link = (c: CustomerDetail | null) => {
    if (c) void call('interactions.linkCustomer', { id: interaction.id, customerId: c.id }).then(onLinked);
  };

  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div className="panel-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'customer'} onClick={() => setTab('customer')}>{t('panel.customer')}</button>
        <button type="button" role="tab" aria-selected={tab === 'knowledge'} onClick={() => setTab('knowledge')}>{t('panel.knowledge')}</button>
      </div>
      {tab === 'customer' &&
        (customer ? (
          <div className="panel-body">
            <p className="greeting" lang={customer.language}>{greetingLine(i18n.getFixedT(customer.language), customer)}</p>
            <h3><a href={hrefFor({ page: 'customers', customerId: customer.id })}>{customer.fullName}</a></h3>
            <p className="muted">
              {[customer.membership && t(`tier.${customer.membership.tier}`, { defaultValue: customer.membership.tier }), customer.isKeyAccount && t('customers.keyAccount'), customer.company].filter(Boolean).join(' · ')}
            </p>
            {customer.phones[0] && interaction.channel !== 'phone' && <p>{customer.phones[0].raw} <CallButton number={customer.phones[0].raw} customerId={customer.id} name={customer.fullName} /></p>}
            {customer.preferences && <p className="prefs">{customer.preferences}</p>}
            {customer.orders[0] && (
              <p className="muted">{t('panel.lastOrder', { number: customer.orders[0].number, status: t(`orderStatus.${customer.orders[0].status}`) })}</p>
            )}
            <h4>{t('panel.recent')}</h4>
            <ul className="recent-list">
              {recent.map((e) => (
                <li key={e.id}>
                  <span className="muted">{t(`channel.${e.channel}`)} · {formatRelative(e.at, now, i18n.language)}</span>
                  <span className="recent-preview">{e.subject ?? e.preview}</span>
                </li>
              ))}
            </ul>
            <InteractionCases interaction={interaction} customer={customer} />
            <button type="button" onClick={() => setScheduling(true)}>{t('reminders.scheduleCallback')}</button>
            {scheduling && <ScheduleCallbackDialog customer={customer} interactionId={interaction.id} onClose={() => setScheduling(false)} />}
            <QuickNote customerId={customer.id} interactionId={null} />
          </div>
        ) : (
          <div className="panel-body">
            <p>{t('panel.unknown', { address: interaction.address })}</p>
            <CustomerPicker value={null} onChange={link} />
            <button type="button" onClick={() => setCreating(true)}>{t('panel.createCustomer')}</button>
            <QuickNote customerId={null} interactionId={interaction.id} />
            {creating && (
              <CustomerEditor
                customer={null}
                onClose={() => setCreating(false)}
                onSaved={(c) => {
                  setCreating(false);
                  link(c);
                }}
              />
            )}
          </div>
        ))}
      {tab === 'knowledge' && (
        <div className="panel-body">
          {suggestions.length === 0 && <p className="muted">{t('panel.noSuggestions')}</p>}
          <ul className="suggestions">
            {suggestions.map((a) => (
              <li key={a.id}>
                <a href={`#/knowledge/${a.id}`}>{a.title}</a>
                <button type="button" className="link-button" onClick={() => void call('articles.get', { id: a.id }).then((full) => insert(interaction.id, `${full.title}\n${full.body.split(/\n\s*\n/)[0] ?? ''}`))}>
                  {t('panel.insertArticle')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
