import type { Reminder } from '@contract/reminders';
import { call } from '../../api/client';
import { useWorkspace } from '../workspace/workspaceStore';

/**
 * "Open": a callback with a customer opens their tab and dials the number (tel: hands it to the
 * softphone or the OS dialer until the telephony adapter lands); otherwise the customer or the
 * conversation it came from.
 */
export async function openReminder(r: Reminder): Promise<void> {
  const open = useWorkspace.getState().open;
  if (r.interactionId) await open('interaction', r.interactionId);
  else if (r.customerId) await open('customer', r.customerId);
  if (r.kind === 'callback' && r.phone) {
    const a = document.createElement('a');
    a.href = `tel:${r.phone.replace(/[^\d+]/g, '')}`;
    a.dataset.dial = r.phone;
    document.body.dataset.lastDial = r.phone;
    a.click();
  }
}

export const snooze = (id: string, until: number) => call('reminders.snooze', { id, until });
export const complete = (id: string, outcome: string) => call('reminders.complete', { id, outcome });
export const cancelReminder = (id: string) => call('reminders.cancel', { id });
