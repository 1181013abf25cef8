import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../src-main/contract/cases';
import type { Interaction } from '../../../src-main/contract/interactions';
import { makeCore, ok } from '../../helpers/core';

// The smallest valid PNG: a file the core recognises by its bytes, whatever it is called.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function setup() {
  const made = makeCore({ testControls: true, simulator: false });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(made.core.dispatch(method, input));
  const customer = call<{ id: string }>('customers.create', { fullName: '陈静', emails: [{ email: 'chenjing@example.cn' }] });
  const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'email', customerId: customer.id, subject: '发票', body: '请把电子发票发给我' });
  const files = () => {
    const root = path.join(made.dataDir, 'attachments', 'messages');
    return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
  };
  return { ...made, call, customer, interactionId, files };
}

describe('files sent with a reply', () => {
  it('are listed on the message and come back byte for byte', () => {
    const { call, interactionId, files } = setup();
    const sent = call<{ id: string; attachments: { id: string; name: string; size: number; type: string }[] }>('interactions.send', {
      interactionId, body: '您好，发票已开好，请查收附件。', attachments: [{ name: '../../发票 2026-11.png', dataBase64: PNG.toString('base64') }],
    });
    expect(sent.attachments).toEqual([{ id: expect.any(String), name: '发票 2026-11.png', size: PNG.length, type: 'image/png' }]);
    expect(files()).toBe(1);
    const thread = call<Interaction & { messages: { id: string; attachments: unknown[] }[] }>('interactions.get', { id: interactionId });
    expect(thread.messages.at(-1)!.attachments).toEqual(sent.attachments);
    const back = call<{ name: string; mime: string; dataBase64: string }>('interactions.attachment', { messageId: sent.id, attachmentId: sent.attachments[0]!.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(PNG)).toBe(true);
    expect(back).toMatchObject({ name: '发票 2026-11.png', mime: 'image/png' });
  });

  it('are refused over the size limit, or empty, with nothing sent and no file left behind', () => {
    const { core, call, interactionId, files } = setup();
    const before = call<{ messages: unknown[] }>('interactions.get', { id: interactionId }).messages.length;
    const half = Buffer.alloc(MAX_ATTACHMENT_BYTES / 2 + 1, 7).toString('base64');
    const tooBig = core.dispatch('interactions.send', { interactionId, body: '附件', attachments: [{ name: 'a.bin', dataBase64: half }, { name: 'b.bin', dataBase64: half }] });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', details: { reason: 'attachment-too-large' } } });
    const notBase64 = core.dispatch('interactions.send', { interactionId, body: '附件', attachments: [{ name: 'x.txt', dataBase64: '<script>' }] });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(call<{ messages: unknown[] }>('interactions.get', { id: interactionId }).messages.length).toBe(before);
    expect(files()).toBe(0);
  });

  it('go with the customer when the customer is erased', () => {
    const { call, customer, interactionId, files } = setup();
    call('interactions.send', { interactionId, body: '附件', attachments: [{ name: 'p.png', dataBase64: PNG.toString('base64') }] });
    expect(files()).toBe(1);
    call('customers.erase', { id: customer.id });
    expect(files()).toBe(0);
  });
});
