import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-customer-360';
import { migration0003 } from './0003-library-and-search';
import { migration0004 } from './0004-workspace';
import { migration0005 } from './0005-reminders';
import { migration0006 } from './0006-calls';
import { migration0007 } from './0007-cases';
import { migration0008 } from './0008-inbox-last-inbound';
import { migration0009 } from './0009-reports';
import { migration0010 } from './0010-search-rank-indexes';
import { migration0011 } from './0011-profiles';
import { migration0012 } from './0012-training';
import { migration0013 } from './0013-report-rollups';
import { migration0014 } from './0014-agent-report-rollups';
import { migration0015 } from './0015-customer-card-indexes';
import { migration0016 } from './0016-search-terms';
import { migration0017 } from './0017-agent-figures-by-time';
import { migration0018 } from './0018-report-triggers-on-change';
import { migration0019 } from './0019-search-merge-when-idle';
import { migration0020 } from './0020-breach-watch';
import { migration0021 } from './0021-renewal-scan';

/** Statically imported, in order. A shipped migration never changes; the next one fixes it. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008,
  migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018, migration0019,
  migration0020, migration0021,
];
