import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { shellLocale, startFailureMessage } from '../../../src-main/shells/startFailure';
import { makeCore, tempDir } from '../../helpers/core';

describe('the start-failure message of the Electron and web shells', () => {
  it('follows the system language, traditional Chinese for Taiwan and Hong Kong', () => {
    expect(['zh-CN', 'zh_CN.UTF-8', 'zh', 'zh-Hans-CN'].map(shellLocale)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['zh-TW', 'zh_TW.UTF-8', 'zh-HK', 'zh-Hant'].map(shellLocale)).toEqual(['zh-TW', 'zh-TW', 'zh-TW', 'zh-TW']);
    expect(['en-US', 'fr_FR.UTF-8', '', undefined].map(shellLocale)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('explains a data folder the core could not write, in the agent language, with the folder', () => {
    let failure: unknown;
    const dataDir = tempDir();
    try {
      makeCore({ dataDir, onDatabaseOpen: (db) => db.pragma('query_only = ON') });
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(AppError);
    expect(startFailureMessage(failure, 'zh-CN', dataDir)).toEqual({
      title: '工作台无法启动',
      detail: `数据文件夹无法写入（只读或没有权限）。请检查文件夹权限，或联系管理员。\n数据文件夹：${dataDir}`,
    });
    expect(startFailureMessage(failure, 'zh-TW', 'D:\\坐席').detail).toContain('資料夾無法寫入');
    expect(startFailureMessage(new AppError('UNAVAILABLE', 'x', { reason: 'disk-full' }), 'en', '/d').detail).toMatch(/^The disk is full/);
    expect(startFailureMessage(new AppError('DB_CORRUPT', 'x'), 'en', '/d').detail).toMatch(/damaged/);
    expect(startFailureMessage(new Error('worker died'), 'zh-CN', '/d').detail).toMatch(/^出现意外错误/);
  });
});
