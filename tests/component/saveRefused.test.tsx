import type Database from 'better-sqlite3';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../src-main/contract/interactions';
import type { Transport } from '../../src-renderer/api/transport';
import { setTransport } from '../../src-renderer/api/client';
import { Composer } from '../../src-renderer/features/workspace/Composer';
import { QuickNote } from '../../src-renderer/features/workspace/QuickNote';
import { initI18n } from '../../src-renderer/i18n';
import { makeCore, ok } from '../helpers/core';

/** A real core whose connection the test can make refuse writes, as a read-only folder would. */
function refusingCore() {
  let db: Database.Database | null = null;
  const { core } = makeCore({ testControls: true, onDatabaseOpen: (d) => (db = d) });
  const transport: Transport = {
    invoke: async (method, input) => JSON.parse(JSON.stringify(core.dispatch(method, input))),
    onEvent: (handler) => core.subscribe((name, payload) => handler({ name, payload })),
  };
  setTransport(transport);
  return { core, readOnly: (on: boolean) => db!.pragma(`query_only = ${on ? 'ON' : 'OFF'}`) };
}

beforeEach(() => {
  initI18n('zh-CN');
});

describe('self-saving editors when the disk refuses a save', () => {
  it('a note says it was not saved and why, keeps every typed character, and saves on retry', async () => {
    const { core, readOnly } = refusingCore();
    const c = ok<{ id: string }>(core.dispatch('customers.create', { fullName: '陈静' }));
    render(<QuickNote customerId={c.id} interactionId={null} />);
    const box = await screen.findByRole('textbox', { name: '备注' });
    await waitFor(() => expect(box).toBeEnabled());
    await userEvent.type(box, '客户要求周五回电');
    expect(await screen.findByText('已保存', {}, { timeout: 3000 })).toBeInTheDocument();

    readOnly(true);
    await userEvent.type(box, '，先查物流');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('尚未保存，您输入的内容仍保留在这里。');
    expect(alert).toHaveTextContent('数据文件夹无法写入');
    expect(box).toHaveValue('客户要求周五回电，先查物流');
    const stored = () => ok<{ items: { body: string }[] }>(core.dispatch('notes.list', { customerId: c.id })).items.map((n) => n.body);
    expect(stored()).toEqual(['客户要求周五回电']);

    readOnly(false);
    await userEvent.click(screen.getByRole('button', { name: '重新保存' }));
    await waitFor(() => expect(stored()).toEqual(['客户要求周五回电，先查物流']));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a reply draft keeps the text and shows the refusal until a later save goes through', async () => {
    const { core, readOnly } = refusingCore();
    const c = ok<{ id: string }>(core.dispatch('customers.create', { fullName: 'Amy Lin', language: 'en' }));
    const { interactionId } = ok<{ interactionId: string }>(core.dispatch('test.simulateInbound', { channel: 'wechat', customerId: c.id, body: '你好' }));
    const interaction = ok<Interaction>(core.dispatch('interactions.get', { id: interactionId }));
    readOnly(true);
    render(<Composer interaction={interaction} values={{}} language="zh-CN" />);
    const box = await screen.findByRole('textbox', { name: /回复/ });
    await userEvent.type(box, '您好，已为您登记');
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('尚未保存');
    expect(box).toHaveValue('您好，已为您登记');
    expect(ok(core.dispatch('drafts.get', { interactionId }))).toBeNull();

    readOnly(false);
    await userEvent.type(box, '。');
    await waitFor(() => expect(ok<{ body: string } | null>(core.dispatch('drafts.get', { interactionId }))?.body).toBe('您好，已为您登记。'), { timeout: 3000 });
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
