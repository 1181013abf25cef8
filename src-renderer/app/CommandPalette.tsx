import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '@contract/customers';
import { call } from '../api/client';
import { useTabLabels } from '../features/workspace/tabLabels';
import { useWorkspace } from '../features/workspace/workspaceStore';
import { useSettings } from '../features/settings/settingsStore';
import { hrefFor } from './route';

/** Ctrl/Cmd+K: jump to any customer (phone tail, name, pinyin), any open tab, or an action. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<CustomerSummary[]>([]);
  const tabs = useWorkspace((s) => s.tabs);
  const openTab = useWorkspace((s) => s.open);
  const labels = useTabLabels((s) => s.labels);
  const theme = useSettings((s) => s.settings?.theme);
  const update = useSettings((s) => s.update);

  useEffect(() => {
    if (!query.trim()) return setCustomers([]);
    const timer = setTimeout(() => void call('customers.list', { query, limit: 8 }).then((r) => setCustomers(r.items), () => setCustomers([])), 80);
    return () => clearTimeout(timer);
  }, [query]);

  const run = (fn: () => void) => {
    fn();
    onClose();
  };
  const pages = [
    ['inbox', hrefFor({ page: 'inbox' })],
    ['reminders', hrefFor({ page: 'reminders' })],
    ['customers', hrefFor({ page: 'customers', customerId: null })],
    ['scripts', hrefFor({ page: 'scripts' })],
    ['knowledge', hrefFor({ page: 'knowledge', articleId: null })],
    ['settings', hrefFor({ page: 'settings' })],
  ] as const;

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="palette" onMouseDown={(e) => e.stopPropagation()}>
        <Command label={t('palette.label')} shouldFilter={false} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <Command.Input autoFocus value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} aria-label={t('palette.label')} />
          <Command.List>
            <Command.Empty>{t('palette.empty')}</Command.Empty>
            {customers.length > 0 && (
              <Command.Group heading={t('palette.customers')}>
                {customers.map((c) => (
                  <Command.Item key={c.id} value={`customer-${c.id}`} onSelect={() => run(() => void openTab('customer', c.id))}>
                    {c.fullName} <span className="muted">{c.primaryPhone ?? c.primaryEmail ?? ''}</span>
                  </Command.Item>
                ))}
              </Command.Group>
            )}
            <Command.Group heading={t('palette.tabs')}>
              {tabs
                .filter((tab) => !query || (labels[tab.id]?.title ?? '').toLowerCase().includes(query.toLowerCase()))
                .map((tab) => (
                  <Command.Item key={tab.id} value={`tab-${tab.id}`} onSelect={() => run(() => (location.hash = hrefFor({ page: 'tab', tabId: tab.id })))}>
                    {labels[tab.id]?.title ?? '…'}
                  </Command.Item>
                ))}
            </Command.Group>
            <Command.Group heading={t('palette.actions')}>
              {pages
                .filter(([p]) => !query || t(`nav.${p}`).toLowerCase().includes(query.toLowerCase()))
                .map(([p, href]) => (
                  <Command.Item key={p} value={`go-${p}`} onSelect={() => run(() => (location.hash = href))}>
                    {t('palette.goTo', { page: t(`nav.${p}`) })}
                  </Command.Item>
                ))}
              <Command.Item value="theme" onSelect={() => run(() => void update({ theme: theme === 'dark' ? 'light' : 'dark' }))}>
                {t('palette.toggleTheme')}
              </Command.Item>
            </Command.Group>
          </Command.List>
        </Command>
      </div>
    </div>
  );
}
