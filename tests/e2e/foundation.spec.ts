import { expect, test } from '@playwright/test';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '150'] });
});
test.afterAll(async () => {
  await host.stop();
});

test('the demo workspace opens, switches to 繁體中文, and shows a customer with history', async ({ page }) => {
  await page.goto(`${host.url}#/customers`);
  const list = page.getByRole('list', { name: '客户列表' });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(page.getByText('共 150 位客户')).toBeVisible();

  await page.getByRole('combobox', { name: '语言' }).selectOption('zh-TW');
  await expect(page.getByRole('navigation', { name: '主選單' })).toBeVisible();
  const twList = page.getByRole('list', { name: '客戶清單' });
  await expect(page.getByText('共 150 位客戶')).toBeVisible();

  const first = twList.getByRole('link').first();
  const name = (await first.locator('.row-name').textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
  await expect(page.getByText(/，您好|^Hello /).first()).toBeVisible();
  const history = page.getByRole('list', { name: '往來紀錄' });
  await expect(history.getByRole('listitem').first()).toBeVisible();
  await history.getByRole('button', { name: '查看詳情' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: '關閉' }).click();

  // The choice survives a reload: it lives in the database, not the page.
  await page.reload();
  await expect(page.getByRole('navigation', { name: '主選單' })).toBeVisible();
});

test('a customer found by the last four digits of a phone', async ({ page, request }) => {
  const res = await request.post(`${host.origin}/api/customers.list`, { headers: { authorization: `Bearer ${host.token}` }, data: { limit: 1 } });
  const body = (await res.json()) as { value: { items: { fullName: string; primaryPhone: string }[] } };
  const someone = body.value.items[0]!;
  const tail = someone.primaryPhone.replace(/\D/g, '').slice(-4);
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox').fill(tail);
  await expect(page.getByRole('link', { name: new RegExp(someone.fullName) }).first()).toBeVisible();
});

test('a bad API call gets a readable, structured error and changes nothing', async ({ page, request }) => {
  const count = async () =>
    ((await (await request.post(`${host.origin}/api/customers.list`, { headers: { authorization: `Bearer ${host.token}` }, data: {} })).json()) as {
      value: { total: number };
    }).value.total;
  const before = await count();
  const unauth = await request.post(`${host.origin}/api/customers.create`, { data: { fullName: '王秀英' } });
  expect(unauth.status()).toBe(401);
  const wrongType = await request.post(`${host.origin}/api/customers.create`, { headers: { authorization: `Bearer ${host.token}` }, data: { fullName: 42 } });
  expect(wrongType.status()).toBe(400);
  expect(await wrongType.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: ['fullName'] }] } } });
  expect(await count()).toBe(before);

  // In the app: a broken link explains itself in the user's language.
  await page.goto(`${host.url}#/customers/not-a-real-id`);
  await expect(page.getByRole('alert')).toContainText(/输入有误|輸入有誤|not valid/);
});
