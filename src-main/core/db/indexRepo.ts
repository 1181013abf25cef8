import type Database from 'better-sqlite3';

/** A secondary index exactly as the migrations leave it, with the statement that drops it. */
export interface IndexDefinition {
  name: string;
  create: string;
  drop: string;
}

/**
 * Drops a set of secondary indexes for a bulk load and builds each once afterwards: one sort
 * instead of a million inserts at random places. The statements are literals of the repo that owns
 * the table. Before anything is dropped, each index's stored definition must equal its CREATE
 * statement, so a migration that changes an index stops the bulk load instead of letting it
 * rebuild the old definition.
 */
export function createIndexRebuilder(db: Database.Database, indexes: readonly IndexDefinition[]) {
  const storedDefinition = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck();

  function assertUnchanged(index: IndexDefinition): void {
    const stored = storedDefinition.get(index.name) as string | undefined;
    if (stored !== index.create) {
      throw new Error(`Index ${index.name} is not as the bulk load expects (found ${stored ?? 'no index'}); update its definition next to the bulk load.`);
    }
  }

  return {
    dropIndexes(): void {
      for (const index of indexes) assertUnchanged(index);
      for (const index of indexes) db.exec(index.drop);
    },
    buildIndexes(): void {
      for (const index of indexes) db.exec(index.create);
    },
  };
}
