import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canTransition, CASE_STATUSES, CASE_TRANSITIONS, FINISHED_CASE_STATUSES } from '@contract/values/cases';
import type { CaseDetail, CaseStatus } from '@contract/cases';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import type { MethodInput } from '@contract/methods';
import type { Tab } from '@contract/workspace';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { hrefFor } from '../../app/route';
import { formatDateTime } from '../../i18n/format';
import { CallButton } from '../calls/CallButton';
import { useClockOffset, useNow } from '../inbox/useNow';
import { templateValues } from '../scripts/templateValues';
import { useSettings } from '../settings/settingsStore';
import { useTabLabels } from '../workspace/tabLabels';
import { useWorkspace } from '../workspace/workspaceStore';
import { AttachmentsSection } from './AttachmentsSection';
import { CaseCountdown } from './CaseCountdown';
import { CaseDetailsForm } from './CaseDetailsForm';
import { CaseHistory } from './CaseHistory';
import { CaseStatusBadge, GradeBadge } from './CaseStatusBadge';
import { ComplaintGuide } from './ComplaintGuide';
import { HandoffsSection } from './HandoffsSection';
import { InvestigationForm } from './InvestigationForm';
import { CloseDialog, ResolveDialog } from './TransitionDialogs';

/** The case tab: status and deadlines on top, the work in the middle, links and history beside. */
export function CaseView({ tab }: { tab: Tab }) {
  const { t, i18n } = useTranslation();
  const [c, setCase] = useState<CaseDetail | null>(null);
  const [customer, setCustomer] = useState<CustomerDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<'resolve' | 'close' | null>(null);
  const agentName = useSettings((s) => s.settings?.agentName ?? '');
  const setOffset = useClockOffset((s) => s.set);
  const refreshLabel = useTabLabels((s) => s.refresh);
  const openTab = useWorkspace((s) => s.open);
  const now = useNow();
  const id = tab.refId;

  const load = useCallback(async () => {
    try {
      const [detail, info] = await Promise.all([call('cases.get', { id }), call('app.info', {})]);
      setOffset(info.now);
      setCase(detail);
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }, [id, setOffset]);
  useEffect(() => {
    void load();
    return onCoreEvent('cases.changed', ({ ids }) => {
      if (ids.includes(id)) void load();
    });
  }, [id, load]);
  useEffect(() => {
    if (c?.customerId) void call('customers.get', { id: c.customerId }).then(setCustomer, () => setCustomer(null));
  }, [c?.customerId]);

  const changed = (next: CaseDetail) => {
    setCase(next);
    setActionError(null);
    void refreshLabel(tab);
  };
  const update = (patch: MethodInput<'cases.update'>['patch']) =>
    void call('cases.update', { id, patch }).then(changed, (err: unknown) => setActionError(toApiError(err)));

  async function move(to: CaseStatus) {
    if (!c) return;
    // Dialogs only for moves the flow allows; anything else goes to the core, which says why not.
    if (to === 'resolved' && canTransition(c.status, to)) return setDialog('resolve');
    if (to === 'closed' && canTransition(c.status, to)) return setDialog('close');
    try {
      changed(await call('cases.transition', { id: c.id, to }));
    } catch (err) {
      setActionError(toApiError(err));
    }
  }

  if (error) return <ErrorMessage error={error} onRetry={() => void load()} />;
  if (!c) return <div className="case-view" aria-busy="true" />;
  const next = CASE_TRANSITIONS[c.status];
  const finished = FINISHED_CASE_STATUSES.includes(c.status);
  // The case's own number fills {{case.number}} in the guide's canned phrases.
  const values = { ...templateValues(i18n.getFixedT(customer?.language ?? i18n.language), customer?.language ?? i18n.language, customer, agentName), 'case.number': c.number };

  return (
    <article className="case-view" aria-labelledby="case-h">
      <header className="case-header">
        <div>
          <h2 id="case-h">
            <span className="mono">{c.number}</span> {c.title}
          </h2>
          <p className="case-meta">
            <GradeBadge grade={c.grade} /> <CaseStatusBadge status={c.status} /> <span className="badge">{t(`caseTypes.${c.type}`)}</span>
            <a href={hrefFor({ page: 'customers', customerId: c.customerId })}>{c.customerName}</a>
            {c.customerPhone && <CallButton number={c.customerPhone} customerId={c.customerId} name={c.customerName} />}
            <span className="muted">{t(`channel.${c.channel}`)} · {formatDateTime(c.createdAt, i18n.language)}</span>
          </p>
          <p className="case-deadlines">
            <CaseCountdown c={c} now={now} />
            {c.firstContactBreachedAt !== null && <span className="badge danger">{t('cases.breachedFirstContact')}</span>}
            {c.resolutionBreachedAt !== null && <span className="badge danger">{t('cases.breachedResolution')}</span>}
            {c.resolvedAt !== null && <span className="muted">{t('cases.resolvedAt', { at: formatDateTime(c.resolvedAt, i18n.language) })}</span>}
          </p>
        </div>
        <div className="case-actions" role="group" aria-label={t('cases.statusActions')}>
          {next.map((to) => (
            <button key={to} type="button" className={to === 'resolved' || to === 'closed' ? 'primary' : undefined} onClick={() => void move(to)}>
              {t(finished && to === 'investigating' ? 'cases.actions.reopen' : `cases.actions.${to}`)}
            </button>
          ))}
          {/* Every status can be picked here; the core refuses what the flow does not allow, with a reason. */}
          <select aria-label={t('cases.setStatus')} value="" onChange={(e) => e.target.value && void move(e.target.value as CaseStatus)}>
            <option value="">{t('cases.setStatus')}</option>
            {CASE_STATUSES.filter((s) => s !== c.status).map((s) => <option key={s} value={s}>{t(`caseStatus.${s}`)}</option>)}
          </select>
        </div>
      </header>
      {actionError && <ErrorMessage error={actionError} onDismiss={() => setActionError(null)} />}
      {c.satisfaction !== null && (
        <p className="success-box">{t('cases.ratedAs', { score: c.satisfaction })}{c.satisfactionComment && ` — ${c.satisfactionComment}`}</p>
      )}
      <div className="case-grid">
        <div className="case-main">
          <CaseDetailsForm key={`d-${c.id}`} c={c} update={update} />
          {c.type === 'complaint' && <ComplaintGuide c={c} values={values} update={update} />}
          <InvestigationForm key={`i-${c.id}`} c={c} update={update} />
          <HandoffsSection c={c} now={now} onChanged={changed} />
          <AttachmentsSection c={c} onChanged={changed} />
        </div>
        <aside className="case-side">
          <section className="card" aria-labelledby="links-h">
            <h3 id="links-h">{t('cases.links')}</h3>
            <h4>{t('cases.linkedInteractions')}</h4>
            {c.interactions.length === 0 && <p className="muted">—</p>}
            <ul className="plain-list">
              {c.interactions.map((i) => (
                <li key={i.id}>
                  <button type="button" className="link" onClick={() => void openTab('interaction', i.id)}>
                    {t(`channel.${i.channel}`)} · {i.subject ?? formatDateTime(i.startedAt, i18n.language)}
                  </button>
                </li>
              ))}
            </ul>
            <h4>{t('cases.linkedOrders')}</h4>
            <ul className="plain-list">
              {c.orders.map((o) => (
                <li key={o.id}>
                  <span className="mono">{o.orderNumber}</span> · {t(`orderStatus.${o.status}`, { defaultValue: o.status })}
                  <button type="button" className="ghost small" aria-label={t('cases.unlinkOrder', { number: o.orderNumber })} onClick={() => void call('cases.link', { id: c.id, orderId: o.id, unlink: true }).then(changed)}>×</button>
                </li>
              ))}
            </ul>
            {customer && customer.orders.some((o) => !c.orders.some((x) => x.id === o.id)) && (
              <label className="field">
                <span>{t('cases.linkOrder')}</span>
                <select value="" onChange={(e) => e.target.value && void call('cases.link', { id: c.id, orderId: e.target.value }).then(changed)}>
                  <option value="">—</option>
                  {customer.orders.filter((o) => !c.orders.some((x) => x.id === o.id)).map((o) => <option key={o.id} value={o.id}>{o.number}</option>)}
                </select>
              </label>
            )}
          </section>
          <CaseHistory c={c} />
        </aside>
      </div>
      {dialog === 'resolve' && <ResolveDialog c={c} now={now} onClose={() => setDialog(null)} onDone={(x) => { setDialog(null); changed(x); }} />}
      {dialog === 'close' && <CloseDialog c={c} onClose={() => setDialog(null)} onDone={(x) => { setDialog(null); changed(x); }} />}
    </article>
  );
}
