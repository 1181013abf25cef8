import { expect, test } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '20'] });
});
test.afterAll(async () => host.stop());

test('a trainee signs in with a PIN, practises on made-up customers and sees the live desk masked', async ({ page, request }) => {
  const api = <T>(method: string, input: unknown) => callApi<T>(request, host, method, input);
  const real = await api<{ id: string }>('customers.create', { fullName: '钱多多', honorific: 'mr', phones: [{ number: '+86 139 1234 5678' }], emails: [{ email: 'qian.duoduo@example.cn' }] });

  // The supervisor adds a trainee with a PIN from Settings.
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('button', { name: '添加账号' }).click();
  const add = page.getByRole('dialog', { name: '添加账号' });
  await add.getByRole('textbox', { name: '姓名' }).fill('小周');
  await add.getByRole('combobox', { name: '角色' }).selectOption('trainee');
  await add.getByLabel('PIN 码（可选）').fill('2468');
  await add.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('小周 现在可以登录了。')).toBeVisible();

  await page.getByRole('button', { name: '切换账号' }).click();
  await expect(page.getByRole('heading', { name: '请选择您的账号' })).toBeVisible();
  await page.getByRole('button', { name: /小周/ }).click();
  await page.getByLabel('小周 的 PIN 码').fill('1111');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('PIN 码错误，再错 4 次账号将被锁定。')).toBeVisible();
  await page.getByLabel('小周 的 PIN 码').fill('2468');
  await page.getByRole('button', { name: '登录' }).click();

  // Practice: the band says so, and the real customer is not there.
  await expect(page.getByRole('status').filter({ hasText: '培训环境' })).toBeVisible();
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill('钱多多');
  await expect(page.getByText('找到 0 位客户')).toBeVisible();

  // Looking on at the live desk: read-only and masked.
  await page.getByRole('button', { name: '旁观正式工作台' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正式工作台（只读）' })).toBeVisible();
  await page.goto(`${host.url}#/customers/${real.id}`);
  await expect(page.getByRole('heading', { name: '钱多多' })).toBeVisible();
  await expect(page.getByText(/•+.*5678/).first()).toBeVisible();
  await expect(page.getByText('q•••@example.cn').first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText('1234 5678');
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出 CSV' })).toHaveCount(0);

  // The core refuses, whatever the window shows.
  const res = await request.post(`${host.origin}/api/customers.export`, { headers: { authorization: `Bearer ${host.token}` }, data: { format: 'csv' } });
  const body = (await res.json()) as { ok: boolean; error: { code: string; details: { reason: string } } };
  expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'role-required' } } });

  // Back to the supervisor, who finds it all in the audit trail.
  await page.getByRole('button', { name: '切换账号' }).click();
  await page.getByRole('button', { name: /主管/ }).first().click();
  await page.getByRole('link', { name: '审计日志' }).click();
  await page.getByRole('searchbox', { name: '操作人' }).fill('小周');
  const rows = page.getByRole('table', { name: '审计日志' }).getByRole('row');
  await expect(rows.filter({ hasText: 'PIN 码错误' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '查看客户' })).toHaveCount(1);
});
