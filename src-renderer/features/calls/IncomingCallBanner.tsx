import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call, ScreenPop } from '@contract/calls';
import { call } from '../../api/client';
import { formatRelative } from '../../i18n/format';
import { greetingLine } from '../customers/greeting';
import { useNow } from '../inbox/useNow';
import { useWorkspace } from '../workspace/workspaceStore';
import { useCalls } from './callsStore';

/**
 * The phone ringing: who is calling (looked up before the agent says hello), how to greet them,
 * their tier, open cases and last contact; Answer (Alt+A) or Decline.
 */
export function IncomingCallBanner() {
  const ringing = Object.values(useCalls((s) => s.live)).filter((c) => c.state === 'ringing');
  if (ringing.length === 0) return null;
  return (
    <div className="incoming-calls">
      {ringing.map((c) => <RingingCall key={c.id} ringing={c} />)}
    </div>
  );
}

function RingingCall({ ringing }: { ringing: Call }) {
  const { t, i18n } = useTranslation();
  const act = useCalls((s) => s.act);
  const [pop, setPop] = useState<ScreenPop | null>(null);
  const now = useNow(1000);

  useEffect(() => {
    void call('calls.screenPop', { number: ringing.number }).then(setPop);
  }, [ringing.number, ringing.customerId]);

  const answer = async () => {
    const c = await act(() => call('calls.answer', { id: ringing.id }));
    if (c) await useWorkspace.getState().open('interaction', c.id);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'a') {
        e.preventDefault();
        void answer();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const who = pop?.customer;
  const seconds = Math.max(0, Math.round((now - ringing.ringAt) / 1000));
  return (
    <section className="incoming-call" role="alertdialog" aria-labelledby={`ring-${ringing.id}`} aria-describedby={`ring-d-${ringing.id}`}>
      <div className="ring-icon" aria-hidden="true">☎</div>
      <div className="ring-who">
        <h2 id={`ring-${ringing.id}`}>
          {who ? t('calls.incomingFrom', { name: who.fullName }) : t('calls.incomingUnknown')}
        </h2>
        <div id={`ring-d-${ringing.id}`}>
          <p className="muted">
            {ringing.number} · {t('calls.ringingFor', { seconds })}
          </p>
          {who ? (
            <>
              <p className="greeting" lang={who.language}>{greetingLine(i18n.getFixedT(who.language), { fullName: who.fullName, surname: who.surname, honorific: who.honorific as never })}</p>
              <p className="ring-facts">
                {who.tier && <span className="badge">{t(`tier.${who.tier}`, { defaultValue: who.tier })}</span>}
                {who.isKeyAccount && <span className="badge key">{t('customers.keyAccount')}</span>}
                {who.company && <span>{who.company}</span>}
                <span>{t('calls.openCases', { count: who.openCases })}</span>
                {pop && pop.otherMatches > 0 && <span>{t('calls.otherMatches', { count: pop.otherMatches })}</span>}
              </p>
              {who.lastInteraction && (
                <p className="muted ring-last">
                  {t('calls.lastContact', { channel: t(`channel.${who.lastInteraction.channel}`), when: formatRelative(who.lastInteraction.at, now, i18n.language) })}
                  {who.lastInteraction.preview && ` · ${who.lastInteraction.preview}`}
                </p>
              )}
            </>
          ) : (
            pop && <p>{t('calls.unknownHint')}</p>
          )}
        </div>
      </div>
      <div className="ring-actions">
        <button type="button" className="primary answer" onClick={() => void answer()} aria-keyshortcuts="Alt+A">{t('calls.answer')}</button>
        <button type="button" className="danger" onClick={() => void act(() => call('calls.reject', { id: ringing.id }))}>{t('calls.reject')}</button>
      </div>
    </section>
  );
}
