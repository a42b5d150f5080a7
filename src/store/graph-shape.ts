// The actor network's shape, the same for every backend: which entities become nodes (events
// weigh more than mere mentions; the focus entity always stays) and how event rows fold into
// weighted, typed edges; the backends only read the rows.
import type { PloverType } from "../core/contract.ts";
import type { GraphEdge, GraphNode } from "./store.ts";

export interface EventEdgeRow { source: string; target: string; type: PloverType; n: number }

const EVENT_WEIGHT = 5;   // one event counts as much as five documents when ranking nodes

/** The `size` entities most present: events (both sides) and mention counts, the focus first. */
export function chooseNodes(evEdges: EventEdgeRow[], mentions: { entity: string; n: number }[], focus: string | undefined, size: number): string[] {
  const score = new Map<string, number>();
  const bump = (id: string, by: number) => score.set(id, (score.get(id) ?? 0) + by);
  for (const e of evEdges) { bump(e.source, e.n * EVENT_WEIGHT); bump(e.target, e.n * EVENT_WEIGHT); }
  for (const r of mentions) bump(r.entity, r.n);
  if (focus) bump(focus, Number.MAX_SAFE_INTEGER / 2);
  return [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([id]) => id);
}

/** Event edges among the chosen nodes, one per source→target with counts by type; sets each node's `events`. */
export function eventEdges(evEdges: EventEdgeRow[], chosen: string[], nodes: GraphNode[]): GraphEdge[] {
  const keep = new Set(chosen);
  const eventsOf = new Map<string, number>();
  const byPair = new Map<string, GraphEdge>();
  for (const e of evEdges) {
    if (!keep.has(e.source) || !keep.has(e.target)) continue;
    eventsOf.set(e.source, (eventsOf.get(e.source) ?? 0) + e.n);
    eventsOf.set(e.target, (eventsOf.get(e.target) ?? 0) + e.n);
    const key = `${e.source}\t${e.target}`;
    const edge = byPair.get(key) ?? { source: e.source, target: e.target, kind: "event", weight: 0, types: {} };
    edge.weight += e.n;
    edge.types[e.type] = (edge.types[e.type] ?? 0) + e.n;
    byPair.set(key, edge);
  }
  for (const n of nodes) n.events = eventsOf.get(n.id) ?? 0;
  return [...byPair.values()];
}
