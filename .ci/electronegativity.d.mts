export interface Finding { check: string; severity: string; confidence: string; file: string; location: string; sample: string }
export interface Allowed { check: string; file: string; why: string }
export const BLOCKING: Set<string>;
export const CHECKLIST_CHECKS: Set<string>;
export function parseCsv(text: string): string[][];
export function findingsFromCsv(text: string): Finding[];
export function allowListFromReadme(markdown: string): Allowed[];
export function unexplained(findings: Finding[], allowList: Allowed[]): Finding[];
