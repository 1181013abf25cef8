import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--no-demo'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);
// A real 1×1 PNG: the core sniffs bytes, so the thumbnail needs a real image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function newCustomer(request: APIRequestContext, name: string, phone: string) {
  return api<{ id: string }>(request, 'customers.create', { fullName: name, surname: name[0], honorific: 'ms', phones: [{ number: phone }] });
}

test('a complaint email becomes a P2 case: evidence, hand-off to logistics, reply, coupon, follow-up, satisfaction, timeline', async ({ page, request }) => {
  const customer = await newCustomer(request, '孙丽', '13700001234');
  await api(request, 'test.simulateInbound', { channel: 'email', customerId: customer.id, subject: '收到的电饭煲外壳摔裂了', body: '快递送来时外箱破了，电饭煲外壳有裂痕，要求换新。' });

  await page.goto(`${host.url}#/inbox`);
  await page.getByRole('list', { name: '等待回复的会话' }).getByRole('button', { name: /孙丽/ }).click();
  await page.getByRole('button', { name: '建工单' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工单' });
  await dialog.getByRole('combobox', { name: '类型' }).selectOption({ label: '投诉' });
  await expect(dialog.getByRole('combobox', { name: '等级' })).toHaveValue('P2');
  await expect(dialog.getByRole('textbox', { name: '主题' })).toHaveValue('收到的电饭煲外壳摔裂了');
  await dialog.getByRole('textbox', { name: '客户诉求' }).fill('换新');
  await dialog.getByRole('button', { name: '登记工单' }).click();

  const view = page.getByRole('article', { name: /收到的电饭煲外壳摔裂了/ });
  await expect(view.getByText('新建', { exact: true })).toBeVisible();
  await expect(view.getByRole('timer').first()).toContainText('首次联系');
  await view.getByRole('button', { name: '受理', exact: true }).click();
  await expect(view.locator('.case-meta')).toContainText('已受理');

  await view.getByLabel('上传附件').setInputFiles({ name: '外壳裂痕.png', mimeType: 'image/png', buffer: PNG });
  await expect(view.getByRole('img', { name: '外壳裂痕.png' })).toBeVisible();

  await view.getByRole('button', { name: '转交部门' }).click();
  const form = view.getByRole('group', { name: '转交部门' });
  await form.getByRole('combobox', { name: '部门' }).selectOption({ label: '物流部' });
  await form.getByRole('combobox', { name: '紧急程度' }).selectOption({ label: '高' });
  await form.getByRole('textbox', { name: '背景说明' }).fill('顺丰运单 SF1234567890 外箱破损，请核实揽收和运输记录');
  await form.getByRole('button', { name: '转交' }).click();
  await expect(view.locator('.case-meta')).toContainText('等待部门');
  const handoff = view.getByRole('listitem', { name: '转交物流部' });
  await expect(handoff).toContainText('高');

  await handoff.getByRole('button', { name: '复制为文本' }).click();
  const text = handoff.getByRole('textbox', { name: '转交物流部的文本' });
  await expect(text).toHaveValue(/^【转交物流部】工单 C\d{8}-\d{4}/);
  await expect(text).toHaveValue(/紧急程度：高/);
  await expect(text).toHaveValue(/客户：孙丽（137 ?0000 ?1234）/);

  const reply = handoff.getByRole('group', { name: '记录物流部的回复' });
  await reply.getByRole('textbox', { name: '部门回复' }).fill('运输途中挤压，物流方承担责任');
  await reply.getByRole('button', { name: '保存并标记完成' }).click();
  await expect(handoff).toContainText('运输途中挤压，物流方承担责任');
  await expect(view.locator('.case-meta')).toContainText('调查处理中');

  await view.getByRole('combobox', { name: '责任方' }).selectOption({ label: '物流' });
  await view.getByRole('combobox', { name: '解决方案' }).selectOption({ label: '补偿：优惠券' });
  await view.getByRole('textbox', { name: '补偿内容' }).fill('20元无门槛券');
  await view.getByRole('button', { name: '标记已解决' }).click();
  const resolve = page.getByRole('dialog', { name: /解决工单/ });
  await expect(resolve).toContainText('补偿：优惠券');
  await resolve.getByRole('button', { name: '标记已解决' }).click();
  await expect(view.locator('.case-meta')).toContainText('已解决');

  const caseId = (await api<{ items: { id: string; number: string }[] }>(request, 'cases.list', { customerId: customer.id })).items[0]!;
  const detail = await api<{ investigation: { compensation: string } }>(request, 'cases.get', { id: caseId.id });
  expect(detail.investigation.compensation).toBe('20元无门槛券');
  await page.goto(`${host.url}#/reminders`);
  await page.getByRole('tab', { name: '之后' }).click();
  await expect(page.getByText(caseId.number).first()).toBeVisible();
  await page.goBack();

  await view.getByRole('button', { name: '结案' }).click();
  const close = page.getByRole('dialog', { name: /结案/ });
  await close.getByRole('radio', { name: '4 分' }).check();
  await close.getByRole('textbox', { name: '客户意见' }).fill('处理很及时');
  await close.getByRole('button', { name: '结案' }).click();
  await expect(view.locator('.case-meta')).toContainText('已结案');
  await expect(view).toContainText('客户评价：4 / 5 分');
  await expect(view.getByRole('region', { name: '处理记录' })).toContainText('转交物流部（高）');

  await view.getByRole('link', { name: '孙丽' }).click();
  await expect(page.locator('.timeline-entry.is-case')).toContainText(caseId.number);
  await expect(page.locator('.timeline-entry.is-case')).toContainText('已结案');
});

test('closing a case that is still new is refused with a translated reason, and nothing changes', async ({ page, request }) => {
  const customer = await newCustomer(request, '钱涛', '13700005678');
  const c = await api<{ id: string; number: string }>(request, 'cases.create', { customerId: customer.id, type: 'refund', grade: 'P3', title: '退款迟迟未到账' });
  await page.goto(`${host.url}#/cases`);
  await page.getByRole('table', { name: '工单' }).getByRole('button', { name: c.number }).click();
  const view = page.getByRole('article', { name: /退款迟迟未到账/ });
  await view.getByRole('combobox', { name: '改为其他状态…' }).selectOption({ label: '已结案' });
  await expect(page.getByRole('alert')).toContainText('“新建”状态的工单不能直接改为“已结案”，未做任何更改。');
  expect((await api<{ status: string }>(request, 'cases.get', { id: c.id })).status).toBe('new');
});

test('a P1 case whose deadline passes turns red and is recorded as breached', async ({ page, request }) => {
  const customer = await newCustomer(request, '周强', '13700009999');
  const c = await api<{ id: string; number: string }>(request, 'cases.create', { customerId: customer.id, type: 'complaint', grade: 'P1', title: '热水器漏电', riskFlags: ['safety'] });
  await page.goto(`${host.url}#/cases`);
  const row = page.getByRole('row', { name: new RegExp(c.number) });
  const timer = row.getByRole('timer');
  await expect(timer).toHaveClass(/\bok\b/);
  await api(request, 'test.advanceClock', { ms: 25 * 60_000 });
  await expect(timer).toHaveClass(/warn/);
  await api(request, 'test.advanceClock', { ms: 6 * 60_000 });
  await expect(timer).toHaveClass(/breached/);
  await page.getByRole('checkbox', { name: '仅看超时' }).check();
  await expect(page.getByRole('row', { name: new RegExp(c.number) })).toBeVisible();

  await row.getByRole('button', { name: c.number }).click();
  const view = page.getByRole('article', { name: /热水器漏电/ });
  await expect(view.getByText('首次联系已超时')).toBeVisible();
  await expect(view.getByRole('region', { name: '处理记录' })).toContainText('首次联系超时');
  const saved = await api<{ firstContactBreachedAt: number | null; firstContactDueAt: number }>(request, 'cases.get', { id: c.id });
  expect(saved.firstContactBreachedAt).toBe(saved.firstContactDueAt);
});
