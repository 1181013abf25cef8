import { test } from '@playwright/test';
import path from 'node:path';
import { startHost, type Host } from './host';

/** Not a test: `SCREENSHOTS=1 npm run test:e2e -- screenshots-workspace` pictures the workspace. */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '200'] });
});
test.afterAll(async () => host.stop());

const OUT = path.resolve(__dirname, '../../out/screenshots');
const post = (method: string, input: unknown) =>
  fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: JSON.stringify(input) }).then((r) => r.json() as Promise<{ value: any }>);

for (const language of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`workspace ${language} ${theme}`, async ({ page }) => {
      await post('settings.update', { language, theme, simulator: { enabled: true, messagesPerHour: 0 } });
      const a = (await post('test.simulateInbound', { channel: 'wechat', body: '你好，我的快递三天没动了，能帮我查一下吗？' })).value.interactionId;
      await post('test.simulateInbound', { channel: 'email', body: 'Hello, I would like a VAT invoice for my last order please.' });
      await post('test.simulateInbound', { channel: 'line', body: '請問退貨要怎麼申請？' });
      await page.goto(`${host.url}#/inbox`);
      await page.locator('.inbox-row').first().waitFor();
      await page.screenshot({ path: `${OUT}/inbox-${language}-${theme}.png` });
      const tab = (await post('tabs.open', { kind: 'interaction', refId: a })).value;
      await page.goto(`${host.url}#/tab/${tab.id}`);
      await page.locator('.composer textarea').waitFor();
      await page.locator('.composer textarea').fill('/');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/conversation-${language}-${theme}.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('13');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/palette-${language}-${theme}.png` });
      await page.keyboard.press('Escape');
      await page.goto(`${host.url}#/scripts`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/scripts-${language}-${theme}.png` });
      const someone = (await post('customers.list', { limit: 1 })).value.items[0];
      const now = (await post('app.info', {})).value.now;
      await post('reminders.create', { kind: 'callback', customerId: someone.id, phone: someone.primaryPhone, reason: '确认退款到账 / confirm the refund', dueAt: now + 60_000 });
      await post('reminders.create', { kind: 'follow-up', customerId: someone.id, reason: '回访满意度', dueAt: now + 86_400_000 });
      await post('test.advanceClock', { ms: 120_000 });
      await page.goto(`${host.url}#/reminders`);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/reminders-${language}-${theme}.png` });
      await post('articles.create', { article: { title: language === 'en' ? 'Requesting a VAT invoice' : '如何申请电子发票', category: 'invoices', language, body: language === 'en' ? 'Customers can request an **invoice** from the order page.\n\n- Company name\n- Tax number' : '订单完成后可在订单页面申请**电子发票**。\n\n- 公司抬头\n- 税号' } });
      await page.goto(`${host.url}#/knowledge`);
      await page.locator('.search-box').fill(language === 'en' ? 'invoice' : '发票');
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${OUT}/knowledge-${language}-${theme}.png` });

      const caller = (await post('customers.list', { limit: 3 })).value.items[2];
      await page.goto(`${host.url}#/inbox`);
      const ringing = (await post('test.simulateCall', { customerId: caller.id })).value.id;
      await page.locator('.incoming-call').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/call-ringing-${language}-${theme}.png` });
      await page.locator('.incoming-call button.answer').click();
      await page.locator('.call-view').waitFor();
      await page.locator('.script-pick select').first().selectOption('complaint');
      await page.waitForTimeout(300);
      await page.locator('.script-pick select').nth(1).selectOption({ index: 1 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/call-connected-${language}-${theme}.png` });
      await post('calls.hangUp', { id: ringing });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/call-wrapup-${language}-${theme}.png` });
      await post('calls.wrapUp', { id: ringing, disposition: 'resolved', category: 'complaint', resolved: true });
    });
  }
}
