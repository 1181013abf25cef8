import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail, CustomerSummary } from '../../../src-main/contract/customers';
import type { ImportPreview } from '../../../src-main/contract/imports';
import { makeCore, ok } from '../../helpers/core';

const CSV = [
  '姓名,手机,邮箱,标签,会员等级,积分,备注',
  '王秀英,138 1234 5678,wxy@example.cn,VIP、老客户,gold,"1,200",只接受工作日下午来电',
  '"陈伟",+86 139-0000-1111,,企业客户,,,"地址：上海市',
  '浦东新区"',
  ',13700000000,,,,,缺少姓名',
  '李娜,12ab,,,,,电话写错了',
  'Chloe Chen,+1 415 555 0199,chloe@example.com,,silver,300,',
].join('\r\n');

function upload(core: ReturnType<typeof makeCore>['core'], bytes: Buffer, chunkSize = 64) {
  const { importId } = ok<{ importId: string }>(core.dispatch('imports.begin', {}));
  for (let i = 0; i < bytes.length; i += chunkSize) ok(core.dispatch('imports.append', { importId, chunk: bytes.subarray(i, i + chunkSize).toString('base64') }));
  return importId;
}

const total = (core: ReturnType<typeof makeCore>['core']) => ok<{ total: number }>(core.dispatch('customers.list', {})).total;

describe('CSV import', () => {
  for (const [label, bytes] of [
    ['GBK (Chinese Excel)', iconv.encode(CSV, 'gbk')],
    ['GB18030', iconv.encode(CSV, 'gb18030')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
    ['UTF-8 without BOM', Buffer.from(CSV, 'utf8')],
  ] as const) {
    it(`previews a ${label} file: guesses the columns and lists the bad rows with their row numbers`, () => {
      const { core } = makeCore();
      const importId = upload(core, bytes);
      const p = ok<ImportPreview>(core.dispatch('imports.preview', { importId }));
      expect(p.headers).toEqual(['姓名', '手机', '邮箱', '标签', '会员等级', '积分', '备注']);
      expect(p.mapping).toEqual({ '0': 'fullName', '1': 'phone', '2': 'email', '3': 'tags', '4': 'tier', '5': 'points', '6': 'preferences' });
      expect(p.totalRows).toBe(5);
      expect(p.validRows).toBe(3);
      expect(p.errorCount).toBe(2);
      expect(p.errors).toEqual([
        expect.objectContaining({ row: 4, field: 'fullName', code: 'required' }),
        expect.objectContaining({ row: 5, field: 'phone' }),
      ]);
      expect(p.sample[1]?.[6]).toBe('地址：上海市\r\n浦东新区');
      expect(total(core)).toBe(0);
    });
  }

  it('imports the good rows and skips the bad ones when asked, with everything mapped', () => {
    const { core } = makeCore();
    const importId = upload(core, iconv.encode(CSV, 'gbk'));
    const p = ok<ImportPreview>(core.dispatch('imports.preview', { importId }));
    expect(core.dispatch('imports.commit', { importId, mapping: p.mapping, skipInvalid: false })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(total(core)).toBe(0);
    const r = ok<{ imported: number; skipped: number }>(core.dispatch('imports.commit', { importId, mapping: p.mapping, skipInvalid: true }));
    expect(r).toMatchObject({ imported: 3, skipped: 2 });
    const wang = ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { query: '5678' })).items[0]!;
    const detail = ok<CustomerDetail>(core.dispatch('customers.get', { id: wang.id }));
    expect(detail).toMatchObject({ fullName: '王秀英', tags: ['VIP', '老客户'], membership: { tier: 'gold', points: 1200 }, preferences: '只接受工作日下午来电' });
    expect(ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { query: 'chloe' })).items).toHaveLength(1);
  });

  it('commits what the file holds at commit time: rows appended after the preview are imported too, and a changed mapping is applied', () => {
    const { core } = makeCore();
    const importId = upload(core, Buffer.from('Name,Phone\nAda Lovelace,+44 7700 900123\n'));
    const p = ok<ImportPreview>(core.dispatch('imports.preview', { importId, mapping: { '0': 'fullName', '1': 'phone' } }));
    expect(p.validRows).toBe(1);
    ok(core.dispatch('imports.append', { importId, chunk: Buffer.from('Grace Hopper,+1 415 555 0100\n').toString('base64') }));
    const r = ok<{ imported: number }>(core.dispatch('imports.commit', { importId, mapping: { '0': 'fullName', '1': 'ignore' }, skipInvalid: true }));
    expect(r.imported).toBe(2);
    const grace = ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { query: 'grace' })).items[0]!;
    expect(grace.primaryPhone).toBeNull();
  });

  it('changes nothing when cancelled, and forgets the staged file', () => {
    const { core } = makeCore();
    const importId = upload(core, Buffer.from(CSV));
    ok(core.dispatch('imports.preview', { importId }));
    expect(ok(core.dispatch('imports.cancel', { importId }))).toEqual({ cancelled: true });
    expect(core.dispatch('imports.commit', { importId, mapping: { '0': 'fullName' }, skipInvalid: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(total(core)).toBe(0);
  });

  it('remembers the mapping the user chose for files with the same columns', () => {
    const { core } = makeCore();
    const csv = 'Client,Number,Remarks\nAda Lovelace,+44 7700 900123,likes email';
    const first = upload(core, Buffer.from(csv));
    const guessed = ok<ImportPreview>(core.dispatch('imports.preview', { importId: first }));
    expect(guessed.mapping).toEqual({ '0': 'ignore', '1': 'ignore', '2': 'preferences' });
    const mapping = { '0': 'fullName', '1': 'phone', '2': 'preferences' };
    ok(core.dispatch('imports.commit', { importId: first, mapping, skipInvalid: true }));
    const second = upload(core, Buffer.from(csv.replace('Ada Lovelace', 'Grace Hopper')));
    expect(ok<ImportPreview>(core.dispatch('imports.preview', { importId: second })).mapping).toEqual(mapping);
  });

  it('refuses a commit with no name column, a broken file, and bad base64, changing nothing', () => {
    const { core } = makeCore();
    const importId = upload(core, Buffer.from(CSV));
    expect(core.dispatch('imports.commit', { importId, mapping: { '1': 'phone' }, skipInvalid: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('imports.append', { importId, chunk: '<<<not base64>>>' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const empty = upload(core, Buffer.from(''));
    expect(core.dispatch('imports.preview', { importId: empty })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const binary = upload(core, Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x00]));
    const p = core.dispatch('imports.preview', { importId: binary });
    if (p.ok) expect((p.value as ImportPreview).validRows).toBe(0);
    expect(total(core)).toBe(0);
  });

  it('round-trips an export: formula guards are removed, Chinese survives, BOM present', () => {
    const { core } = makeCore();
    ok(core.dispatch('customers.create', { fullName: '=HYPERLINK("x")', phones: [{ number: '+86 138 1234 5678' }], tags: ['老客户'] }));
    ok(core.dispatch('customers.create', { fullName: '歐陽娜娜', language: 'zh-TW', emails: [{ email: 'nana@example.tw' }] }));
    const exported = ok<{ content: string; count: number; filename: string }>(core.dispatch('customers.export', { format: 'csv' }));
    expect(exported.count).toBe(2);
    expect(exported.filename).toMatch(/^customers-\d{12}\.csv$/);
    expect(exported.content.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(exported.content.slice(1), { header: true }).data;
    expect(rows.find((r) => r.fullName?.includes('HYPERLINK'))?.fullName).toBe(`'=HYPERLINK("x")`);
    expect(rows.find((r) => r.fullName === '歐陽娜娜')?.emails).toBe('nana@example.tw');

    const other = makeCore().core;
    const importId = upload(other, Buffer.from(exported.content, 'utf8'), 4096);
    const p = ok<ImportPreview>(other.dispatch('imports.preview', { importId }));
    expect(p.validRows).toBe(2);
    ok(other.dispatch('imports.commit', { importId, mapping: p.mapping, skipInvalid: false }));
    const names = ok<{ items: CustomerSummary[] }>(other.dispatch('customers.list', {})).items.map((c) => c.fullName).sort();
    expect(names).toEqual(['=HYPERLINK("x")', '歐陽娜娜']);
    const json = ok<{ content: string }>(core.dispatch('customers.export', { format: 'json', query: '歐陽' }));
    expect(JSON.parse(json.content)).toHaveLength(1);
  });
});
