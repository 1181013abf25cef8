import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../contract/primitives';
import { builtinScenarioSchema, rubricSchema, type Rubric, type ScenarioContent } from '../../contract/training';

export type BuiltinScenario = ScenarioContent & { key: string };

export interface TrainingFile {
  language: Locale;
  file: string;
  rubric: Rubric | null;
  scenarios: BuiltinScenario[];
  /** What was wrong, one line each; the entries concerned are left out. */
  problems: string[];
}

const fileShape = z.object({ rubric: z.unknown(), scenarios: z.array(z.unknown()) }).strict();
const describe = (e: z.ZodError) => e.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * Reads resources/training/<language>.json: `{ rubric, scenarios }`. A missing file is no
 * scenarios for that language (not an error); a bad entry is reported and skipped, so one typo in
 * a scenario does not take the others away from trainees.
 */
export function readTrainingFile(resourcesDir: string, language: Locale): TrainingFile {
  const file = path.join(resourcesDir, 'training', `${language}.json`);
  const out: TrainingFile = { language, file, rubric: null, scenarios: [], problems: [] };
  if (!fs.existsSync(file)) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    out.problems.push(`not valid JSON: ${(err as Error).message}`);
    return out;
  }
  const shape = fileShape.safeParse(raw);
  if (!shape.success) {
    out.problems.push(`expected { rubric, scenarios }: ${describe(shape.error)}`);
    return out;
  }
  const rubric = rubricSchema.safeParse(shape.data.rubric);
  if (!rubric.success) out.problems.push(`rubric: ${describe(rubric.error)}`);
  else if (rubric.data.language !== language) out.problems.push(`rubric: language ${rubric.data.language} in the ${language} file`);
  else out.rubric = rubric.data;
  const keys = new Set<string>();
  shape.data.scenarios.forEach((item, i) => {
    const s = builtinScenarioSchema.safeParse(item);
    const name = (item as { key?: unknown } | null)?.key;
    const where = `scenario ${i}${typeof name === 'string' ? ` (${name})` : ''}`;
    if (!s.success) return void out.problems.push(`${where}: ${describe(s.error)}`);
    if (s.data.language !== language) return void out.problems.push(`${where}: language ${s.data.language} in the ${language} file`);
    if (keys.has(s.data.key)) return void out.problems.push(`${where}: key used twice`);
    keys.add(s.data.key);
    out.scenarios.push(s.data as BuiltinScenario);
  });
  return out;
}

export function readTrainingFiles(resourcesDir: string): TrainingFile[] {
  return LOCALES.map((l) => readTrainingFile(resourcesDir, l));
}

/** For tests and tools: the shipped file must be perfect, not merely usable. */
export function readTrainingFileStrict(resourcesDir: string, language: Locale): TrainingFile {
  const f = readTrainingFile(resourcesDir, language);
  if (f.problems.length > 0) throw new Error(`${f.file}:\n  ${f.problems.join('\n  ')}`);
  return f;
}
