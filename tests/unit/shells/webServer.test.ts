import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { METHOD_NAMES } from '../../../src-main/contract/methods';
import { startWebServer, type WebServer } from '../../../src-main/shells/web/webServer';
import { inProcessClient } from '../../../src-main/worker/coreClient';
import { makeCore, tempDir } from '../../helpers/core';

let server: WebServer;
let core: ReturnType<typeof makeCore>['core'];
let rendererDir: string;

beforeEach(async () => {
  core = makeCore().core;
  const base = tempDir('aw-renderer-');
  rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside');
  server = await startWebServer({ client: inProcessClient(core), rendererDir, port: 0 });
});
afterEach(async () => {
  await server.close();
  core.close();
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const total = async () => ((await (await post('customers.list', {})).json()) as { value: { total: number } }).value.total;

describe('the web host', () => {
  it('listens on loopback only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a request without the token, or with a wrong one, with 401 and changes nothing', async () => {
    const none = await fetch(`${server.origin}/api/customers.create`, { method: 'POST', body: JSON.stringify({ fullName: '王秀英' }) });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await post('customers.create', { fullName: '王秀英' }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${server.origin}/`)).status).toBe(401);
    expect(await total()).toBe(0);
  });

  it('answers a wrong type with a structured validation error and changes nothing', async () => {
    const res = await post('customers.create', { fullName: 12345 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: ['fullName'] }] } } });
    const broken = await post('customers.create', '{"fullName": ');
    expect(broken.status).toBe(400);
    expect(await total()).toBe(0);
  });

  it('runs a valid call and reports unknown methods', async () => {
    const res = await post('customers.create', { fullName: '陈伟', phones: [{ number: '13912345678' }] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { fullName: '陈伟' } });
    expect((await post('nope.nothing', {})).status).toBe(404);
    expect(await total()).toBe(1);
  });

  it('lists every method with JSON schemas at GET /api', async () => {
    const res = await fetch(`${server.origin}/api`, { headers: { 'x-agent-token': server.token } });
    const body = (await res.json()) as { methods: { name: string; input: { type?: string } }[] };
    expect(body.methods.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort());
    expect(body.methods.find((m) => m.name === 'customers.create')?.input.type).toBe('object');
  });

  it('refuses other origins and foreign Host headers', async () => {
    const cross = await post('customers.list', {}, { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/customers.list', method: 'POST', headers: { authorization: `Bearer ${server.token}`, host: 'evil.example' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('refuses oversized bodies', async () => {
    const res = await post('customers.list', { query: 'x'.repeat(17 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('serves the renderer with the token once, then by cookie, and never files outside it', async () => {
    const first = await fetch(`${server.origin}/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-security-policy')).toContain("script-src 'self'");
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${server.origin}/index.html`, { headers: { cookie } })).status).toBe(200);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/%252e%252e/secret.txt', `/${encodeURIComponent(path.resolve(rendererDir, '../secret.txt'))}`, '/%00index.html']) {
      const res = await fetch(`${server.origin}${p}`, { headers: { cookie } });
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('outside');
    }
  });

  it('never follows a symlink out of the renderer build', async () => {
    fs.symlinkSync(path.resolve(rendererDir, '../secret.txt'), path.join(rendererDir, 'linked.txt'));
    fs.symlinkSync(path.resolve(rendererDir, '..'), path.join(rendererDir, 'up'));
    const first = await fetch(`${server.origin}/?token=${server.token}`);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    for (const p of ['/linked.txt', '/up/secret.txt']) {
      const res = await fetch(`${server.origin}${p}`, { headers: { cookie } });
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('outside');
    }
  });

  it('refuses a WebSocket from another origin, with a wrong token or without an Origin, and closes one sending an oversized message', async () => {
    const statusOf = (url: string, origin?: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, origin ? { origin } : {});
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => resolve(-1));
      });
    const base = `ws://127.0.0.1:${server.port}/ws`;
    expect(await statusOf(`${base}?token=${server.token}`, 'http://evil.example')).not.toBe(101);
    expect(await statusOf(`${base}?token=${server.token}`)).not.toBe(101);
    expect(await statusOf(`${base}?token=${'0'.repeat(server.token.length)}`, server.origin)).toBe(401);

    const ws = new WebSocket(`${base}?token=${server.token}`, { origin: server.origin });
    await new Promise((resolve) => ws.on('open', resolve));
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('error', () => {});
    ws.send(JSON.stringify({ id: 1, method: 'customers.create', input: { fullName: 'x'.repeat(17 * 1024 * 1024) } }));
    expect(await closed).toBe(1009);
    expect(await total()).toBe(0);
  });

  it('speaks the API over a WebSocket with the token, pushes events, and refuses one without', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { origin: server.origin });
    const refusedCode = await new Promise<number>((resolve) => refused.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(refusedCode).toBe(401);

    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: server.origin });
    await new Promise((resolve) => ws.on('open', resolve));
    const messages: { type: string; id?: number; result?: { ok: boolean; error?: { code: string } }; name?: string }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    ws.send(JSON.stringify({ id: 1, method: 'settings.update', input: { language: 'en' } }));
    ws.send(JSON.stringify({ id: 2, method: 'customers.get', input: { id: 5 } }));
    await expect.poll(() => messages.filter((m) => m.id !== undefined || (m.type === 'event' && m.name === 'settings.changed')).length).toBeGreaterThanOrEqual(3);
    expect(messages.find((m) => m.id === 1)?.result?.ok).toBe(true);
    expect(messages.find((m) => m.id === 2)?.result?.error?.code).toBe('VALIDATION');
    // Other events (a first backup on a slow machine) may come too: the settings change must be among them.
    expect(messages.filter((m) => m.type === 'event').map((m) => m.name)).toContain('settings.changed');
    ws.close();
  });
});
