import { z } from 'zod';

/**
 * Stable error codes. The renderer translates `errors.<code>` (and field issues) itself,
 * so `message` is an English fallback for scripts and logs, never shown as-is in the UI.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'PAYLOAD_TOO_LARGE',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z
    .object({
      method: z.string().optional(),
      issues: z.array(fieldIssueSchema).optional(),
      id: z.string().optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by domain code; the dispatcher turns it into a structured error. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiError['details'];
  constructor(code: ErrorCode, message: string, details?: ApiError['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
