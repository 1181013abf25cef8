import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import type { CustomerDetail } from '@contract/customers';
import { SCRIPT_CATEGORIES } from '@contract/values/library';
import type { Script, ScriptSummary } from '@contract/library';
import type { Locale } from '@contract/primitives';
import { call as api } from '../../api/client';
import { ScriptRunner } from '../scripts/ScriptRunner';
import { templateValues } from '../scripts/templateValues';
import { useSettings } from '../settings/settingsStore';
import { useCalls } from './callsStore';

/**
 * The script beside the call: pick one by category in the customer's language, and walk it with
 * the customer's details filled in; the path is saved on the call and the script linked to it.
 */
export function ScriptPanel({ call, customer }: { call: Call; customer: CustomerDetail | null }) {
  const { t, i18n } = useTranslation();
  const agentName = useSettings((s) => s.settings?.agentName ?? '');
  const act = useCalls((s) => s.act);
  const language = (customer?.language ?? i18n.language) as Locale;
  const [category, setCategory] = useState<string>('');
  const [list, setList] = useState<ScriptSummary[]>([]);
  const [script, setScript] = useState<Script | null>(null);

  useEffect(() => {
    void api('scripts.list', { language, ...(category ? { category: category as never } : {}) }).then((r) => setList(r.items));
  }, [language, category]);
  useEffect(() => {
    if (call.scriptId && !script) void api('scripts.get', { id: call.scriptId }).then(setScript, () => undefined);
  }, [call.scriptId, script]);

  const pick = async (id: string) => {
    if (!id) return setScript(null);
    setScript(await api('scripts.get', { id }));
    await act(() => api('calls.link', { id: call.id, scriptId: id }));
  };
  const lt = i18n.getFixedT(language);

  return (
    <section className="script-panel" aria-labelledby={`script-h-${call.id}`}>
      <h3 id={`script-h-${call.id}`}>{t('calls.script')}</h3>
      <div className="script-pick">
        <label>
          <span>{t('scripts.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('scripts.allCategories')}</option>
            {SCRIPT_CATEGORIES.map((c) => <option key={c} value={c}>{t(`scriptCategory.${c}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('calls.pickScript')}</span>
          <select value={script?.id ?? ''} onChange={(e) => void pick(e.target.value)}>
            <option value="">{t('calls.noScript')}</option>
            {list.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            {script && !list.some((s) => s.id === script.id) && <option value={script.id}>{script.title}</option>}
          </select>
        </label>
      </div>
      {script && (
        <ScriptRunner script={script} values={templateValues(lt, language, customer, agentName)} customerId={customer?.id ?? null} interactionId={call.id} />
      )}
    </section>
  );
}
