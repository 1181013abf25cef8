import { z } from 'zod';
import { customerDetailSchema, customerInputSchema, customerSummarySchema, timelineEntrySchema } from './customers';
import { interactionSchema } from './interactions';
import { idSchema, timestampSchema } from './primitives';
import { settingsPatchSchema, settingsSchema } from './settings';

const empty = z.object({}).strict();

/**
 * The whole API: method name → input and output schemas. Handlers live in the core; the renderer
 * imports only this module (types and schemas), never Node code.
 */
export const methods = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      demoSeeded: z.boolean(),
    }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'customers.list': {
    input: z
      .object({
        query: z.string().max(200).default(''),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ items: z.array(customerSummarySchema), total: z.number().int() }),
  },
  'customers.get': { input: z.object({ id: idSchema }).strict(), output: customerDetailSchema },
  'customers.create': { input: customerInputSchema.strict(), output: customerDetailSchema },
  'customers.timeline': {
    input: z
      .object({
        customerId: idSchema,
        before: z.object({ at: timestampSchema, id: idSchema }).strict().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      items: z.array(timelineEntrySchema),
      next: z.object({ at: timestampSchema, id: idSchema }).nullable(),
    }),
  },
  'interactions.get': { input: z.object({ id: idSchema }).strict(), output: interactionSchema },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
