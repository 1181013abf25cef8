import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '40'], keepData: true });
});
test.afterAll(async () => {
  await host.stop();
  fs.rmSync(host.dataDir, { recursive: true, force: true });
});

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

test.beforeEach(async ({ request }) => {
  // Arrivals only when the test asks for them; delivery of what the agent sends stays on.
  await api(request, 'settings.update', { simulator: { enabled: true, messagesPerHour: 0 } });
});

test('an inbound WeChat message counts down 30 s; a canned reply sent from its tab stops the clock and records the first response', async ({ page, request }) => {
  const customer = (await api<{ items: { id: string; fullName: string }[] }>(request, 'customers.list', { limit: 1 })).items[0]!;
  await api(request, 'customers.update', { id: customer.id, customer: { fullName: '周静', surname: '周', honorific: 'ms', phones: [{ number: '13800138000' }] } });
  await api(request, 'canned.save', { language: 'zh-CN', title: '确认收到', category: 'greeting', shortcut: 'ok', body: '{{customer.surname}}{{customer.honorific}}，您好！您的问题我已收到，马上为您查询。' });
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '你好，我买的扫地机器人三天了还没发货' });

  await page.goto(`${host.url}#/inbox`);
  const row = page.getByRole('list', { name: '等待回复的会话' }).getByRole('button', { name: /周静/ }).filter({ hasText: '扫地机器人三天' });
  await expect(row).toBeVisible();
  const timer = row.getByRole('timer');
  await expect(timer).toHaveText(/^0:(2\d|30)$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!);

  await row.click();
  await expect(page.getByRole('tab', { name: /周静/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('你好，我买的扫地机器人三天了还没发货')).toBeVisible();
  const box = page.getByRole('textbox', { name: '回复' });
  await box.pressSequentially('/ok');
  await expect(page.getByRole('listbox', { name: '快捷回复' })).toBeVisible();
  await box.press('Enter');
  await expect(box).toHaveValue('周女士，您好！您的问题我已收到，马上为您查询。');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(page.getByText('已发送')).toBeVisible();
  await expect(page.locator('.conversation').getByRole('timer')).toHaveCount(0);
  await expect(page.getByText(/首次响应 0:\d\d/)).toBeVisible();

  const it = await api<{ firstResponseAt: number; startedAt: number; slaBreachedAt: number | null; awaitingReply: boolean }>(request, 'interactions.get', { id: interactionId });
  expect(it.awaitingReply).toBe(false);
  expect(it.firstResponseAt - it.startedAt).toBeLessThan(30_000);
  expect(it.slaBreachedAt).toBeNull();
  await page.goto(`${host.url}#/inbox`);
  await expect(page.getByRole('list', { name: '等待回复的会话' }).getByRole('button').filter({ hasText: '扫地机器人三天' })).toHaveCount(0);
});

test('a message left unanswered turns red when the deadline passes', async ({ page, request }) => {
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'line', body: '請問訂單什麼時候出貨？' });
  await page.goto(`${host.url}#/inbox`);
  const timer = page.locator('.inbox-row', { hasText: '請問訂單什麼時候出貨？' }).getByRole('timer');
  await expect(timer).toHaveClass(/ok/);
  await api(request, 'test.advanceClock', { ms: 25_000 });
  await expect(timer).toHaveClass(/warn/);
  await api(request, 'test.advanceClock', { ms: 10_000 });
  await expect(timer).toHaveClass(/breached/);
  const it = await api<{ slaBreachedAt: number | null; slaDueAt: number }>(request, 'interactions.get', { id: interactionId });
  expect(it.slaBreachedAt).toBe(it.slaDueAt);
});

test('five tabs and an unsent email draft survive a reload and a killed host', async ({ page, request }) => {
  const ids: string[] = [];
  // Five different customers: a random one may be drawn twice, and a second message joins the first's conversation.
  const people = (await api<{ items: { id: string }[] }>(request, 'customers.list', { limit: 5 })).items.map((c) => c.id);
  for (let i = 0; i < 4; i++) ids.push((await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'wechat', customerId: people[i], body: `第 ${i + 1} 条消息` })).interactionId);
  const email = (await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'email', customerId: people[4], body: '请帮我开具发票，谢谢。' })).interactionId;
  await page.goto(`${host.url}#/inbox`);
  for (const id of [...ids, email]) {
    await api(request, 'tabs.open', { kind: 'interaction', refId: id });
  }
  await page.reload();
  const opened = (await api<{ items: { id: string }[] }>(request, 'tabs.list', {})).items;
  expect(opened.length).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('tablist', { name: '打开的标签页' }).getByRole('tab')).toHaveCount(opened.length);
  const emailTab = await api<{ id: string }>(request, 'tabs.open', { kind: 'interaction', refId: email });
  await page.goto(`${host.url}#/tab/${emailTab.id}`);
  const box = page.getByRole('textbox', { name: '回复' });
  await box.fill('您好，发票已开具，请查收附件。');
  await expect(page.getByText('已保存')).toBeVisible();
  const before = (await api<{ items: { id: string }[] }>(request, 'tabs.list', {})).items.map((t) => t.id);
  expect(before.length).toBeGreaterThanOrEqual(5);

  await page.reload();
  await expect(page.getByRole('textbox', { name: '回复' })).toHaveValue('您好，发票已开具，请查收附件。');

  // The host dies without warning; a new one on the same data brings everything back.
  host.process.kill('SIGKILL');
  await new Promise((r) => host.process.once('exit', r));
  host = await startHost({ dataDir: host.dataDir });
  await page.goto(`${host.url}#/tab/${emailTab.id}`);
  await expect(page.getByRole('textbox', { name: '回复' })).toHaveValue('您好，发票已开具，请查收附件。');
  const after = (await api<{ items: { id: string }[] }>(request, 'tabs.list', {})).items.map((t) => t.id);
  expect(after).toEqual(before);
  await expect(page.getByRole('tablist', { name: '打开的标签页' }).getByRole('tab')).toHaveCount(before.length);
});

test('Ctrl+K finds a customer by the last digits of a phone and opens them', async ({ page, request }) => {
  const c = await api<{ id: string }>(request, 'customers.create', { fullName: '郑雨桐', honorific: 'ms', phones: [{ number: '13912340987' }] });
  await page.goto(`${host.url}#/inbox`);
  await expect(page.getByRole('heading', { level: 1, name: '待办收件箱' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: '快速跳转' });
  await input.fill('0987');
  await page.getByRole('option', { name: /郑雨桐/ }).click();
  await expect(page.getByRole('tab', { name: /郑雨桐/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: /郑雨桐/ })).toBeVisible();
  expect(c.id).toBeTruthy();
});

test('email: reply goes to the sender, forward clears the recipient and quotes the original', async ({ page, request }) => {
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'email', subject: '发票抬头修改', body: '请把发票抬头改成上海某某科技有限公司。' });
  const tab = await api<{ id: string }>(request, 'tabs.open', { kind: 'interaction', refId: interactionId });
  await page.goto(`${host.url}#/tab/${tab.id}`);
  const it = await api<{ address: string }>(request, 'interactions.get', { id: interactionId });
  await expect(page.getByRole('textbox', { name: '收件人' })).toHaveValue(it.address);
  await expect(page.getByRole('textbox', { name: '主题' })).toHaveValue('Re: 发票抬头修改');
  await page.getByRole('button', { name: '转发' }).click();
  await expect(page.getByRole('textbox', { name: '收件人' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '主题' })).toHaveValue('Fwd: 发票抬头修改');
  await expect(page.getByRole('textbox', { name: '回复' })).toHaveValue(/请把发票抬头改成上海某某科技有限公司。/);
  await page.getByRole('textbox', { name: '收件人' }).fill('finance@example.cn');
  await page.getByRole('textbox', { name: '回复' }).press('Control+Enter');
  await expect(page.getByText('收件人：finance@example.cn')).toBeVisible();
});

test('email: a reply with an attached file, listed in the thread and downloadable byte for byte', async ({ page, request }) => {
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'email', subject: '电子发票', body: '请把电子发票发到这个邮箱。' });
  const tab = await api<{ id: string }>(request, 'tabs.open', { kind: 'interaction', refId: interactionId });
  await page.goto(`${host.url}#/tab/${tab.id}`);
  const pdf = Buffer.from('%PDF-1.4\n% 发票 INV-2026-1125\n%%EOF\n', 'utf8');
  await page.getByLabel('添加附件').setInputFiles({ name: '发票 INV-2026-1125.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('list', { name: '待发送的附件' })).toContainText('发票 INV-2026-1125.pdf');
  await page.getByRole('textbox', { name: '回复' }).fill('您好，电子发票已开具，请查收附件。');
  await page.getByRole('button', { name: '发送', exact: true }).click();
  await expect(page.getByRole('list', { name: '待发送的附件' })).toHaveCount(0);
  const listed = page.getByRole('list', { name: '附件' }).last();
  await expect(listed).toContainText('发票 INV-2026-1125.pdf');
  const saved = page.waitForEvent('download');
  await listed.getByRole('button', { name: /发票 INV-2026-1125\.pdf/ }).click();
  const file = await saved;
  expect(file.suggestedFilename()).toBe('发票 INV-2026-1125.pdf');
  expect(fs.readFileSync((await file.path())!).equals(pdf)).toBe(true);
});
