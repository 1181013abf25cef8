import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';

/** Statically imported, in order. A shipped migration never changes; the next one fixes it. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
