import { expect, test } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '10'] });
});
test.afterAll(async () => host.stop());

test('a supervisor backs up, loses a customer, and gets them back by restoring the backup', async ({ page, request }) => {
  const api = <T>(method: string, input: unknown) => callApi<T>(request, host, method, input);
  const customer = await api<{ id: string }>('customers.create', { fullName: '柳如烟', phones: [{ number: '+86 137 2468 1357' }] });

  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: '数据与备份' });
  await section.getByRole('textbox', { name: '备注（可选）' }).fill('删除前');
  await section.getByRole('button', { name: '立即备份' }).click();
  const restoreIt = section.getByRole('button', { name: /^恢复 .* · 删除前 的备份$/ });
  await expect(restoreIt).toBeVisible();
  await expect(section.getByRole('row').filter({ hasText: '删除前' })).toContainText('手动');

  await api('customers.erase', { id: customer.id });
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill('柳如烟');
  await expect(page.getByText('找到 0 位客户')).toBeVisible();

  // A file that is not a backup is refused, and says so.
  await page.goto(`${host.url}#/settings`);
  await section.locator('input[type=file]').setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,电话\n张三,13800138000\n') });
  await page.getByRole('dialog', { name: '确定要恢复备份吗？' }).getByRole('button', { name: '先备份当前数据，再恢复' }).click();
  await expect(section.getByRole('alert')).toContainText('这个文件不是备份');

  await restoreIt.click();
  const confirm = page.getByRole('dialog', { name: '确定要恢复备份吗？' });
  await expect(confirm).toContainText('删除前');
  await expect(confirm).toContainText('恢复前会先备份当前数据');
  await confirm.getByRole('button', { name: '先备份当前数据，再恢复' }).click();

  // The window reloads on its own once the core has the restored data.
  await expect(section.getByRole('row').filter({ hasText: '恢复前自动备份' })).toBeVisible({ timeout: 15_000 });
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill('柳如烟');
  await expect(page.getByText('找到 1 位客户')).toBeVisible();
  await expect(page.getByText('柳如烟').first()).toBeVisible();
});
