import type { Migration } from '../migration';

const HOUR = 3_600_000;
export const COUNT_NAMES = ['handled', 'replies', 'resolved', 'first_replies', 'first_reply_ms', 'sla_total', 'sla_met'];

/**
 * What one agent's replies on one conversation add to the agent's hour: SQL over a conversation
 * row i and its (conversation, agent) row p. Agent '' stands for the whole team (anyone who
 * replied), so the team's figures count each conversation once however many agents wrote in it.
 * First replies belong to whoever wrote the conversation's first reply.
 */
export function agentShare(i: string, p: string): string[] {
  const first = `${i}.direction = 'inbound' AND ${i}.first_response_at IS NOT NULL AND ${i}.first_replier <> '' AND (${p}.agent = '' OR ${p}.agent = ${i}.first_replier)`;
  return [
    `${p}.replies > 0`,
    `${p}.replies`,
    `${p}.replies > 0 AND ${i}.status = 'resolved'`,
    `coalesce(${first}, 0)`,
    `CASE WHEN ${first} THEN ${i}.first_response_at - ${i}.started_at ELSE 0 END`,
    `coalesce(${first} AND ${i}.sla_due_at IS NOT NULL, 0)`,
    `coalesce(${first} AND ${i}.sla_due_at IS NOT NULL AND ${i}.sla_breached_at IS NULL, 0)`,
  ];
}
const ADD_TO_AGENT_HOUR = `ON CONFLICT (hour, agent) DO UPDATE SET ${COUNT_NAMES.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
/** Adds (sign 1) or takes away (-1) the shares of the (conversation, agent) rows that `from` yields. */
export const addAgentShares = (i: string, p: string, sign: 1 | -1, from: string) =>
  `INSERT INTO report_agent_hours SELECT ${i}.started_at / ${HOUR}, ${p}.agent, ${agentShare(i, p).map((c) => `${sign} * (${c})`).join(', ')}
     ${from} ${ADD_TO_AGENT_HOUR};`;

/**
 * The agents' side-by-side figures and "My day" joined every conversation of the period with its
 * replies (4.8 s for a week at 2M messages). Now:
 * - interactions.first_replier is the author of the first reply; interaction_agents counts each
 *   agent's replies per conversation (agent '' for the team); both kept by a trigger on messages,
 *   which are only ever added (they go with their conversation).
 * - report_agent_hours holds each UTC hour's figures per agent, kept by triggers on both tables.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'agent-report-rollups',
  up(db) {
    db.exec(`
      ALTER TABLE interactions ADD COLUMN first_replier TEXT;
      UPDATE interactions SET first_replier = (SELECT m.author FROM messages m WHERE m.interaction_id = interactions.id AND m.direction = 'outbound' ORDER BY m.sent_at, m.id LIMIT 1);

      CREATE TABLE interaction_agents (
        interaction_id TEXT NOT NULL,
        agent TEXT NOT NULL,
        replies INTEGER NOT NULL,
        PRIMARY KEY (interaction_id, agent)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO interaction_agents
        SELECT interaction_id, author, count(*) FROM messages WHERE direction = 'outbound' AND author <> '' GROUP BY 1, 2
        UNION ALL
        SELECT interaction_id, '', count(*) FROM messages WHERE direction = 'outbound' AND author <> '' GROUP BY 1;

      -- Each (conversation, agent)'s figures, row by row: what reports read for partial hours, and the backfill.
      CREATE VIEW agent_figures AS
        SELECT i.started_at AS at, p.agent, ${agentShare('i', 'p').map((c, k) => `${c} AS ${COUNT_NAMES[k]}`).join(', ')}
        FROM interaction_agents p CROSS JOIN interactions i ON i.id = p.interaction_id;
      CREATE TABLE report_agent_hours (
        hour INTEGER NOT NULL,
        agent TEXT NOT NULL,
        ${COUNT_NAMES.map((c) => `${c} INTEGER NOT NULL`).join(',\n        ')},
        PRIMARY KEY (hour, agent)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO report_agent_hours SELECT at / ${HOUR}, agent, ${COUNT_NAMES.map((c) => `sum(${c})`).join(', ')} FROM agent_figures GROUP BY 1, 2;

      CREATE TRIGGER messages_reply_agents AFTER INSERT ON messages WHEN NEW.direction = 'outbound' BEGIN
        INSERT INTO interaction_agents SELECT NEW.interaction_id, NEW.author, 1 WHERE NEW.author <> '' ON CONFLICT DO UPDATE SET replies = replies + 1;
        INSERT INTO interaction_agents SELECT NEW.interaction_id, '', 1 WHERE NEW.author <> '' ON CONFLICT DO UPDATE SET replies = replies + 1;
        UPDATE interactions SET first_replier = NEW.author
          WHERE id = NEW.interaction_id AND first_replier IS NOT NEW.author AND NOT EXISTS (SELECT 1 FROM messages m
            WHERE m.interaction_id = NEW.interaction_id AND m.direction = 'outbound' AND (m.sent_at < NEW.sent_at OR (m.sent_at = NEW.sent_at AND m.id < NEW.id)));
      END;
      CREATE TRIGGER interaction_agents_rollup_insert AFTER INSERT ON interaction_agents BEGIN
        ${addAgentShares('i', 'NEW', 1, 'FROM interactions i WHERE i.id = NEW.interaction_id')}
      END;
      CREATE TRIGGER interaction_agents_rollup_update AFTER UPDATE ON interaction_agents BEGIN
        ${addAgentShares('i', 'OLD', -1, 'FROM interactions i WHERE i.id = OLD.interaction_id')}
        ${addAgentShares('i', 'NEW', 1, 'FROM interactions i WHERE i.id = NEW.interaction_id')}
      END;
      -- After the conversation itself is gone this finds nothing: the conversation's trigger took its shares away.
      CREATE TRIGGER interaction_agents_rollup_delete AFTER DELETE ON interaction_agents BEGIN
        ${addAgentShares('i', 'OLD', -1, 'FROM interactions i WHERE i.id = OLD.interaction_id')}
      END;
      CREATE TRIGGER interactions_agent_rollup_update
        AFTER UPDATE OF started_at, direction, status, first_response_at, sla_due_at, sla_breached_at, first_replier ON interactions BEGIN
        ${addAgentShares('OLD', 'p', -1, 'FROM interaction_agents p WHERE p.interaction_id = OLD.id')}
        ${addAgentShares('NEW', 'p', 1, 'FROM interaction_agents p WHERE p.interaction_id = NEW.id')}
      END;
      CREATE TRIGGER interactions_agent_rollup_delete AFTER DELETE ON interactions BEGIN
        ${addAgentShares('OLD', 'p', -1, 'FROM interaction_agents p WHERE p.interaction_id = OLD.id')}
        DELETE FROM interaction_agents WHERE interaction_id = OLD.id;
      END;
    `);
  },
};
