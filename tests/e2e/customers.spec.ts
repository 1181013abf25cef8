import { expect, test, type APIRequestContext } from '@playwright/test';
import iconv from 'iconv-lite';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '60'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

type Summary = { id: string; fullName: string; primaryPhone: string | null };

test('finds a Chinese-named customer by pinyin initials', async ({ page, request }) => {
  await api(request, 'customers.create', { fullName: '欧阳娜娜', honorific: 'ms', phones: [{ number: '13511112222' }] });
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill('oynn');
  await expect(page.getByRole('list', { name: '客户列表' }).getByRole('link', { name: /欧阳娜娜/ })).toBeVisible();
  await expect(page.getByText('找到 1 位客户')).toBeVisible();
});

test('editing a phone shows a translated field error, then saves once fixed', async ({ page, request }) => {
  const c = await api<{ id: string }>(request, 'customers.create', { fullName: '林美玲', honorific: 'ms', phones: [{ number: '0912-345-678' }] });
  await page.goto(`${host.url}#/customers/${c.id}`);
  await expect(page.getByText('林女士，您好')).toBeVisible();
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑客户：林美玲' });
  const phone = dialog.getByRole('textbox', { name: '电话 1' });
  await phone.fill('0912-abc');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText(/电话号码格式不对/)).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await phone.fill('0912-888-999');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '拨打 林美玲 的电话 0912-888-999' })).toBeVisible();
  const detail = await api<{ phones: { normalized: string }[] }>(request, 'customers.get', { id: c.id });
  expect(detail.phones.map((p) => p.normalized)).toEqual(['0912888999']);
});

test('imports a GBK CSV from Chinese Excel, skipping and reporting two bad rows', async ({ page, request }) => {
  const before = (await api<{ total: number }>(request, 'customers.list', {})).total;
  const csv = ['姓名,手机,邮箱,会员等级', '赵丽颖,13600001234,zly@example.cn,gold', ',13600005678,,', '孙杨,13600009999,,silver', '钱多多,电话不详,,'].join('\r\n');
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '导入客户（CSV）' });
  await dialog.getByLabel('选择 CSV 文件').setInputFiles({ name: '客户.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await expect(dialog.getByText('共 4 行：2 行可以导入，2 行有问题（编码：GBK / GB18030（简体 Excel））。')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: '“姓名”列对应' })).toHaveValue('fullName');
  await expect(dialog.getByText('第 3 行 · 姓名：不能为空（）')).toBeVisible();
  await expect(dialog.getByText('第 5 行 · 电话：电话号码格式不对（电话不详）')).toBeVisible();
  await dialog.getByRole('button', { name: '导入 2 位，跳过 2 行' }).click();
  await expect(dialog.getByText('已导入 2 位客户，跳过 2 行。')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  expect((await api<{ total: number }>(request, 'customers.list', {})).total).toBe(before + 2);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill('zly');
  await expect(page.getByRole('list', { name: '客户列表' }).getByRole('link', { name: /赵丽颖/ })).toBeVisible();
});

test('merges two duplicates and shows the combined history', async ({ page, request }) => {
  const list = (await api<{ items: Summary[] }>(request, 'customers.list', { limit: 20 })).items;
  const latest = list[0]!;
  const keep = list[6]!;
  const timeline = async (id: string) => (await api<{ items: { id: string; preview: string }[] }>(request, 'customers.timeline', { customerId: id, limit: 500 })).items;
  const [keptBefore, mergedBefore] = [await timeline(keep.id), await timeline(latest.id)];
  const keepDetail = await api<{ fullName: string; phones: { raw: string }[] }>(request, 'customers.get', { id: keep.id });
  const latestDetail = await api<Record<string, unknown> & { fullName: string; phones: { raw: string }[] }>(request, 'customers.get', { id: latest.id });
  // The newest caller gave the same phone as an existing customer: a duplicate.
  await api(request, 'customers.update', {
    id: latest.id,
    customer: { fullName: latestDetail.fullName, phones: [...latestDetail.phones.map((p) => ({ number: p.raw })), { number: keepDetail.phones[0]!.raw }] },
  });

  await page.goto(`${host.url}#/customers`);
  await page.getByRole('button', { name: '查找重复' }).click();
  const dialog = page.getByRole('dialog', { name: '重复客户' });
  const group = dialog.getByRole('listitem').filter({ hasText: keepDetail.fullName });
  await group.getByRole('radio', { name: new RegExp(keepDetail.fullName) }).check();
  await group.getByRole('button', { name: /合并另外 1 条/ }).click();
  await expect(dialog.getByRole('status')).toContainText(`已合并到${keepDetail.fullName}`);
  await dialog.getByRole('button', { name: '关闭' }).click();

  await expect(page.getByRole('heading', { level: 2, name: new RegExp(keepDetail.fullName) })).toBeVisible();
  const history = page.getByRole('list', { name: '往来记录' });
  await expect(history.getByText(mergedBefore[0]!.preview).first()).toBeVisible();
  const after = await timeline(keep.id);
  expect(after.length).toBe(keptBefore.length + mergedBefore.length);
  for (const p of latestDetail.phones) await expect(page.getByRole('button', { name: `拨打 ${keepDetail.fullName} 的电话 ${p.raw}` })).toBeVisible();
});
