import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '30'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

const script = {
  script: {
    title: '投诉处理：安抚—致歉—确认—解决',
    category: 'complaint',
    language: 'zh-CN',
    tags: ['投诉'],
    summary: '客户情绪激动时使用',
    steps: [
      { id: 'calm', title: '安抚情绪', say: '{{customer.surname}}{{customer.honorific}}，非常理解您现在的心情。', required: true, branches: [{ label: '客户愿意说明情况', next: 'apologise' }, { label: '客户要求找主管', next: 'escalate' }] },
      { id: 'apologise', title: '致歉', say: '给您带来不便，真的很抱歉。', next: 'confirm' },
      { id: 'confirm', title: '确认事实', say: '麻烦您提供一下订单号和照片，好吗？', next: null },
      { id: 'escalate', title: '升级主管', say: '我马上请主管联系您。', next: null },
    ],
  },
};

test('runs a complaint script for a chosen customer: surname filled, a branch followed, steps checked off, path saved', async ({ page, request }) => {
  await api(request, 'scripts.import', { json: JSON.stringify(script) });
  await api(request, 'customers.create', { fullName: '黄晓燕', honorific: 'ms', phones: [{ number: '13566667777' }] });
  await page.goto(`${host.url}#/scripts`);
  await page.getByRole('button', { name: /投诉处理：安抚—致歉—确认—解决/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '投诉处理：安抚—致歉—确认—解决' })).toBeVisible();
  await page.getByRole('searchbox', { name: '选择客户预览（电话、姓名、拼音）' }).fill('7777');
  await page.getByRole('button', { name: /黄晓燕/ }).click();
  await expect(page.locator('.runner-step .say')).toHaveText('黄女士，非常理解您现在的心情。');
  await page.getByRole('button', { name: '客户愿意说明情况' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '致歉' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '完成第 1 步：安抚情绪' })).toBeChecked();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('checkbox', { name: '完成第 3 步：确认事实' }).check();
  await expect(page.getByText('已记录走过的步骤')).toBeVisible();
});

test('a search for 发票 finds the traditional-Chinese invoice article, highlighted', async ({ page, request }) => {
  await api(request, 'articles.create', { article: { title: '如何開立電子發票', category: 'invoices', language: 'zh-TW', body: '訂單完成後，可在會員中心申請**電子發票**。\n\n- 公司抬頭\n- 統一編號' } });
  await page.goto(`${host.url}#/knowledge`);
  await page.getByRole('searchbox', { name: '搜索' }).fill('发票');
  const results = page.getByRole('list', { name: '搜索结果' });
  const hit = results.getByRole('button', { name: /如何開立電子發票/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('發票');
  await hit.click();
  await expect(page.getByRole('heading', { level: 2, name: '如何開立電子發票' })).toBeVisible();
  await expect(page.locator('.markdown strong')).toHaveText('電子發票');
  await expect(page.locator('.markdown li')).toHaveCount(2);
});

test('a trainee in Traditional Chinese opens a built-in script: Taiwan wording, read-only, can be copied', async ({ page, request }) => {
  await api(request, 'settings.update', { language: 'zh-TW' });
  await page.goto(`${host.url}#/scripts`);
  await page.getByRole('button', { name: /客訴處理完整流程：安撫、致歉、確認、解決、追蹤/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '客訴處理完整流程：安撫、致歉、確認、解決、追蹤' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '安撫情緒' })).toBeVisible();
  await expect(page.locator('.runner-step .say')).toContainText('我非常能體會您');
  await expect(page.getByRole('button', { name: '複製為我的話術' })).toBeVisible();
  await expect(page.getByRole('button', { name: '編輯' })).toHaveCount(0);
  await api(request, 'settings.update', { language: 'zh-CN' });
});
