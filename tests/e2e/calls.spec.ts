import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--no-demo'], keepData: true });
});
test.afterAll(async () => {
  await host.stop();
  fs.rmSync(host.dataDir, { recursive: true, force: true });
});

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);
interface Call { id: string; state: string; talkSeconds: number; holdSeconds: number; disposition: string | null; customerId: string | null }

test('a call from a customer: screen pop, answer, hold, script, note, callback, hang up, wrap-up, history', async ({ page, request }) => {
  // No simulated chats: with her the only customer on file, any would land on her timeline above the call.
  await api(request, 'settings.update', { simulator: { enabled: true, messagesPerHour: 0 } });
  const c = await api<{ id: string }>(request, 'customers.create', { fullName: '王芳', surname: '王', honorific: 'ms', phones: [{ number: '138 1234 5678' }] });
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: '我的状态' })).toHaveValue('available');

  const { id } = await api<{ id: string }>(request, 'test.simulateCall', { customerId: c.id });
  const ring = page.getByRole('alertdialog', { name: '来电：王芳' });
  await expect(ring).toContainText('王女士，您好');
  await expect(ring).toContainText('未结工单 0 个');
  await ring.getByRole('button', { name: '接听' }).click();

  await expect(page.getByRole('tab', { name: /王芳/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: '通话中' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '我的状态' })).toHaveValue('on-call');

  await page.getByRole('button', { name: '保持' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保持中' })).toBeVisible();
  await api(request, 'test.advanceClock', { ms: 30_000 });
  await page.getByRole('button', { name: '恢复通话' }).click();
  await expect(page.getByRole('timer', { name: '保持时长' })).toContainText('00:30');

  await page.getByRole('combobox', { name: '分类' }).first().selectOption({ label: '投诉处理' });
  await page.getByRole('combobox', { name: '话术' }).selectOption({ label: '投诉处理全流程：安抚、致歉、核实、解决、跟进' });
  await expect(page.locator('.runner-step .say')).toContainText('王女士，非常理解您现在的感受');
  await page.getByRole('button', { name: '客户情绪平复，愿意说明情况' }).click();
  await expect(page.locator('#runner-step-h')).toHaveText('诚恳致歉');
  await page.getByRole('checkbox', { name: /完成第 2 步/ }).check();
  await expect(page.getByRole('checkbox', { name: /完成第 1 步/ })).toBeChecked();

  await page.getByRole('textbox', { name: '通话备注' }).fill('客户投诉配送延误，已致歉，答应明天回电确认');
  await expect(page.getByText('已保存').first()).toBeVisible();

  await page.getByRole('button', { name: '安排回电' }).first().click();
  const dialog = page.getByRole('dialog', { name: '为 王芳 安排提醒' });
  await dialog.getByLabel('原因').fill('确认补发进度');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '挂断' }).click();
  await expect(page.getByRole('status').filter({ hasText: '话后处理' })).toBeVisible();
  await expect(page.getByRole('timer', { name: '话后处理' })).toBeVisible();
  await page.getByRole('button', { name: /关闭 王芳/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请先为这通电话选择结束代码' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /王芳/ })).toBeVisible();

  await page.getByRole('combobox', { name: '结束代码 *' }).selectOption({ label: '已约回拨' });
  await page.getByRole('radio', { name: '否' }).check();
  await page.getByRole('textbox', { name: '小结（一句话）' }).fill('配送延误投诉，明日回电');
  await page.getByRole('button', { name: '完成小结' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '我的状态' })).toHaveValue('available');
  await page.getByRole('button', { name: /关闭 王芳/ }).click();
  await expect(page.getByRole('tab', { name: /王芳/ })).toHaveCount(0);

  const done = await api<Call>(request, 'calls.get', { id });
  expect(done).toMatchObject({ state: 'done', disposition: 'callback-scheduled', holdSeconds: 30 });
  const runs = await api<{ items: { path: string[]; checked: string[] }[] }>(request, 'scripts.runsForInteraction', { interactionId: id });
  expect(runs.items[0]).toMatchObject({ path: ['s1', 's2'], checked: expect.arrayContaining(['s1', 's2']) });
  type Listed = { items: { reason: string; interactionId: string }[] };
  const reminders = [
    ...(await api<Listed>(request, 'reminders.list', { view: 'today', customerId: c.id })).items,
    ...(await api<Listed>(request, 'reminders.list', { view: 'upcoming', customerId: c.id })).items,
  ];
  expect(reminders).toEqual([expect.objectContaining({ reason: '确认补发进度', interactionId: id })]);

  await page.goto(`${host.url}#/customers/${c.id}`);
  const entry = page.getByRole('list', { name: /时间线|往来记录/ }).getByRole('listitem').first();
  await expect(entry).toContainText('配送延误投诉，明日回电');
  await expect(entry).toContainText(`${String(Math.floor(done.talkSeconds / 60)).padStart(2, '0')}:${String(done.talkSeconds % 60).padStart(2, '0')}`);
});

test('a call from an unknown number offers to create the customer, and the call is theirs', async ({ page, request }) => {
  await page.goto(host.url);
  const { id } = await api<{ id: string }>(request, 'test.simulateCall', { number: '139 0000 1111' });
  const ring = page.getByRole('alertdialog', { name: '来电：未知号码' });
  await expect(ring).toContainText('客户库中没有此号码');
  await ring.getByRole('button', { name: '接听' }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('姓名').fill('赵磊');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '赵磊' }).first()).toBeVisible();
  expect((await api<Call>(request, 'calls.get', { id })).customerId).not.toBeNull();
  await api(request, 'calls.hangUp', { id });
});

test('on break no call rings; the dial pad calls out and a busy number ends without wrap-up', async ({ page, request }) => {
  await page.goto(host.url);
  await page.getByRole('combobox', { name: '我的状态' }).selectOption('break');
  await expect(page.getByRole('combobox', { name: '我的状态' })).toHaveValue('break');
  const res = await request.post(`${host.origin}/api/test.simulateCall`, { headers: { authorization: `Bearer ${host.token}` }, data: {} });
  expect(((await res.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe('agent-unavailable');

  await page.keyboard.press('Alt+d');
  const pad = page.getByRole('dialog', { name: '拨号盘' });
  await pad.getByLabel('号码').fill('137 0000 0000');
  await pad.getByRole('button', { name: '拨打', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '拨号中' })).toBeVisible();
  await api(request, 'test.advanceClock', { ms: 5_000 });
  await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
  await expect(page.getByText('占线').first()).toBeVisible();
});
