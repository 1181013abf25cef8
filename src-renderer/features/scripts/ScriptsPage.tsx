import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '@contract/customers';
import type { ApiError } from '@contract/errors';
import { SCRIPT_CATEGORIES } from '@contract/values/library';
import type { Script } from '@contract/library';
import type { Locale } from '@contract/primitives';
import { call, toApiError } from '../../api/client';
import { download } from '../../app/download';
import { ErrorMessage } from '../../app/ErrorMessage';
import { CustomerPicker } from '../customers/CustomerPicker';
import { useSettings } from '../settings/settingsStore';
import { ScriptEditor } from './ScriptEditor';
import { ScriptRunner } from './ScriptRunner';
import { useScripts } from './scriptsStore';
import { templateValues } from './templateValues';
import { VersionsDialog } from './VersionsDialog';
import { LocaleOptions } from '../../app/LocaleOptions';

/** The script library: browse by language and category, preview with a customer, run, edit copies. */
export function ScriptsPage() {
  const { t, i18n } = useTranslation();
  const { items, selected, error, load, select, replace, language, category } = useScripts();
  const agentName = useSettings((s) => s.settings?.agentName ?? '');
  const [customer, setCustomer] = useState<CustomerDetail | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'new' | 'versions' | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const lang = (language ?? (i18n.language as Locale)) as Locale;

  useEffect(() => {
    if (!language) void load(i18n.language as Locale);
  }, [language, load, i18n.language]);

  const act = (p: Promise<unknown>) => p.catch((err: unknown) => setActionError(toApiError(err)));
  const fixedT = i18n.getFixedT(selected?.language ?? lang);

  return (
    <div className="library-page">
      <section className="list-pane" aria-labelledby="scripts-h">
        <header className="pane-header">
          <h1 id="scripts-h">{t('scripts.title')}</h1>
          <div className="filters">
            <select aria-label={t('scripts.language')} value={lang} onChange={(e) => void load(e.target.value as Locale)}>
              <LocaleOptions />
            </select>
            <select aria-label={t('scripts.category')} value={category} onChange={(e) => void load(lang, e.target.value)}>
              <option value="">{t('scripts.allCategories')}</option>
              {SCRIPT_CATEGORIES.map((c) => <option key={c} value={c}>{t(`scriptCategory.${c}`)}</option>)}
            </select>
          </div>
          <div className="toolbar-actions">
            <button type="button" onClick={() => setDialog('new')}>{t('scripts.new')}</button>
            <button type="button" onClick={() => fileRef.current?.click()}>{t('scripts.import')}</button>
            <input ref={fileRef} type="file" accept=".json,application/json" hidden aria-label={t('scripts.import')}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void act(f.text().then((json) => call('scripts.import', { json })).then((s) => { replace(s); setActionError(null); }));
              }} />
          </div>
        </header>
        {error && <ErrorMessage error={error} />}
        <ul className="library-list" aria-label={t('scripts.list')}>
          {items.map((s) => (
            <li key={s.id}>
              <button type="button" className={`library-row${selected?.id === s.id ? ' selected' : ''}`} aria-current={selected?.id === s.id ? 'true' : undefined} onClick={() => void select(s.id)}>
                <span className="row-name">{s.title}</span>
                <span className="row-sub">
                  <span>{t(`scriptCategory.${s.category}`)} · {t('scripts.stepCount', { count: s.stepCount })}</span>
                  <span>{s.builtin ? t('scripts.builtin') : t('scripts.mine')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        {items.length === 0 && !error && <p className="empty-state">{t('scripts.empty')}</p>}
      </section>
      <section className="detail-pane">
        {!selected ? (
          <p className="empty-state">{t('scripts.selectPrompt')}</p>
        ) : (
          <article className="detail-body" aria-labelledby="script-title">
            <header className="header-row">
              <div>
                <h2 id="script-title">{selected.title}</h2>
                <p className="muted">{selected.summary}</p>
              </div>
              <div className="header-actions">
                {selected.builtin ? (
                  <button type="button" onClick={() => void act(call('scripts.duplicate', { id: selected.id }).then(replace))}>{t('scripts.duplicate')}</button>
                ) : (
                  <>
                    <button type="button" onClick={() => setDialog('edit')}>{t('customers.edit')}</button>
                    <button type="button" onClick={() => setDialog('versions')}>{t('scripts.versions')}</button>
                  </>
                )}
                <button type="button" onClick={() => void act(call('scripts.export', { id: selected.id }).then((r) => download(r.filename, 'application/json', r.content)))}>{t('scripts.export')}</button>
                {!selected.builtin && (
                  <button type="button" className="danger-outline" onClick={() => void act(call('scripts.delete', { id: selected.id }).then(() => { void select(null); void load(lang); }))}>{t('scripts.delete')}</button>
                )}
              </div>
            </header>
            {selected.builtin && <p className="muted">{t('scripts.builtinNote')}</p>}
            {actionError && <ErrorMessage error={actionError} />}
            <CustomerPicker value={customer} onChange={setCustomer} />
            <ScriptRunner script={selected} values={templateValues(fixedT, selected.language, customer, agentName)} customerId={customer?.id ?? null} />
          </article>
        )}
      </section>
      {(dialog === 'edit' || dialog === 'new') && (
        <ScriptEditor script={dialog === 'edit' ? selected : null} onClose={() => setDialog(null)} onSaved={(s) => { setDialog(null); replace(s); }} />
      )}
      {dialog === 'versions' && selected && <VersionsDialog script={selected} onClose={() => setDialog(null)} onRestored={(s) => { setDialog(null); replace(s); }} />}
    </div>
  );
}
