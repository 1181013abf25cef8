import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainingScenarioSummary, TrainingSession } from '../../src-main/contract/training';
import { setTransport } from '../../src-renderer/api/client';
import { SessionPage } from '../../src-renderer/features/training/SessionPage';
import { initI18n } from '../../src-renderer/i18n';
import { ok } from '../helpers/core';
import { coreTransport } from './coreTransport';

let now = 1_800_000_000_000;
beforeEach(() => {
  initI18n('zh-CN');
  localStorage.clear();
  // The window measures a reply's time with Date.now(); the test moves it by hand.
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

function startShippingDelay() {
  const { core, transport } = coreTransport();
  setTransport(transport);
  const list = ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', { language: 'zh-CN' }));
  const scenario = list.items.find((s) => s.key === 'shipping-delay')!;
  const session = ok<TrainingSession>(core.dispatch('training.start', { scenarioId: scenario.id }));
  return { core, session };
}

describe('a practice session in the window', () => {
  it('keeps a half-typed reply across a reload, and sends the time since the customer spoke', async () => {
    const { core, session } = startShippingDelay();
    const first = render(<SessionPage id={session.id} />);
    const box = await screen.findByRole('textbox', { name: '您的回复' });
    await userEvent.type(box, '仓库在补货');
    first.unmount();

    now += 45_000;
    render(<SessionPage id={session.id} />);
    const again = await screen.findByRole('textbox', { name: '您的回复' });
    expect(again).toHaveValue('仓库在补货');
    expect(screen.getByText('请尽快回复')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: '客户情绪' })).toHaveAttribute('aria-valuenow', '2');

    await userEvent.type(again, '{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByRole('meter', { name: '客户情绪' })).toHaveAttribute('aria-valuenow', '4'));
    const stored = ok<TrainingSession>(core.dispatch('training.session', { id: session.id }));
    expect(stored.lines[1]).toMatchObject({ speaker: 'trainee', text: '仓库在补货', elapsedMs: 45_000 });
    expect(screen.getByRole('textbox', { name: '您的回复' })).toHaveValue('');
    // The customer's answer is announced to screen readers.
    expect(screen.getByText(/王丽（王女士）：.*抱歉/)).toHaveAttribute('aria-live', 'polite');
  });

  it('asks once before stopping, then shows the result with per-line feedback', async () => {
    const { session } = startShippingDelay();
    render(<SessionPage id={session.id} />);
    await userEvent.type(await screen.findByRole('textbox', { name: '您的回复' }), '缺货了，等着吧');
    await userEvent.click(screen.getByRole('button', { name: '发送' }));
    await screen.findByText(/你连句抱歉都没有/, { selector: 'li p' });

    await userEvent.click(screen.getByRole('button', { name: '结束练习' }));
    const dialog = screen.getByRole('dialog', { name: '结束这次练习？' });
    await userEvent.click(within(dialog).getByRole('button', { name: '结束并评分' }));
    await screen.findByRole('button', { name: '再练一次' });
    expect(screen.getByText('未通过')).toBeInTheDocument();
    const transcript = screen.getByRole('list', { name: '对话记录' });
    expect(within(transcript).getByText('客户更生气了')).toBeInTheDocument();
    expect(localStorage.getItem(`training.draft.${session.id}`)).toBeNull();
  });
});
