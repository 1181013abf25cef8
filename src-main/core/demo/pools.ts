import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES, LOCALES } from '../../contract/primitives';

const pair = z.object({ s: z.string().min(1), t: z.string().min(1) });
const perLocale = <T extends z.ZodTypeAny>(item: T) => z.object({ 'zh-CN': item, 'zh-TW': item, en: item });
const byCategory = z.object(Object.fromEntries(CATEGORIES.map((c) => [c, z.array(z.string().min(1)).min(1)])) as Record<
  (typeof CATEGORIES)[number],
  z.ZodArray<z.ZodString>
>);

/** The word pools the demo workspace and the benchmark generator draw from (resources/demo/pools.json). */
export const poolsSchema = z.object({
  zhSurnames: z.array(pair).min(20),
  zhGivenNames: z.object({ female: z.array(pair).min(20), male: z.array(pair).min(20) }),
  enFirstNames: z.object({ female: z.array(z.string()).min(20), male: z.array(z.string()).min(20) }),
  enLastNames: z.array(z.string()).min(20),
  companies: perLocale(z.array(z.string()).min(5)),
  cities: perLocale(z.array(z.string()).min(5)),
  products: z
    .array(z.object({ sku: z.string(), 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string(), price: z.number().positive() }))
    .min(5),
  tags: perLocale(z.array(z.string()).min(5)),
  preferences: perLocale(z.array(z.string()).min(5)),
  inbound: perLocale(byCategory),
  agentReplies: perLocale(byCategory),
  emailSubjects: perLocale(byCategory),
  callSummaries: perLocale(byCategory),
});
export type Pools = z.infer<typeof poolsSchema>;

export function loadPools(resourcesDir: string): Pools {
  const file = path.join(resourcesDir, 'demo', 'pools.json');
  return poolsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export { LOCALES };
