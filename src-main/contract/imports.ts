import { z } from 'zod';
import { idSchema } from './primitives';
import { IMPORT_FIELDS, IMPORT_ENCODINGS } from './values/imports';
export { IMPORT_FIELDS, IMPORT_ENCODINGS } from './values/imports';

export const importFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;

export const importEncodingSchema = z.enum(IMPORT_ENCODINGS);

/** Column index (as a string, "0", "1", …) → field. */
export const importMappingSchema = z.record(z.string().regex(/^\d{1,3}$/), importFieldSchema);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importRowErrorSchema = z.object({
  /** The row as a spreadsheet shows it: the header is row 1. */
  row: z.number().int(),
  field: z.string(),
  code: z.string(),
  value: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importPreviewSchema = z.object({
  importId: idSchema,
  encoding: z.enum(['utf-8', 'gb18030', 'big5']),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  sample: z.array(z.array(z.string())),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(importRowErrorSchema),
  errorCount: z.number().int(),
  parseErrors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  imported: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
