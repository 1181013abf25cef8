import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
/** Contract modules with no schemas in them (and nothing that imports zod). */
const PLAIN = /^@contract\/(values\/\w+|template|spreadsheetCell)$/;

describe("the window's script", () => {
  it('takes values from the contract only from modules without schemas, so zod stays out of it', () => {
    const offending: string[] = [];
    for (const file of files(path.join(ROOT, 'src-renderer'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import (?!type )([^;]*?) from '(@contract\/[\w/]+)';/gms)) {
        const what = m[1]!;
        const onlyTypes = /^\{[^}]*\}$/s.test(what) && what.slice(1, -1).split(',').every((s) => s.trim() === '' || s.trim().startsWith('type '));
        if (!onlyTypes && !PLAIN.test(m[2]!)) offending.push(`${path.relative(ROOT, file)}: ${m[2]}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('has contract value modules that import nothing', () => {
    const dir = path.join(ROOT, 'src-main/contract');
    for (const file of [...files(path.join(dir, 'values')), path.join(dir, 'template.ts'), path.join(dir, 'spreadsheetCell.ts')]) {
      expect(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file)).not.toMatch(/^import /m);
    }
  });
});
