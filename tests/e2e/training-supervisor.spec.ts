import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

interface Summary { id: string; key: string | null; builtin: boolean; title: string }
interface Session { id: string; status: string; lines: { index: number; speaker: string; text: string }[]; comments: { lineIndex: number; author: string; text: string }[]; score: { total: number } | null }
interface Scenario { id: string; content: { title: string; start: string; turns: { id: string; branches: { next: string }[] }[]; modelReplies: string[] } }

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--demo-customers', '10'] });
});
test.afterAll(async () => host.stop());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const apiOf = (request: APIRequestContext) => <T>(method: string, input: unknown) => callApi<T>(request, host, method, input);

/** The zh-CN shipping-delay built-in (the example), or the first zh-CN built-in with a model answer. */
async function pickScenario(api: ReturnType<typeof apiOf>): Promise<Scenario> {
  const { items } = await api<{ items: Summary[] }>('training.scenarios', { language: 'zh-CN' });
  const builtins = items.filter((s) => s.builtin);
  const ordered = [...builtins.filter((s) => /ship/.test(s.key ?? '')), ...builtins];
  for (const s of ordered) {
    const full = await api<Scenario>('training.scenario', { id: s.id });
    if (full.content.modelReplies.length > 0) return full;
  }
  throw new Error('no zh-CN built-in scenario with a model answer');
}

test('a supervisor reviews a trainee’s two sessions and comments on a line the trainee then reads', async ({ page, request }) => {
  const api = apiOf(request);
  const supervisor = (await api<{ profile: { id: string; name: string } }>('session.current', {})).profile;
  const trainee = await api<{ id: string }>('profiles.create', { name: '小林', role: 'trainee' });

  // The trainee practises twice through the API: once badly and slowly, once following the model answer.
  await api('session.signIn', { id: trainee.id });
  const scenario = await pickScenario(api);
  let bad = await api<Session>('training.start', { scenarioId: scenario.id });
  for (let i = 0; i < 12 && bad.status === 'active'; i++) bad = await api<Session>('training.reply', { sessionId: bad.id, text: '这个我不清楚，你自己看看吧', elapsedMs: 150_000 });
  if (bad.status === 'active') bad = await api<Session>('training.stop', { sessionId: bad.id });
  let good = await api<Session>('training.start', { scenarioId: scenario.id });
  for (const text of scenario.content.modelReplies) if (good.status === 'active') good = await api<Session>('training.reply', { sessionId: good.id, text, elapsedMs: 8_000 });
  expect(good.score?.total ?? 0).toBeGreaterThan(bad.score?.total ?? 0);
  await api('session.signIn', { id: supervisor.id });

  await page.goto(`${host.url}#/training`);
  await page.getByRole('tab', { name: '团队' }).click();
  const team = page.getByRole('table', { name: '团队培训进度' });
  const row = team.getByRole('row').filter({ hasText: '小林' });
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await row.getByRole('button', { name: '小林' }).click();
  const sessions = page.getByRole('table', { name: '小林 的练习记录' });
  await expect(sessions.getByRole('row')).toHaveCount(3);

  // Assign the scenario: the team table counts it.
  await page.getByRole('button', { name: '分配情景' }).click();
  const assign = page.getByRole('dialog', { name: '给 小林 分配情景' });
  await assign.getByRole('checkbox', { name: new RegExp(escape(scenario.content.title)) }).check();
  await assign.getByRole('button', { name: '保存分配' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText('1 / 1');

  // Open the bad session and comment on the trainee's first reply (line 2).
  await page.getByRole('button', { name: new RegExp(`^查看 ${escape(scenario.content.title)}`) }).last().click();
  await expect(page.getByRole('region', { name: '得分明细' })).toBeVisible();
  await page.getByRole('button', { name: '评论第 2 句' }).click();
  await page.getByRole('textbox', { name: '对第 2 句的评论' }).fill('先道歉，再解释原因。');
  await page.getByRole('button', { name: '发表评论' }).click();
  const comments = page.getByRole('list', { name: '第 2 句的评论' });
  await expect(comments).toContainText('先道歉，再解释原因。');
  await expect(comments).toContainText(supervisor.name);
  await expect(comments.locator('time')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);

  // The trainee sees it on their own session.
  await api('session.signIn', { id: trainee.id });
  const mine = await api<Session>('training.session', { id: bad.id });
  expect(mine.comments).toEqual([expect.objectContaining({ lineIndex: 1, text: '先道歉，再解释原因。', author: supervisor.name })]);
  await api('session.signIn', { id: supervisor.id });
});

test('a supervisor copies a built-in scenario, renames it, and an invalid edit or rubric is refused with a translated error', async ({ page, request }) => {
  const api = apiOf(request);
  const source = await pickScenario(api);
  await page.goto(`${host.url}#/training`);
  await page.getByRole('tab', { name: '情景库' }).click();
  await page.getByRole('list', { name: '内置情景' }).getByRole('button', { name: new RegExp(escape(source.content.title)) }).click();
  await page.getByRole('button', { name: '复制并编辑' }).click();
  await page.getByRole('textbox', { name: '标题' }).fill('发货延迟（本组版）');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存。可以点“试练一次”按学员的方式走一遍。')).toBeVisible();
  await expect(page.getByRole('list', { name: '自建情景' }).getByRole('button', { name: /发货延迟（本组版）/ })).toBeVisible();

  // Removing a turn a branch leads to: the branch is flagged and nothing is saved.
  const { items } = await api<{ items: Summary[] }>('training.scenarios', { language: 'zh-CN' });
  const copy = await api<Scenario>('training.scenario', { id: items.find((s) => s.title === '发货延迟（本组版）')!.id });
  const target = copy.content.turns.find((t) => t.id === copy.content.start)!.branches[0]!.next;
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByRole('button', { name: `删除轮次 ${target}` }).click();
  await expect(page.getByRole('region', { name: '对话流程图' }).getByText(`（不存在：${target}）`).first()).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('处需要修改');
  await expect(page.getByText('指向的轮次不存在，请选择一个已有的轮次').first()).toBeVisible();
  expect((await api<Scenario>('training.scenario', { id: copy.id })).content.turns).toHaveLength(copy.content.turns.length);

  // Export, then import the file back as another copy; a file that is not JSON is refused in words.
  await page.getByRole('button', { name: '取消' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
  const exported = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  const importInput = page.locator('input[type=file][aria-label="导入 JSON"]');
  await importInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(page.getByRole('alert')).toContainText('这个文件不是 JSON，未导入。');
  await page.getByRole('button', { name: '关闭' }).click();
  await importInput.setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: exported });
  await expect(page.getByRole('list', { name: '自建情景' }).getByRole('button', { name: /发货延迟（本组版）/ })).toHaveCount(2);

  // Preview: the copy is practised in the normal session view.
  await page.getByRole('button', { name: '试练一次' }).click();
  await expect(page).toHaveURL(/#\/training\/session\//);
  await expect(page.getByText(/发货延迟（本组版）/).first()).toBeVisible();
  await page.goto(`${host.url}#/training/scenarios`);

  // Rubric weights that do not add up to 100.
  const before = await api<{ weights: Record<string, number> }>('training.rubric', { language: 'zh-CN' });
  await page.getByRole('tab', { name: '评分标准' }).click();
  const weight = page.getByRole('spinbutton', { name: '话术步骤' });
  await weight.fill(String((before.weights.script ?? 0) + 5));
  await expect(page.getByText('合计 105 · 必须正好是 100')).toBeVisible();
  await page.getByRole('button', { name: '保存评分标准' }).click();
  await expect(page.getByRole('alert')).toHaveText('各项权重合计必须正好是 100，未保存任何更改。');
  expect((await api<{ weights: Record<string, number> }>('training.rubric', { language: 'zh-CN' })).weights).toEqual(before.weights);
});
