import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '20'], keepData: true });
});
test.afterAll(async () => {
  await host.stop();
  fs.rmSync(host.dataDir, { recursive: true, force: true });
});

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

test('a callback scheduled two minutes ahead notifies on time, and Open dials the right number', async ({ page, context, request }) => {
  await context.grantPermissions(['notifications'], { origin: host.origin });
  // Record desktop notifications the page shows.
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { __notes: string[] }).__notes = shown;
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push(`${title}|${options?.body ?? ''}`);
      }
    }
    (window as unknown as { Notification: unknown }).Notification = FakeNotification;
  });
  const c = await api<{ id: string }>(request, 'customers.create', { fullName: '吴晓燕', honorific: 'ms', phones: [{ number: '138-0013-8000' }] });
  await page.goto(`${host.url}#/customers/${c.id}`);
  await page.getByRole('button', { name: '安排回电' }).click();
  const dialog = page.getByRole('dialog', { name: '为 吴晓燕 安排提醒' });
  const now = (await api<{ now: number }>(request, 'app.info', {})).now;
  // Two minutes ahead as the window's clock reads it (its time zone, not this process's).
  const inTwo = await page.evaluate((at) => {
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, now + 2 * 60_000);
  await dialog.getByLabel('时间').fill(inTwo);
  await dialog.getByLabel('原因').fill('确认退款是否到账');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // The demo desk may already have overdue reminders (renewals): the badge must gain this one.
  const before = (await api<{ overdue: number }>(request, 'reminders.counts', {})).overdue;
  await api(request, 'test.advanceClock', { ms: 3 * 60_000 });
  const toast = page.getByRole('region', { name: '到期提醒' }).getByRole('alert');
  await expect(toast).toContainText('回电');
  await expect(toast).toContainText('吴晓燕');
  await expect(toast).toContainText('确认退款是否到账');
  expect(await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes)).toEqual(['回电: 吴晓燕|138-0013-8000 · 确认退款是否到账']);
  await expect(page.getByRole('link', { name: /提醒/ }).locator('.nav-count')).toHaveText(String(before + 1));

  await toast.getByRole('button', { name: '打开' }).click();
  await expect(page.getByRole('tab', { name: /吴晓燕/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: '拨号中' })).toBeVisible();
  const live = await api<{ items: { number: string; customerId: string; direction: string }[] }>(request, 'calls.live', {});
  expect(live.items).toEqual([expect.objectContaining({ number: '138-0013-8000', customerId: c.id, direction: 'outbound' })]);
});

test('a note typed in the quick note box survives killing and restarting the host', async ({ page, request }) => {
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'wechat', body: '我想改一下收货地址' });
  const tab = await api<{ id: string }>(request, 'tabs.open', { kind: 'interaction', refId: interactionId });
  await page.goto(`${host.url}#/tab/${tab.id}`);
  const note = page.getByRole('textbox', { name: '备注' });
  await note.fill('客户要求改到公司地址：浦东新区张江路 88 号');
  await expect(page.locator('.quick-note').getByText('已保存')).toBeVisible();
  host.process.kill('SIGKILL');
  await new Promise((r) => host.process.once('exit', r));
  host = await startHost({ dataDir: host.dataDir });
  await page.goto(`${host.url}#/tab/${tab.id}`);
  await expect(page.getByRole('textbox', { name: '备注' })).toHaveValue('客户要求改到公司地址：浦东新区张江路 88 号');
});
