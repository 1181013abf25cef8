#!/usr/bin/env node
/**
 * Electronegativity over src-main as CI's second opinion on the Electron shell.
 *
 * The scanner exits 0 whatever it finds and cannot follow options built by a function (our window
 * options come from buildWindowOptions), so this script runs it, reads its CSV report, and fails on
 * every HIGH or MEDIUM finding that the README's security section does not explain in its
 * allow-list (keyed by check name + file). The real guarantees are the unit tests on the shell.
 *
 * Usage: node .ci/electronegativity.mjs [--input DIR] [--readme FILE]
 * Runs offline: the check that downloads Electron's release list is excluded and the Electron
 * version is passed in, so nothing needs the network (the scanner's attempt to fetch translations
 * fails fast and is harmless).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BLOCKING = new Set(['HIGH', 'MEDIUM']);
/**
 * Checks for the checklist's own window options. The scanner rates some of them INFORMATIONAL even
 * when they are plainly off (an explicit `nodeIntegration: true` comes out INFORMATIONAL), so any
 * finding of these in a real file counts as HIGH here.
 */
export const CHECKLIST_CHECKS = new Set([
  'NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK', 'WEB_SECURITY_HTML_CHECK', 'INSECURE_CONTENT_JS_CHECK', 'INSECURE_CONTENT_HTML_CHECK', 'EXPERIMENTAL_FEATURES_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK', 'SECURITY_WARNINGS_DISABLED_JS_CHECK', 'CERTIFICATE_ERROR_EVENT_JS_CHECK', 'CERTIFICATE_VERIFY_PROC_JS_CHECK', 'ALLOWPOPUPS_HTML_CHECK',
]);
const ALLOW_START = '<!-- electronegativity-allow-list:start -->';
const ALLOW_END = '<!-- electronegativity-allow-list:end -->';

/** RFC 4180-ish: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The scanner's CSV report as findings: check, severity, confidence, file, location, sample. */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const at = { check: col('issue'), severity: col('severity'), confidence: col('confidence'), file: col('filename'), location: col('location'), sample: col('sample') };
  if (Object.values(at).some((i) => i < 0)) throw new Error(`Unexpected electronegativity CSV header: ${header.join(',')}`);
  return rows.map((r) => {
    const check = (r[at.check] ?? '').trim();
    const file = (r[at.file] ?? '').trim().replace(/\\/g, '/');
    const rated = (r[at.severity] ?? '').trim().toUpperCase();
    return {
      check,
      severity: CHECKLIST_CHECKS.has(check) && file !== 'N/A' ? 'HIGH' : rated,
      confidence: (r[at.confidence] ?? '').trim(),
      file,
      location: (r[at.location] ?? '').trim(),
      sample: (r[at.sample] ?? '').trim(),
    };
  });
}

/**
 * The README's allow-list: a markdown table between the two markers, one row per
 * `| CHECK | file | why |`. A row without an explanation allows nothing.
 */
export function allowListFromReadme(markdown) {
  const start = markdown.indexOf(ALLOW_START);
  const end = markdown.indexOf(ALLOW_END);
  if (start < 0 || end < start) return [];
  return markdown
    .slice(start + ALLOW_START.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim().replace(/^`|`$/g, '')))
    .filter(([check, file, why]) => check && file && why && check.toLowerCase() !== 'check')
    .map(([check, file, why]) => ({ check, file, why }));
}

/** HIGH and MEDIUM findings with no explained allow-list entry for the same check and file. */
export function unexplained(findings, allowList) {
  return findings.filter((f) => BLOCKING.has(f.severity) && !allowList.some((a) => a.check === f.check && a.file === f.file));
}

function electronVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  } catch {
    const range = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
    return range.replace(/^[^0-9]*/, '') || '38.0.0';
  }
}

function scan(input) {
  const cli = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
  if (!fs.existsSync(cli)) throw new Error('@doyensec/electronegativity is not installed (npm ci installs it as a devDependency).');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aw-electronegativity-')), 'report.csv');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', input, '-o', out, '-r', '-v', 'false', '-e', electronVersion(), '-x', 'AvailableSecurityFixesGlobalCheck'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  );
  // The scanner exits 0 even on HIGH findings: only a missing report means it did not run.
  if (!fs.existsSync(out)) throw new Error(`electronegativity produced no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return text;
}

function main(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : fallback;
  };
  const input = arg('--input', path.join(ROOT, 'src-main'));
  const readme = arg('--readme', path.join(ROOT, 'README.md'));
  const findings = findingsFromCsv(scan(input));
  const allowList = allowListFromReadme(fs.readFileSync(readme, 'utf8'));
  const blocking = unexplained(findings, allowList);
  const allowed = findings.filter((f) => BLOCKING.has(f.severity) && !blocking.includes(f));
  console.log(`electronegativity: ${findings.length} findings over ${path.relative(ROOT, input) || input}, ${allowed.length} HIGH/MEDIUM explained in the README, ${blocking.length} not.`);
  for (const a of allowList) {
    if (!findings.some((f) => f.check === a.check && f.file === a.file)) console.log(`  note: allow-list entry ${a.check} ${a.file} no longer matches a finding; remove it.`);
  }
  for (const f of blocking) console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
  if (blocking.length > 0) {
    console.error('Fix these, or explain each in README.md (Security → Electronegativity allow-list) with the test that covers it.');
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  }
}
