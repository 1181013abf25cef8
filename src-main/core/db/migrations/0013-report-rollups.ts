import type { Migration } from '../migration';

const HOUR = 3_600_000;
const WEEK = 7 * 86_400_000;

/**
 * One conversation's share of its hour's figures, as SQL over a row alias (NEW or OLD in a
 * trigger, i when backfilling): the hour's key, then the counts it adds. The same expressions fill
 * the table and keep it up to date, so a rebuilt rollup and one kept by the triggers cannot disagree.
 */
function hourShare(row: string): { key: string[]; counts: string[] } {
  const inbound = `${row}.direction = 'inbound'`;
  const decided = `${inbound} AND ${row}.sla_due_at IS NOT NULL AND (${row}.first_response_at IS NOT NULL OR ${row}.sla_breached_at IS NOT NULL)`;
  const responded = `${inbound} AND ${row}.first_response_at IS NOT NULL`;
  return {
    key: [`${row}.started_at / ${HOUR}`, `${row}.channel`, `${row}.category`],
    counts: [
      '1',
      `${row}.status = 'resolved'`,
      `${row}.status = 'resolved' AND ${row}.repeat_contact = 0`,
      decided,
      `${decided} AND ${row}.sla_breached_at IS NULL`,
      responded,
      `CASE WHEN ${responded} THEN ${row}.first_response_at - ${row}.started_at ELSE 0 END`,
    ],
  };
}
const COUNT_NAMES = ['contacts', 'resolved', 'first_contact_resolved', 'sla_decided', 'sla_met', 'responses', 'response_ms'];
const ADD_TO_HOUR = `ON CONFLICT (hour, channel, category) DO UPDATE SET
  contacts = contacts + excluded.contacts, resolved = resolved + excluded.resolved,
  first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved,
  sla_decided = sla_decided + excluded.sla_decided, sla_met = sla_met + excluded.sla_met,
  responses = responses + excluded.responses, response_ms = response_ms + excluded.response_ms`;

export const addHourShare = (row: string, sign: 1 | -1) => {
  const { key, counts } = hourShare(row);
  return `INSERT INTO report_hours VALUES (${[...key, ...counts.map((c) => `${sign} * (${c})`)].join(', ')}) ${ADD_TO_HOUR};`;
};
/** Response times to the whole second (half up), the resolution of the p50 and p90 figures. */
const responseSecond = (row: string) => `(${row}.first_response_at - ${row}.started_at + 500) / 1000`;
const respondedInbound = (row: string) => `${row}.direction = 'inbound' AND ${row}.first_response_at IS NOT NULL`;
export const responseShare = (row: string, sign: 1 | -1) =>
  `INSERT INTO report_response_seconds (hour, channel, seconds, n) SELECT ${row}.started_at / ${HOUR}, ${row}.channel, ${responseSecond(row)}, ${sign}
     WHERE ${respondedInbound(row)} ON CONFLICT (hour, channel, seconds) DO UPDATE SET n = n + excluded.n;`;

/** Whether a later contact by the same customer on the same matter came within 7 days of row i (a table name or NEW). */
const laterOnSameMatter = (i: string) =>
  `EXISTS (SELECT 1 FROM interactions j WHERE j.customer_id = ${i}.customer_id AND j.category = ${i}.category
     AND j.started_at > ${i}.started_at AND j.started_at <= ${i}.started_at + ${WEEK})`;
/** Contacts of the matter (customer, category) in the 7 days before a contact at time t. */
const earlierOnMatter = (row: string) =>
  `customer_id = ${row}.customer_id AND category = ${row}.category AND started_at >= ${row}.started_at - ${WEEK} AND started_at < ${row}.started_at`;

/**
 * Report figures at 2M messages took seconds (a day's 172,800 conversations aggregated row by row,
 * first-contact resolution probed per conversation). Now:
 * - interactions.repeat_contact says the customer came back on the same matter (category) within
 *   7 days; triggers keep it true as contacts are added, moved between customers or categories,
 *   or erased, so first-contact resolution is a column read.
 * - report_hours holds each UTC hour's figures by channel and category, and
 *   report_response_seconds each hour's first-response times by whole second (for percentiles);
 *   triggers add and subtract each conversation's share on every write that changes it.
 * Reports read whole hours from these tables and only partial hours at a range's edges from
 * interactions.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'report-rollups',
  up(db) {
    db.exec(`
      ALTER TABLE interactions ADD COLUMN repeat_contact INTEGER NOT NULL DEFAULT 0;
      UPDATE interactions SET repeat_contact = 1 WHERE customer_id IS NOT NULL AND ${laterOnSameMatter('interactions')};

      CREATE TABLE report_hours (
        hour INTEGER NOT NULL,
        channel TEXT NOT NULL,
        category TEXT NOT NULL,
        contacts INTEGER NOT NULL,
        resolved INTEGER NOT NULL,
        first_contact_resolved INTEGER NOT NULL,
        sla_decided INTEGER NOT NULL,
        sla_met INTEGER NOT NULL,
        responses INTEGER NOT NULL,
        response_ms INTEGER NOT NULL,
        PRIMARY KEY (hour, channel, category)
      ) STRICT, WITHOUT ROWID;
      -- Each conversation's figures, row by row: what reports read for partial hours, and the backfill.
      CREATE VIEW interaction_figures AS
        SELECT i.started_at AS at, i.channel, i.category, ${hourShare('i').counts.map((c, k) => `${c} AS ${COUNT_NAMES[k]}`).join(', ')},
          CASE WHEN ${respondedInbound('i')} THEN ${responseSecond('i')} END AS response_second
        FROM interactions i;
      INSERT INTO report_hours
        SELECT at / ${HOUR}, channel, category, ${COUNT_NAMES.map((c) => `sum(${c})`).join(', ')} FROM interaction_figures GROUP BY 1, 2, 3;
      CREATE TABLE report_response_seconds (
        hour INTEGER NOT NULL,
        channel TEXT NOT NULL,
        seconds INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (hour, channel, seconds)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO report_response_seconds
        SELECT i.started_at / ${HOUR}, i.channel, ${responseSecond('i')}, count(*) FROM interactions i WHERE ${respondedInbound('i')} GROUP BY 1, 2, 3;

      CREATE TRIGGER interactions_rollup_insert AFTER INSERT ON interactions BEGIN
        ${addHourShare('NEW', 1)}
        ${responseShare('NEW', 1)}
      END;
      CREATE TRIGGER interactions_rollup_update
        AFTER UPDATE OF started_at, channel, category, direction, status, first_response_at, sla_due_at, sla_breached_at, repeat_contact ON interactions BEGIN
        ${addHourShare('OLD', -1)}
        ${responseShare('OLD', -1)}
        ${addHourShare('NEW', 1)}
        ${responseShare('NEW', 1)}
      END;
      CREATE TRIGGER interactions_rollup_delete AFTER DELETE ON interactions BEGIN
        ${addHourShare('OLD', -1)}
        ${responseShare('OLD', -1)}
      END;

      -- A new contact makes the matter's contacts of the 7 days before it repeats, and is one itself
      -- if a later contact is already on file (history imported out of order).
      CREATE TRIGGER interactions_repeat_insert AFTER INSERT ON interactions WHEN NEW.customer_id IS NOT NULL BEGIN
        UPDATE interactions SET repeat_contact = 1 WHERE ${earlierOnMatter('NEW')} AND repeat_contact = 0;
        UPDATE interactions SET repeat_contact = 1 WHERE id = NEW.id AND ${laterOnSameMatter('NEW')};
      END;
      -- Moved to another customer, matter or time: the old matter's earlier contacts are judged again,
      -- the new matter's earlier contacts become repeats, and the contact itself is judged again.
      CREATE TRIGGER interactions_repeat_move AFTER UPDATE OF customer_id, category, started_at ON interactions
        WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.category IS NOT NEW.category OR OLD.started_at IS NOT NEW.started_at BEGIN
        UPDATE interactions SET repeat_contact = ${laterOnSameMatter('interactions')} WHERE ${earlierOnMatter('OLD')} AND repeat_contact = 1;
        UPDATE interactions SET repeat_contact = 1 WHERE ${earlierOnMatter('NEW')} AND repeat_contact = 0;
        UPDATE interactions SET repeat_contact = (NEW.customer_id IS NOT NULL AND ${laterOnSameMatter('NEW')}) WHERE id = NEW.id;
      END;
      CREATE TRIGGER interactions_repeat_delete AFTER DELETE ON interactions WHEN OLD.customer_id IS NOT NULL BEGIN
        UPDATE interactions SET repeat_contact = ${laterOnSameMatter('interactions')} WHERE ${earlierOnMatter('OLD')} AND repeat_contact = 1;
      END;
    `);
  },
};
