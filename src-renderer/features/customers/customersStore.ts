import { create } from 'zustand';
import type { CustomerDetail, CustomerFilters, CustomerSummary, TimelineEntry } from '@contract/customers';
import type { Channel } from '@contract/primitives';
import type { ApiError } from '@contract/errors';
import { call, toApiError } from '../../api/client';

const PAGE = 200;

interface CustomersState {
  query: string;
  filters: CustomerFilters;
  channels: Channel[];
  items: CustomerSummary[];
  total: number;
  listLoaded: boolean;
  listError: ApiError | null;
  detail: CustomerDetail | null;
  detailError: ApiError | null;
  timeline: TimelineEntry[];
  timelineNext: { at: number; id: string } | null;
  timelineLoading: boolean;
  search(query: string): Promise<void>;
  setFilters(filters: CustomerFilters): Promise<void>;
  setChannels(channels: Channel[]): Promise<void>;
  refresh(): Promise<void>;
  showDetail(detail: CustomerDetail): void;
  loadMoreRows(): Promise<void>;
  open(id: string | null): Promise<void>;
  loadMoreTimeline(): Promise<void>;
}

let searchSeq = 0;
let openSeq = 0;

export const useCustomers = create<CustomersState>((set, get) => ({
  query: '',
  filters: {},
  channels: [],
  items: [],
  total: 0,
  listLoaded: false,
  listError: null,
  detail: null,
  detailError: null,
  timeline: [],
  timelineNext: null,
  timelineLoading: false,

  async search(query) {
    const seq = ++searchSeq;
    set({ query });
    try {
      const page = await call('customers.list', { query, filters: get().filters, offset: 0, limit: PAGE });
      // Only the newest keystroke's answer may land: an older, slower one is dropped.
      if (seq === searchSeq) set({ items: page.items, total: page.total, listLoaded: true, listError: null });
    } catch (err) {
      if (seq === searchSeq) set({ listError: toApiError(err), listLoaded: true });
    }
  },

  async loadMoreRows() {
    const { items, total, query } = get();
    if (items.length >= total) return;
    const seq = searchSeq;
    const page = await call('customers.list', { query, filters: get().filters, offset: items.length, limit: PAGE });
    if (seq === searchSeq) set({ items: [...get().items, ...page.items], total: page.total });
  },

  async setFilters(filters) {
    set({ filters });
    await get().search(get().query);
  },

  async setChannels(channels) {
    set({ channels });
    const id = get().detail?.id;
    if (id) await get().open(id);
  },

  async refresh() {
    await get().search(get().query);
    const id = get().detail?.id;
    if (id) await get().open(id);
  },

  showDetail(detail) {
    set({ detail, detailError: null });
  },

  async open(id) {
    const seq = ++openSeq;
    if (!id) {
      set({ detail: null, detailError: null, timeline: [], timelineNext: null });
      return;
    }
    set({ detailError: null, timelineLoading: true });
    try {
      const [detail, timeline] = await Promise.all([
        call('customers.get', { id }),
        call('customers.timeline', { customerId: id, limit: 100, channels: get().channels }),
      ]);
      if (seq === openSeq) set({ detail, timeline: timeline.items, timelineNext: timeline.next, timelineLoading: false });
    } catch (err) {
      if (seq === openSeq) set({ detail: null, timeline: [], timelineNext: null, detailError: toApiError(err), timelineLoading: false });
    }
  },

  async loadMoreTimeline() {
    const { detail, timelineNext, timelineLoading } = get();
    if (!detail || !timelineNext || timelineLoading) return;
    set({ timelineLoading: true });
    try {
      const page = await call('customers.timeline', { customerId: detail.id, before: timelineNext, limit: 200, channels: get().channels });
      set({ timeline: [...get().timeline, ...page.items], timelineNext: page.next, timelineLoading: false });
    } catch (err) {
      set({ detailError: toApiError(err), timelineLoading: false });
    }
  },
}));
