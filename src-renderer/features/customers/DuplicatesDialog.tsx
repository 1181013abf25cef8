import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { ErrorMessage } from '../../app/ErrorMessage';

type Groups = MethodOutput<'customers.duplicateGroups'>['groups'];
type Moved = MethodOutput<'customers.merge'>['moved'];

/** Customers who share a phone or an email, merged in one step with a summary of what moved. */
export function DuplicatesDialog({ onClose, onMerged }: { onClose(): void; onMerged(keptId: string): void }) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<Groups | null>(null);
  const [keep, setKeep] = useState<Record<number, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ name: string; moved: Moved } | null>(null);

  const load = () =>
    call('customers.duplicateGroups', { limit: 100 }).then(
      (r) => setGroups(r.groups),
      (err: unknown) => setError(toApiError(err)),
    );
  useEffect(() => {
    void load();
  }, []);

  async function merge(index: number) {
    const group = groups?.[index];
    if (!group) return;
    const keepId = keep[index] ?? group.customers[0]?.id;
    if (!keepId) return;
    try {
      let moved: Moved | null = null;
      let name = '';
      for (const other of group.customers.filter((c) => c.id !== keepId)) {
        const r = await call('customers.merge', { keepId, mergeId: other.id });
        name = r.customer.fullName;
        moved = moved ? (Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, typeof v === 'number' ? v + (r.moved[k as keyof Moved] as number) : v || r.moved[k as keyof Moved]])) as Moved) : r.moved;
      }
      if (moved) setResult({ name, moved });
      onMerged(keepId);
      await load();
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <Dialog title={t('duplicates.title')} onClose={onClose} wide>
      {error && <ErrorMessage error={error} />}
      {result && (
        <p role="status" className="success-box">
          {t('duplicates.merged', {
            name: result.name,
            phones: result.moved.phones,
            emails: result.moved.emails,
            orders: result.moved.orders,
            interactions: result.moved.interactions,
            notes: result.moved.notes,
            cases: result.moved.cases,
          })}
        </p>
      )}
      {groups && groups.length === 0 && <p className="empty-state">{t('duplicates.none')}</p>}
      <ul className="dup-groups">
        {groups?.map((g, i) => (
          <li key={`${g.kind}:${g.value}`} className="card">
            <p className="muted">{t(g.kind === 'phone' ? 'duplicates.sharePhone' : 'duplicates.shareEmail', { value: g.value })}</p>
            <fieldset className="radio-col">
              <legend>{t('duplicates.keep')}</legend>
              {g.customers.map((c, j) => (
                <label key={c.id}>
                  <input type="radio" name={`keep-${i}`} checked={(keep[i] ?? g.customers[0]?.id) === c.id} onChange={() => setKeep({ ...keep, [i]: c.id })} />
                  {c.fullName} <span className="muted">{c.primaryPhone ?? ''} {c.primaryEmail ?? ''}</span>
                  {j === 0 && <span className="badge">{t('duplicates.recent')}</span>}
                </label>
              ))}
            </fieldset>
            <button type="button" onClick={() => void merge(i)}>{t('duplicates.merge', { count: g.customers.length - 1 })}</button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
