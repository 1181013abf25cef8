import { expect, test, type Page } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '20'] });
});
test.afterAll(async () => host.stop());

interface Summary { id: string; key: string | null; title: string }

const meter = (page: Page) => page.getByRole('meter', { name: '客户情绪' });
const transcript = (page: Page) => page.getByRole('list', { name: '对话记录' });
const reply = (page: Page) => page.getByRole('textbox', { name: '您的回复' });
async function anger(page: Page): Promise<number> {
  return Number(await meter(page).getAttribute('aria-valuenow'));
}

test('a trainee practises the shipping-delay chat: slow and without an apology fails, the model answer passes', async ({ page, request }) => {
  const api = <T>(method: string, input: unknown) => callApi<T>(request, host, method, input);
  // A real customer, taken from the live desk before the trainee signs in.
  const live = await api<{ items: { fullName: string }[] }>('customers.list', { limit: 1 });
  const realName = live.items[0]!.fullName;
  const scenarios = await api<{ items: Summary[] }>('training.scenarios', { language: 'zh-CN' });
  const shipping = scenarios.items.find((s) => s.key === 'shipping-delay')!;
  const content = await api<{ content: { modelReplies: string[] } }>('training.scenario', { id: shipping.id });
  await api('profiles.create', { name: '小林', role: 'trainee', pin: '1357' });

  // The page's clock is ours: replies can be made to look slow without waiting.
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: '切换账号' }).click();
  await page.getByRole('button', { name: /小林/ }).click();
  await page.getByLabel('小林 的 PIN 码').fill('1357');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('status').filter({ hasText: '培训环境' })).toBeVisible();
  // A trainee starts on the training page.
  await expect(page).toHaveURL(/#\/training$/);
  await expect(page.getByRole('tab', { name: '练习' })).toBeVisible();

  // Real customers are nowhere in the training workspace.
  await page.goto(`${host.url}#/customers`);
  await page.getByRole('searchbox', { name: '搜索客户' }).fill(realName);
  await expect(page.getByText('找到 0 位客户')).toBeVisible();

  await page.getByRole('link', { name: '培训' }).click();
  await expect(page.getByRole('tab', { name: '练习', selected: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: '我的进度' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(realName);

  // First attempt: slow, and explaining without an apology.
  await page.getByRole('button', { name: `开始练习：${shipping.title}` }).click();
  await expect(page.getByRole('heading', { name: shipping.title })).toBeVisible();
  await expect(transcript(page).getByText('到底什么时候发？')).toBeVisible();
  const start = await anger(page);
  await page.clock.fastForward(40_000);
  await expect(page.getByText('请尽快回复')).toBeVisible();
  await reply(page).fill('仓库在补货，再等等吧。');
  await reply(page).press('Control+Enter');
  await expect(transcript(page).getByText('你连句抱歉都没有？')).toBeVisible();
  expect(await anger(page)).toBeGreaterThan(start);
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /生气/);

  await page.clock.fastForward(130_000);
  await expect(page.getByText('已超时')).toBeVisible();
  await reply(page).fill('您的订单号是多少？');
  await page.getByRole('button', { name: '发送' }).click();

  // The customer gave up; the result says why.
  await expect(page.getByText('客户放弃了').first()).toBeVisible();
  await expect(page.getByText('未通过', { exact: true })).toBeVisible();
  await expect(page.locator('dt:has-text("缺少的必备用语") + dd').getByText('道歉', { exact: true })).toBeVisible();
  await expect(page.getByText(/这次回复用了 13\d 秒，超过 120 秒上限/)).toBeVisible();
  await expect(page.getByText(/首次回复用了 4\d 秒，标准是 30 秒内/)).toBeVisible();
  await expect(page.getByText('2 次', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '参考回答' })).toBeVisible();

  // Second attempt: the model answer, promptly. The draft survives a reload.
  await page.getByRole('button', { name: '再练一次' }).click();
  await expect(transcript(page).getByText('到底什么时候发？')).toBeVisible();
  const replies = content.content.modelReplies;
  await reply(page).fill(replies[0]!);
  await page.reload();
  await expect(reply(page)).toHaveValue(replies[0]!);
  const tryAgain = page.getByRole('button', { name: '再练一次' });
  const lines = transcript(page).locator(':scope > li');
  for (const text of replies) {
    const before = await lines.count();
    await reply(page).fill(text);
    await reply(page).press('Control+Enter');
    // Each reply adds the trainee's line and the customer's answer.
    await expect(lines).toHaveCount(before + 2);
    if (await tryAgain.isVisible()) break;
  }
  await expect(page.getByRole('button', { name: '再练一次' })).toBeVisible();
  await expect(page.getByText('通过', { exact: true })).toBeVisible();
  const total = Number(await page.locator('.result-score strong').textContent());
  expect(total).toBeGreaterThanOrEqual(80);

  // Both attempts are in the trainee's history.
  await page.getByRole('link', { name: '返回培训' }).click();
  await page.getByRole('tab', { name: '我的进度' }).click();
  const history = page.getByRole('table', { name: '练习记录' });
  await expect(history.getByRole('row').filter({ hasText: shipping.title })).toHaveCount(2);
  await expect(history.getByRole('link', { name: `查看结果：${shipping.title}` })).toHaveCount(2);
});
