import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--no-demo'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

test('scratchpad notes: formatted, autosaved, pinned first, earlier versions kept and restorable', async ({ page, request }) => {
  await page.goto(`${host.url}#/notes`);
  const board = page.getByRole('region', { name: '我的笔记' });
  await board.getByRole('button', { name: '新建笔记' }).click();
  await board.getByRole('textbox', { name: '笔记内容' }).fill('今日待办\n- 回电王女士\n- **重要**：核对退款');
  await expect(board.getByText('已保存')).toBeVisible();
  await board.getByRole('button', { name: '完成' }).click();
  const first = board.getByRole('article', { name: '今日待办' });
  await expect(first.locator('strong')).toHaveText('重要');
  await expect(first.getByRole('listitem')).toHaveCount(2);

  await board.getByRole('button', { name: '新建笔记' }).click();
  await board.getByRole('textbox', { name: '笔记内容' }).fill('随手记一个单号 SO123');
  await expect(board.getByText('已保存')).toBeVisible();
  await board.getByRole('button', { name: '完成' }).click();
  await expect(board.getByRole('article').first()).toHaveAccessibleName('随手记一个单号 SO123');
  await first.getByRole('button', { name: '置顶' }).click();
  await expect(board.getByRole('article').first()).toHaveAccessibleName('今日待办');

  await api(request, 'test.advanceClock', { ms: 2 * 60_000 });
  await first.getByRole('button', { name: '编辑' }).click();
  await first.getByRole('textbox', { name: '笔记内容' }).fill('今日待办（已改）');
  await expect(first.getByText('已保存')).toBeVisible();
  await page.reload();
  const edited = page.getByRole('article', { name: '今日待办（已改）' });
  await expect(edited).toBeVisible();
  await edited.getByRole('button', { name: '历史版本' }).click();
  const history = page.getByRole('dialog', { name: '历史版本' });
  await expect(history).toContainText('- 回电王女士');
  await history.getByRole('button', { name: '恢复此版本' }).click();
  await expect(page.getByRole('textbox', { name: '笔记内容' })).toHaveValue('今日待办\n- 回电王女士\n- **重要**：核对退款');
});
