import { create } from 'zustand';
import type { Channel } from '@contract/primitives';
import type { Tab } from '@contract/workspace';
import { call } from '../../api/client';

export interface TabLabel {
  title: string;
  channel: Channel | null;
  slaStartedAt: number | null;
  slaDueAt: number | null;
  breached: boolean;
  awaiting: boolean;
  unread: boolean;
}

/** Tabs whose label is being fetched: asked again meanwhile, they are not fetched twice. */
const inFlight = new Set<string>();

/** What each tab shows: the customer's name (or the sender), its channel and SLA state. */
export const useTabLabels = create<{ labels: Record<string, TabLabel>; refresh(tab: Tab): Promise<void>; ensure(tab: Tab): void }>((set, get) => ({
  labels: {},
  /**
   * A label for a tab that has none and is not being fetched. The strip asks for every unlabelled
   * tab each time a label arrives: without this, 50 tabs at start made ~1,100 calls, not 100.
   */
  ensure(tab) {
    if (get().labels[tab.id] || inFlight.has(tab.id)) return;
    void get().refresh(tab);
  },
  async refresh(tab) {
    inFlight.add(tab.id);
    try {
      set({ labels: { ...get().labels, [tab.id]: await labelOf(tab) } });
    } finally {
      inFlight.delete(tab.id);
    }
  },
}));

/** A label with a title and nothing waiting on it. */
const plainLabel = (title: string): TabLabel => ({ title, channel: null, slaStartedAt: null, slaDueAt: null, breached: false, awaiting: false, unread: false });

async function labelOf(tab: Tab): Promise<TabLabel> {
  try {
    if (tab.kind === 'interaction') {
      const it = await call('interactions.get', { id: tab.refId });
      const name = it.customerId ? (await call('customers.get', { id: it.customerId })).fullName : it.address;
      const lastInbound = [...it.messages].reverse().find((m) => m.direction === 'inbound')?.sentAt ?? it.startedAt;
      return { title: name, channel: it.channel, slaStartedAt: lastInbound, slaDueAt: it.slaDueAt, breached: it.slaBreachedAt !== null, awaiting: it.awaitingReply, unread: it.unread };
    }
    if (tab.kind === 'customer') return plainLabel((await call('customers.get', { id: tab.refId })).fullName);
    if (tab.kind === 'case') {
      const c = await call('cases.get', { id: tab.refId });
      return { ...plainLabel(`${c.number} ${c.customerName}`), breached: c.resolutionBreachedAt !== null || c.firstContactBreachedAt !== null };
    }
    return plainLabel(tab.refId);
  } catch {
    return plainLabel('—');
  }
}
