import type { Migration } from '../migration';
import { agentShare, COUNT_NAMES } from './0014-agent-report-rollups';

/**
 * agent_figures (0014) joined with CROSS JOIN, which fixes the join order: every (conversation,
 * agent) row was read to find the few conversations at a period's edges — 700 ms at 2M messages for
 * an edge with no rows. As a plain join the planner starts from conversations by start time.
 * The same columns, from the same expressions.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'agent-figures-by-time',
  up(db) {
    db.exec(`
      DROP VIEW agent_figures;
      CREATE VIEW agent_figures AS
        SELECT i.started_at AS at, p.agent, ${agentShare('i', 'p').map((c, k) => `${c} AS ${COUNT_NAMES[k]}`).join(', ')}
        FROM interactions i JOIN interaction_agents p ON p.interaction_id = i.id;
    `);
  },
};
