import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallButton } from '../calls/CallButton';
import type { CustomerDetail } from '@contract/customers';
import { ErrorMessage } from '../../app/ErrorMessage';
import { hrefFor } from '../../app/route';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../i18n/format';
import { CustomerEditor } from './CustomerEditor';
import { useCustomers } from './customersStore';
import { EraseDialog } from './EraseDialog';
import { useWorkspace } from '../workspace/workspaceStore';
import { MembershipDialog } from './MembershipDialog';
import { ScheduleCallbackDialog } from '../reminders/ScheduleCallbackDialog';
import { greetingLine } from './greeting';
import { NotesBoard } from '../notes/NotesBoard';
import { CustomerCases } from '../cases/CustomerCases';
import { Timeline } from './Timeline';
import { useIsSupervisor, useReadOnly } from '../session/sessionStore';
import { useShallow } from 'zustand/react/shallow';

function ProfileFacts({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('customer.company'), c.company ?? t('customer.none')],
    [t('customer.language'), t(`language.${c.language}`)],
    [t('customer.preferredChannel'), c.preferredChannel ? t(`channel.${c.preferredChannel}`) : t('customer.none')],
    [t('customer.bestTime'), c.bestTime ?? t('customer.none')],
    [t('customer.owner'), c.owner ?? t('customer.none')],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {c.preferences && (
        <div className="wide">
          <dt>{t('customer.preferences')}</dt>
          <dd>{c.preferences}</dd>
        </div>
      )}
    </dl>
  );
}

function ContactPoints({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-h" className="card">
      <h3 id="contact-h">{t('customer.contact')}</h3>
      <ul className="contact-list">
        {c.phones.map((p) => (
          <li key={p.id}>
            <span className="muted">{t('customer.phones')}</span>{' '}
            <span>{p.raw}</span> <CallButton number={p.raw} customerId={c.id} name={c.fullName} />
          </li>
        ))}
        {c.emails.map((e) => (
          <li key={e.id}>
            <span className="muted">{t('customer.emails')}</span>{' '}
            <a href={`mailto:${e.email}`} aria-label={t('customer.email', { email: e.email })}>
              {e.email}
            </a>
          </li>
        ))}
        {c.handles.map((h) => (
          <li key={h.id}>
            <span className="muted">{t(`channel.${h.channel}`)}</span> <span>{h.handle}</span>
          </li>
        ))}
      </ul>
      {c.tags.length > 0 && (
        <p className="tags" aria-label={t('customer.tags')}>
          {c.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

function Membership({ c, onEdit }: { c: CustomerDetail; onEdit(): void }) {
  const { t, i18n } = useTranslation();
  const m = c.membership;
  return (
    <section aria-labelledby="member-h" className="card">
      <div className="card-head">
        <h3 id="member-h">{t('customer.membership')}</h3>
        <button type="button" className="link-button" onClick={onEdit}>{t('membershipEditor.edit')}</button>
      </div>
      {m ? (
        <dl className="facts">
          <div>
            <dt>{t('customer.tier')}</dt>
            <dd>{t(`tier.${m.tier}`, { defaultValue: m.tier })}</dd>
          </div>
          <div>
            <dt>{t('customer.points')}</dt>
            <dd>{formatNumber(m.points, i18n.language)}</dd>
          </div>
          {m.memberSince && (
            <div>
              <dt>{t('customer.memberSince')}</dt>
              <dd>{formatDate(m.memberSince, i18n.language)}</dd>
            </div>
          )}
          {m.renewalDate && (
            <div>
              <dt>{t('customer.renewal')}</dt>
              <dd>{formatDate(m.renewalDate, i18n.language)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted">{t('customer.notMember')}</p>
      )}
    </section>
  );
}

function Orders({ c }: { c: CustomerDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="orders-h" className="card wide-card">
      <h3 id="orders-h">{t('customer.orders')}</h3>
      {c.orders.length === 0 ? (
        <p className="muted">{t('customer.noOrders')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('customer.orderNumber')}</th>
              <th scope="col">{t('customer.orderDate')}</th>
              <th scope="col">{t('customer.items')}</th>
              <th scope="col" className="num">{t('customer.amount')}</th>
              <th scope="col">{t('customer.orderStatus')}</th>
              <th scope="col">{t('customer.logistics')}</th>
            </tr>
          </thead>
          <tbody>
            {c.orders.map((o) => (
              <tr key={o.id}>
                <td className="mono">{o.number}</td>
                <td>{formatDateTime(o.orderedAt, i18n.language)}</td>
                <td>{o.itemsSummary}</td>
                <td className="num">{formatMoney(o.amountCents, o.currency, i18n.language)}</td>
                <td>{t(`orderStatus.${o.status}`)}</td>
                <td>{o.carrier ? `${o.carrier} ${o.trackingNumber ?? ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CustomerDetailView({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { detail, detailError, showDetail, refresh } = useCustomers(useShallow((s) => ({ detail: s.detail, detailError: s.detailError, showDetail: s.showDetail, refresh: s.refresh })));
  const [dialog, setDialog] = useState<'edit' | 'membership' | 'erase' | 'callback' | null>(null);
  const supervisor = useIsSupervisor();
  const readOnly = useReadOnly();
  const openTab = useWorkspace((s) => s.open);
  const saved = (c: CustomerDetail) => {
    setDialog(null);
    showDetail(c);
    void refresh();
  };
  if (detailError) {
    return (
      <div className="detail-body">
        {detailError.code === 'NOT_FOUND' ? <p role="alert">{t('customers.notFound')}</p> : <ErrorMessage error={detailError} />}
        <a href={hrefFor({ page: 'customers', customerId: null })}>{t('customers.back')}</a>
      </div>
    );
  }
  if (!detail || detail.id !== customerId) return <div className="detail-body" aria-busy="true" />;
  return (
    <article className="detail-body" aria-labelledby="customer-name">
      <header className="customer-header">
        <p className="greeting" lang={detail.language}>
          {greetingLine(i18n.getFixedT(detail.language), detail)}
        </p>
        <div className="header-row">
          <h2 id="customer-name">
            {detail.fullName}
            {detail.isKeyAccount && <span className="badge key">{t('customers.keyAccount')}</span>}
          </h2>
          <div className="header-actions">
            <button type="button" onClick={() => void openTab('customer', detail.id)}>{t('customers.openTab')}</button>
            {!readOnly && (
              <>
                <button type="button" onClick={() => setDialog('callback')}>{t('reminders.scheduleCallback')}</button>
                <button type="button" onClick={() => setDialog('edit')}>{t('customers.edit')}</button>
              </>
            )}
            {supervisor && <button type="button" className="danger-outline" onClick={() => setDialog('erase')}>{t('customers.erase')}</button>}
          </div>
        </div>
      </header>
      {dialog === 'edit' && <CustomerEditor customer={detail} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'callback' && <ScheduleCallbackDialog customer={detail} onClose={() => setDialog(null)} />}
      {dialog === 'membership' && <MembershipDialog customer={detail} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'erase' && (
        <EraseDialog
          customer={detail}
          onClose={() => setDialog(null)}
          onErased={() => {
            setDialog(null);
            location.hash = hrefFor({ page: 'customers', customerId: null });
            void refresh();
          }}
        />
      )}
      <div className="cards">
        <section aria-labelledby="profile-h" className="card">
          <h3 id="profile-h">{t('customer.profile')}</h3>
          <ProfileFacts c={detail} />
        </section>
        <ContactPoints c={detail} />
        <Membership c={detail} onEdit={() => setDialog('membership')} />
        <Orders c={detail} />
        <CustomerCases customer={detail} />
      </div>
      <NotesBoard key={detail.id} customerId={detail.id} title={t('notes.customerNotes')} />
      <Timeline />
    </article>
  );
}
