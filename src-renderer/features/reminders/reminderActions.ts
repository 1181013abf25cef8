import type { Reminder } from '@contract/reminders';
import { call } from '../../api/client';
import { useCalls } from '../calls/callsStore';
import { useWorkspace } from '../workspace/workspaceStore';

/** "Open": a callback dials its number; otherwise the customer or the conversation it came from opens. */
export async function openReminder(r: Reminder): Promise<void> {
  // A callback is a call: dial it, and its tab (with the customer beside it) opens.
  if (r.kind === 'callback' && r.phone) {
    await useCalls.getState().dial(r.phone, r.customerId ?? undefined);
    if (!useCalls.getState().error) return;
  }
  const open = useWorkspace.getState().open;
  if (r.interactionId) await open('interaction', r.interactionId);
  else if (r.customerId) await open('customer', r.customerId);
}

export const snooze = (id: string, until: number) => call('reminders.snooze', { id, until });
export const complete = (id: string, outcome: string) => call('reminders.complete', { id, outcome });
export const cancelReminder = (id: string) => call('reminders.cancel', { id });
