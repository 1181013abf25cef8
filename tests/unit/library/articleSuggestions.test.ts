import { describe, expect, it } from 'vitest';
import { makeCore, ok } from '../../helpers/core';

describe('suggested articles for a conversation', () => {
  it('finds the article even when thousands of messages say the same words', () => {
    const { core } = makeCore({ testControls: true, simulator: false });
    const call = <T>(method: string, input: unknown = {}) => ok<T>(core.dispatch(method, input));
    call('articles.create', { article: { title: '退款流程说明', category: 'refunds', language: 'zh-CN', body: '申请退款后，款项 3–5 个工作日原路退回。' } });
    call('articles.create', { article: { title: '发票开具', category: 'invoices', language: 'zh-CN', body: '电子发票在订单完成后开具。' } });
    // More matching messages than the full-text window once ranked: they used to crowd the article out.
    for (let i = 0; i < 5200; i++) call('test.simulateInbound', { channel: 'webchat', body: `退款流程太慢了，第 ${i} 次问` });
    const titles = call<{ items: { title: string }[] }>('articles.suggest', { text: '你好，退款流程怎么走？我申请退款三天了' }).items.map((a) => a.title);
    expect(titles[0]).toBe('退款流程说明');
    expect(titles).not.toContain('发票开具');
    // Folded alike: traditional text finds the simplified article.
    expect(call<{ items: { title: string }[] }>('articles.suggest', { text: '請問退款流程要多久', language: 'zh-CN' }).items[0]?.title).toBe('退款流程说明');
    expect(call<{ items: unknown[] }>('articles.suggest', { text: 'xyzzy plugh' }).items).toEqual([]);
  });
});
