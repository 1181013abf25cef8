import type { z } from 'zod';
import { AppError, type ApiError, type FieldIssue, type Result } from '../../contract/errors';
import { isMethodName, methods, type MethodName } from '../../contract/methods';
import { storageError } from '../db/storageErrors';
import type { HandlerMap } from './handlers';

export interface Logger {
  error(message: string, err?: unknown): void;
  warn(message: string): void;
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
}

export type Dispatch = (method: unknown, input: unknown) => Result<unknown>;

/**
 * The only way into the core: validate → handler → validate the answer → {ok, value} | {ok, error}.
 * Nothing that arrives unvalidated reaches a handler (and so SQL), and nothing thrown escapes.
 */
export function createDispatcher(handlers: HandlerMap, logger: Logger, options: { checkOutputs: boolean }): Dispatch {
  return (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Unknown method ${String(method).slice(0, 100)}.`, details: { method: String(method).slice(0, 100) } },
      };
    }
    const spec = methods[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `Invalid input for ${method}.`, details: { method, issues: issuesOf(parsed.error) } },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      if (options.checkOutputs) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          logger.error(`Output of ${method} does not match the contract`, checked.error);
          return { ok: false, error: { code: 'INTERNAL', message: `The app produced an invalid answer for ${method}.`, details: { method } } };
        }
        return { ok: true, value: checked.data };
      }
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toApiError(method, err, logger) };
    }
  };
}

export function toApiError(method: MethodName, err: unknown, logger: Logger): ApiError {
  if (err instanceof AppError) return err.toApiError();
  const zodLike = err as { name?: string; issues?: unknown };
  if (zodLike?.name === 'ZodError' && Array.isArray(zodLike.issues)) {
    return { code: 'VALIDATION', message: `Invalid input for ${method}.`, details: { method, issues: issuesOf(err as z.ZodError) } };
  }
  // A full disk, a read-only folder or a locked file: the write was refused as a whole (each write
  // is one transaction), so the window can say why and keep what the agent typed.
  const storage = storageError(err, { method });
  if (storage) return storage.toApiError();
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: 'This conflicts with an existing record.', details: { method } };
  }
  logger.error(`Handler for ${method} failed`, err);
  return { code: 'INTERNAL', message: `Something went wrong in ${method}; nothing was changed.`, details: { method } };
}
