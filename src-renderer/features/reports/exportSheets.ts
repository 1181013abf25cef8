import Papa from 'papaparse';
import { neutraliseFormula as safe } from '@contract/spreadsheetCell';
import { download } from '../../app/download';

export type Cell = string | number;
export interface Sheet {
  name: string;
  rows: Cell[][];
}

/** CSV with a BOM (Excel reads UTF-8 Chinese correctly only with it); sheets follow one another. */
export function toCsv(sheets: Sheet[]): string {
  return `\uFEFF${sheets.map((s) => `${s.name}\r\n${Papa.unparse(s.rows.map((r) => r.map(safe)), { newline: '\r\n' })}`).join('\r\n\r\n')}\r\n`;
}

/** XLSX with one worksheet per table; exceljs is loaded only when someone exports. */
export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = book.addWorksheet(name);
    for (const r of s.rows) ws.addRow(r.map(safe));
    if (s.rows.length > 0) ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 18));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function exportSheets(format: 'csv' | 'xlsx', filename: string, sheets: Sheet[]): Promise<void> {
  if (format === 'csv') download(`${filename}.csv`, 'text/csv;charset=utf-8', toCsv(sheets));
  else download(`${filename}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await toXlsx(sheets));
}
