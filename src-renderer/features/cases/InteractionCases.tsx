import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { Interaction } from '@contract/interactions';
import type { CaseType } from '@contract/cases';
import { useWorkspace } from '../workspace/workspaceStore';
import { CaseStatusBadge } from './CaseStatusBadge';
import { NewCaseDialog } from './NewCaseDialog';
import { useCaseList } from './useCaseList';

const TYPE_BY_CATEGORY: Record<string, CaseType> = {
  complaint: 'complaint', 'after-sales': 'after-sales', 'tech-support': 'tech-support', order: 'order-problem', billing: 'billing',
};

/** Cases this conversation belongs to, and "open a case" from it with the conversation linked. */
export function InteractionCases({ interaction, customer }: { interaction: Interaction; customer: CustomerDetail }) {
  const { t } = useTranslation();
  const items = useCaseList({ interactionId: interaction.id, limit: 20 });
  const open = useWorkspace((s) => s.open);
  const [creating, setCreating] = useState(false);
  return (
    <div className="interaction-cases">
      <h4>{t('cases.title')}</h4>
      <ul className="plain-list">
        {items.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => void open('case', c.id)}>
              <span className="mono">{c.number}</span> {c.title}
            </button>{' '}
            <CaseStatusBadge status={c.status} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setCreating(true)}>{t('cases.openFromHere')}</button>
      {creating && (
        <NewCaseDialog
          customer={customer}
          channel={interaction.channel}
          interactionId={interaction.id}
          defaultType={TYPE_BY_CATEGORY[interaction.category] ?? 'complaint'}
          defaultTitle={interaction.subject ?? ''}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void open('case', c.id);
          }}
        />
      )}
    </div>
  );
}
