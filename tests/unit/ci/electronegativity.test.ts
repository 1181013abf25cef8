import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowListFromReadme, findingsFromCsv, unexplained } from '../../../.ci/electronegativity.mjs';

// The scanner's CSV as it writes it (header with spaces, quoted fields, a sample with commas).
const REPORT = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","shells/electron/electronMain.ts","72:17",N/A,"Failed to parse CSP, it may not be valid.",https://x
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","shells/electron/electronMain.ts","92:10","win = new BrowserWindow(buildWindowOptions(path.join(a, ""b, c"")));","Review",https://x
NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","shells/electron/scratch.ts","2:55","new BrowserWindow({ webPreferences: { nodeIntegration: true } })","Disable",https://x
LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"No navigation limits",https://x
`;

describe('the Electronegativity gate (.ci/electronegativity.mjs)', () => {
  it('reads the CSV report, counting the checklist options as HIGH whatever the scanner rated them', () => {
    const findings = findingsFromCsv(REPORT);
    expect(findings.map((f) => [f.check, f.severity, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'shells/electron/electronMain.ts'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'shells/electron/electronMain.ts'],
      ['NODE_INTEGRATION_JS_CHECK', 'HIGH', 'shells/electron/scratch.ts'],
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'N/A'],
    ]);
    expect(findings[1]!.sample).toBe('win = new BrowserWindow(buildWindowOptions(path.join(a, "b, c")));');
  });

  it('fails on every HIGH or MEDIUM finding the README does not explain for that check and file', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const allowList = allowListFromReadme(readme);
    expect(allowList.length).toBeGreaterThanOrEqual(4);
    for (const a of allowList) expect(a.why.length, a.check).toBeGreaterThan(40);
    expect(unexplained(findingsFromCsv(REPORT), allowList).map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']);
    // The same check in another file is not covered, and a row without a reason allows nothing.
    const elsewhere = findingsFromCsv(REPORT.replace('"shells/electron/electronMain.ts","92:10"', '"shells/other.ts","1:1"'));
    expect(unexplained(elsewhere, allowList).map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    const noReason = '<!-- electronegativity-allow-list:start -->\n| check | file | why |\n|---|---|---|\n| `CONTEXT_ISOLATION_JS_CHECK` | `shells/electron/electronMain.ts` |  |\n<!-- electronegativity-allow-list:end -->';
    expect(allowListFromReadme(noReason)).toEqual([]);
  });
});
