import type { APIRequestContext } from '@playwright/test';
import type { Host } from './host';

/** Calls a contract method on a running web host; a structured error fails the test with its text. */
export async function callApi<T>(request: APIRequestContext, host: Host, method: string, input: unknown): Promise<T> {
  const res = await request.post(`${host.origin}/api/${method}`, { headers: { authorization: `Bearer ${host.token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}
