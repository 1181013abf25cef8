import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';

/** Ends a session early, after asking once: a stopped session is scored as it stands. */
export function StopButton({ onStop, busy }: { onStop(): void; busy: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="danger-outline" disabled={busy} onClick={() => setAsking(true)}>{t('training.stop.button')}</button>
      {asking && (
        <Dialog
          title={t('training.stop.title')}
          onClose={() => setAsking(false)}
          footer={
            <>
              <button type="button" onClick={() => setAsking(false)}>{t('training.stop.keepGoing')}</button>
              <button type="button" className="danger" onClick={() => { setAsking(false); onStop(); }}>{t('training.stop.confirm')}</button>
            </>
          }
        >
          <p>{t('training.stop.body')}</p>
        </Dialog>
      )}
    </>
  );
}
