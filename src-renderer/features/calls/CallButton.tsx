import { useTranslation } from 'react-i18next';
import { useCalls } from './callsStore';
import { useReadOnly } from '../session/sessionStore';

/** Click-to-dial beside any phone number in the app. */
export function CallButton({ number, customerId, name }: { number: string; customerId?: string | null; name?: string }) {
  const { t } = useTranslation();
  const dial = useCalls((s) => s.dial);
  // A trainee looking on sees a masked number and cannot dial it.
  if (useReadOnly()) return null;
  return (
    <button type="button" className="call-button" onClick={() => void dial(number, customerId ?? undefined)} aria-label={t('calls.callNumber', { number, name: name ?? number })} title={t('calls.callNumber', { number, name: name ?? number })}>
      ☎ {t('calls.call')}
    </button>
  );
}
