import type { ScenarioContent } from '@contract/training';

export interface GraphEdge {
  /** Index of the branch in its turn, or 'fallback'. */
  via: number | 'fallback';
  to: string;
  /** The target turn does not exist: saving will be refused. */
  missing: boolean;
}

export interface GraphNode {
  id: string;
  say: string;
  end: boolean;
  reachable: boolean;
  /** Steps from the start turn along branches; null when unreachable. */
  depth: number | null;
  edges: GraphEdge[];
}

/**
 * The turn graph as the editor draws it: nodes in breadth-first order from the start turn (then
 * the unreachable ones), each with its branches. A fallback keeps the customer on the same turn,
 * so it never makes another turn reachable and is not an edge here.
 */
export function scenarioGraph(content: Pick<ScenarioContent, 'start' | 'turns'>): GraphNode[] {
  const byId = new Map(content.turns.map((t) => [t.id, t]));
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (byId.has(content.start)) {
    depth.set(content.start, 0);
    queue.push(content.start);
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const b of byId.get(id)?.branches ?? []) {
      if (byId.has(b.next) && !depth.has(b.next)) {
        depth.set(b.next, depth.get(id)! + 1);
        queue.push(b.next);
      }
    }
  }
  const order = [...depth.keys(), ...content.turns.map((t) => t.id).filter((id) => !depth.has(id))];
  const seen = new Set<string>();
  const nodes: GraphNode[] = [];
  for (const id of order) {
    const turn = byId.get(id);
    if (!turn || seen.has(id)) continue;
    seen.add(id);
    nodes.push({
      id,
      say: turn.say,
      end: turn.end,
      reachable: depth.has(id),
      depth: depth.get(id) ?? null,
      edges: turn.branches.map((b, i) => ({ via: i, to: b.next, missing: !byId.has(b.next) })),
    });
  }
  return nodes;
}

/** Whether an end turn can be reached at all: a scenario that never ends cannot be passed. */
export function canFinish(nodes: GraphNode[]): boolean {
  return nodes.some((n) => n.reachable && n.end);
}
