import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import { call as api } from '../../api/client';
import { useCalls } from './callsStore';

/** Hold, mute, transfer, keypad and hang up, each with its key (Alt+H, Alt+M, Alt+E). */
export function CallControls({ call }: { call: Call }) {
  const { t } = useTranslation();
  const act = useCalls((s) => s.act);
  const [panel, setPanel] = useState<'transfer' | 'keypad' | null>(null);
  const [target, setTarget] = useState('');
  const [digits, setDigits] = useState('');
  const connected = call.state === 'connected' || call.state === 'held';

  const hold = () => act(() => api(call.state === 'held' ? 'calls.resume' : 'calls.hold', { id: call.id }));
  const mute = () => act(() => api('calls.mute', { id: call.id, muted: !call.muted }));
  const hangUp = () => act(() => api('calls.hangUp', { id: call.id }));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.isComposing) return;
      const k = e.key.toLowerCase();
      if (k === 'h' && connected) void hold();
      else if (k === 'm' && connected) void mute();
      else if (k === 'e' && (connected || call.state === 'dialing')) void hangUp();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (call.state === 'ringing') {
    return (
      <div className="call-controls" role="group" aria-label={t('calls.controls')}>
        <button type="button" className="primary" onClick={() => void act(() => api('calls.answer', { id: call.id }))}>{t('calls.answer')}</button>
        <button type="button" className="danger" onClick={() => void act(() => api('calls.reject', { id: call.id }))}>{t('calls.reject')}</button>
      </div>
    );
  }
  if (!connected && call.state !== 'dialing') return null;
  return (
    <div className="call-controls" role="group" aria-label={t('calls.controls')}>
      {connected && (
        <>
          <button type="button" onClick={() => void hold()} aria-pressed={call.state === 'held'} aria-keyshortcuts="Alt+H">
            {t(call.state === 'held' ? 'calls.resume' : 'calls.hold')}
          </button>
          <button type="button" onClick={() => void mute()} aria-pressed={call.muted} aria-keyshortcuts="Alt+M">{t(call.muted ? 'calls.unmute' : 'calls.mute')}</button>
          <button type="button" onClick={() => setPanel(panel === 'transfer' ? null : 'transfer')} aria-expanded={panel === 'transfer'}>{t('calls.transfer')}</button>
          <button type="button" onClick={() => setPanel(panel === 'keypad' ? null : 'keypad')} aria-expanded={panel === 'keypad'} disabled={call.state === 'held'}>{t('calls.keypad')}</button>
        </>
      )}
      <button type="button" className="danger" onClick={() => void hangUp()} aria-keyshortcuts="Alt+E">{t('calls.hangUp')}</button>
      {panel === 'transfer' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (target.trim()) void act(() => api('calls.transfer', { id: call.id, target: target.trim() })).then(() => setPanel(null));
          }}
        >
          <label>
            <span>{t('calls.transferTo')}</span>
            <input value={target} onChange={(e) => setTarget(e.target.value)} placeholder={t('calls.transferHint')} maxLength={60} />
          </label>
          <button type="submit" disabled={!target.trim()}>{t('calls.transferNow')}</button>
        </form>
      )}
      {panel === 'keypad' && (
        <div className="inline-form dtmf" role="group" aria-label={t('calls.keypad')}>
          {['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'].map((k) => (
            <button key={k} type="button" onClick={() => void act(() => api('calls.dtmf', { id: call.id, digits: k })).then(() => setDigits((d) => (d + k).slice(-20)))}>{k}</button>
          ))}
          <output aria-label={t('calls.tonesSent')}>{digits}</output>
        </div>
      )}
    </div>
  );
}
