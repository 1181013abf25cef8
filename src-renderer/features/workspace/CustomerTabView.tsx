import { useEffect } from 'react';
import type { Tab } from '@contract/workspace';
import { CustomerDetailView } from '../customers/CustomerDetailView';
import { useCustomers } from '../customers/customersStore';

/** A customer opened as a tab: the same 360 view, kept beside the conversations. */
export function CustomerTabView({ tab }: { tab: Tab }) {
  const open = useCustomers((s) => s.open);
  useEffect(() => {
    void open(tab.refId);
  }, [tab.refId, open]);
  return (
    <div className="detail-pane tab-pane">
      <CustomerDetailView customerId={tab.refId} />
    </div>
  );
}
