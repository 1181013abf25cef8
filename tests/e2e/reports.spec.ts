import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { startHost, type Host } from './host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost({ args: ['--no-demo'] });
});
test.afterAll(async () => host.stop());

const api = <T>(request: APIRequestContext, method: string, input: unknown) => callApi<T>(request, host, method, input);

test('reports in zh-TW: charts, table view, CSV and Excel that match the screen, and a planted rising phrase', async ({ page, request }) => {
  // No simulated arrivals: the figures on screen must be exactly what this test planted.
  await api(request, 'settings.update', { language: 'zh-TW', simulator: { enabled: false, messagesPerHour: 0 } });
  for (const body of ['退貨流程太複雜了', '請問退貨流程要多久', '退貨流程走到哪一步了', '你們的退貨流程有問題']) await api(request, 'test.simulateInbound', { channel: 'line', body });
  await api(request, 'test.simulateInbound', { channel: 'email', body: 'Where is my parcel?' });

  await page.goto(`${host.url}#/reports`);
  await expect(page.getByRole('heading', { name: '報表', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /圖表：各管道接待量/ })).toBeVisible();
  await expect(page.locator('.chart svg.recharts-surface').first()).toBeVisible();
  const volume = page.getByRole('list', { name: '關鍵指標' }).getByRole('listitem').filter({ hasText: '接待量' }).first();
  await expect(volume.locator('strong')).toHaveText('5');

  await page.getByRole('radiogroup', { name: '顯示方式' }).getByText('表格').click();
  await expect(page.getByRole('radio', { name: '表格' })).toBeChecked();
  const byChannel = page.getByRole('table', { name: '各管道接待量' });
  await expect(byChannel.getByRole('row', { name: /LINE\s*4/ })).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '匯出 CSV' }).click();
  const csv = fs.readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('各管道接待量\r\n管道,數量\r\nLINE,4\r\n');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '匯出 Excel' }).click();
  const file = (await xlsxDownload);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await file.path())!);
  const sheet = book.getWorksheet('各管道接待量')!;
  expect(sheet.getRow(2).values).toEqual([undefined, 'LINE', 4]);

  const rising = page.getByRole('list', { name: '上升的關鍵詞' });
  await expect(rising).toContainText('退貨流程');
  const top = rising.getByRole('listitem').first();
  await expect(top.locator('summary strong')).toHaveText('退貨流程');
  await expect(top).toContainText('提及 4 次（上期 0 次）');
  await top.locator('summary').click();
  await expect(top.getByText('請問退貨流程要多久')).toBeVisible();
});

test('an agent sees their own day against the team and its targets; the supervisor sees agents side by side', async ({ page, request }) => {
  await api(request, 'settings.update', { language: 'zh-CN', simulator: { enabled: false, messagesPerHour: 0 } });
  const boss = (await api<{ profile: { id: string; name: string } }>(request, 'session.current', {})).profile;
  const xiaowang = await api<{ id: string }>(request, 'profiles.create', { name: '小王', role: 'agent' });
  // The supervisor resolves all five conversations they answer; 小王 resolves one of five.
  const work = async (resolve: number) => {
    for (let i = 0; i < 5; i++) {
      const { interactionId } = await api<{ interactionId: string }>(request, 'test.simulateInbound', { channel: 'webchat', body: `咨询 ${i}` });
      await api(request, 'interactions.send', { interactionId, body: '您好，我来为您处理。' });
      if (i < resolve) await api(request, 'interactions.update', { id: interactionId, status: 'resolved' });
    }
  };
  await work(5);
  await api(request, 'session.signIn', { id: xiaowang.id });
  await work(1);

  await page.goto(`${host.url}#/reports`);
  await expect(page.getByRole('tab', { name: '我的今天' })).toHaveAttribute('aria-selected', 'true');
  const mine = page.getByRole('list', { name: '小王 的工作表现' });
  const resolution = mine.getByRole('listitem').filter({ hasText: '解决率' });
  await expect(resolution.locator('strong')).toHaveText('20%');
  await expect(resolution).toContainText('全组：60%');
  await expect(resolution).toContainText('未达标（目标 85%）');
  // Colleagues' figures are the supervisor's.
  await expect(page.getByRole('tab', { name: '客服对比' })).toHaveCount(0);

  // A change of person at the desk reloads the window by itself.
  const reloaded = page.waitForEvent('load');
  await api(request, 'session.signIn', { id: boss.id });
  await reloaded;
  await page.getByRole('tab', { name: '客服对比' }).click();
  const table = page.getByRole('table', { name: '各客服对比' });
  await expect(table.getByRole('row', { name: /小王.*解决率低于全组/ })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${boss.name}\\s*5\\s*100`) })).toBeVisible();
});
