import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../src-renderer/api/client';
import { App } from '../../src-renderer/app/App';
import { useRoute } from '../../src-renderer/app/route';
import { useCustomers } from '../../src-renderer/features/customers/customersStore';
import { useSettings } from '../../src-renderer/features/settings/settingsStore';
import { initI18n } from '../../src-renderer/i18n';
import { coreTransport } from './coreTransport';

function seed(core: ReturnType<typeof coreTransport>['core']) {
  const a = core.dispatch('customers.create', {
    fullName: '王秀英', honorific: 'ms', phones: [{ number: '138 1234 5678' }], emails: [{ email: 'wxy@example.cn' }], tags: ['VIP'],
  });
  const b = core.dispatch('customers.create', { fullName: 'Zoë Chen', honorific: 'ms', language: 'en', phones: [{ number: '+1 415 555 0199' }] });
  if (!a.ok || !b.ok) throw new Error('seed failed');
  return { wang: a.value as { id: string }, zoe: b.value as { id: string } };
}

beforeEach(() => {
  initI18n('zh-CN');
  useSettings.setState({ settings: null, info: null, error: null, savedAt: null });
  useCustomers.setState({ query: '', items: [], total: 0, listLoaded: false, detail: null, detailError: null, timeline: [] });
  useRoute.setState({ route: { page: 'customers', customerId: null } });
});

describe('the app shell', () => {
  it('lists customers, searches by phone tail, and opens one with a greeting line', async () => {
    const { core, transport } = coreTransport();
    setTransport(transport);
    const { wang } = seed(core);
    render(<App />);
    const list = await screen.findByRole('list', { name: '客户列表' });
    await screen.findByText('共 2 位客户');
    if (process.env.DEBUG_DOM) screen.debug(undefined, 100000);
    expect(await within(list).findByText('王秀英')).toBeInTheDocument();
    expect(within(list).getByText('Zoë Chen')).toBeInTheDocument();
    expect(screen.getByText('共 2 位客户')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: '搜索客户' }), '0199');
    expect(await screen.findByText('找到 1 位客户')).toBeInTheDocument();
    expect(within(list).queryByText('王秀英')).not.toBeInTheDocument();

    act(() => useRoute.setState({ route: { page: 'customers', customerId: wang.id } }));
    expect(await screen.findByText('王女士，您好')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /王秀英/ })).toBeInTheDocument();
    // Click-to-dial: the call starts in the core and opens its tab.
    await userEvent.click(screen.getByRole('button', { name: '拨打 王秀英 的电话 138 1234 5678' }));
    await waitFor(() => {
      const live = core.dispatch('calls.live', {}) as { ok: true; value: { items: { state: string; number: string; customerId: string }[] } };
      expect(live.value.items.map((c) => [c.state, c.number, c.customerId])).toEqual([['dialing', '138 1234 5678', wang.id]]);
    });
  });

  it('switches to traditional Chinese and remembers it in settings', async () => {
    const { core, transport } = coreTransport();
    setTransport(transport);
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '语言' }), 'zh-TW');
    expect(await screen.findByRole('navigation', { name: '主選單' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '客戶' })).toBeInTheDocument();
    const stored = core.dispatch('settings.get', {});
    expect(stored).toMatchObject({ ok: true, value: { language: 'zh-TW' } });
  });

  it('shows a translated message for a customer that does not exist', async () => {
    const { transport } = coreTransport();
    setTransport(transport);
    useRoute.setState({ route: { page: 'customers', customerId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' } });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这位客户');
  });

  it('explains an invalid link in the user language instead of failing silently', async () => {
    const { transport } = coreTransport();
    setTransport(transport);
    useRoute.setState({ route: { page: 'customers', customerId: 'not-an-id' } });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('输入有误');
  });
});
