import type Database from 'better-sqlite3';

/** SQLite quotes an identifier by doubling its quotes; names come from the schema, never from input. */
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Reads every ordinary table for the data owner's full export. */
export function createDataExportRepo(db: Database.Database) {
  // table_list tells ordinary tables from virtual ones (the search index) and their shadow tables.
  const tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck();
  const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck();
  return {
    listTables: () => tables.all() as string[],
    columnsOf: (table: string) => columns.all(table) as string[],
    /** Every row of one table, in rowid order where there is one; the table name was read from the schema. */
    rowsOf: (table: string) => db.prepare(`SELECT * FROM ${quoteIdentifier(table)}`).iterate() as IterableIterator<Record<string, unknown>>,
  };
}
export type DataExportRepo = ReturnType<typeof createDataExportRepo>;
