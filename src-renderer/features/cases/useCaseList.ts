import { useCallback, useEffect, useState } from 'react';
import type { CaseFilters, CaseSummary } from '@contract/cases';
import { call, onCoreEvent } from '../../api/client';

/** Cases matching a filter, refreshed whenever any case changes. */
export function useCaseList(filters: CaseFilters | null): CaseSummary[] {
  const [items, setItems] = useState<CaseSummary[]>([]);
  const key = JSON.stringify(filters);
  const load = useCallback(() => {
    if (!filters) return setItems([]);
    void call('cases.list', filters).then((r) => setItems(r.items), () => setItems([]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    load();
    return onCoreEvent('cases.changed', load);
  }, [load]);
  return items;
}
