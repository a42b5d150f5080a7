// The actor network and the map on PostgreSQL: the same choices as sqlite/graph.ts (nodes are
// the entities most present under the filter, events weigh more than mentions; co-mentions among
// the chosen nodes counted in JS from one indexed read), with arrays where SQLite uses json_each.
import type postgres from "postgres";
import type { PloverType } from "../../core/contract.ts";
import { docWhere, eventWhere, hasDocFilter } from "../sqlite/where.ts";
import type { EventFilter, GeoResult, Graph, GraphEdge, GraphFilter, GraphNode, PlaceRow } from "../store.ts";
import { clampLimit } from "../store.ts";
import { chooseNodes, eventEdges } from "../graph-shape.ts";
import { events } from "./reads.ts";
import { all } from "./sql.ts";

type Sql = postgres.Sql;

export async function graph(db: Sql, f: GraphFilter = {}): Promise<Graph> {
  const size = clampLimit(f.nodes, 100, 5000);
  const w = eventWhere(f).add("e.source IS NOT NULL AND e.target IS NOT NULL AND e.source <> e.target");
  const evEdges = await all<{ source: string; target: string; type: PloverType; n: number }>(db,
    `SELECT e.source, e.target, e.type, count(*) AS n FROM events e JOIN documents d ON d.n = e.doc ${w.sql()} GROUP BY e.source, e.target, e.type`, w.params);
  const chosen = chooseNodes(evEdges, await mentionCounts(db, f, size * 3), f.entity, size);
  const nodes = await all<GraphNode>(db, "SELECT id, type, name, name_en, documents FROM entities WHERE id = ANY(?::text[]) ORDER BY id", [chosen]);
  const edges = eventEdges(evEdges, chosen, nodes);
  if (f.comentions !== false) edges.push(...(await comentions(db, f, chosen)));
  const minWeight = f.minWeight ?? 1;
  return {
    nodes,
    edges: edges.filter((e) => e.weight >= minWeight)
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1)),
  };
}

/** Documents per entity under the filter, most first. */
async function mentionCounts(db: Sql, f: GraphFilter, n: number): Promise<{ entity: string; n: number }[]> {
  if (f.entity || hasDocFilter(f)) {
    const w = docWhere(f);
    if (f.entity) w.add("x.doc IN (SELECT doc FROM doc_entities WHERE entity = ?)", f.entity);
    return all(db, `SELECT x.entity, count(*) AS n FROM doc_entities x JOIN documents d ON d.n = x.doc ${w.sql()}
                    GROUP BY x.entity ORDER BY n DESC, x.entity LIMIT ?`, [...w.params, n]);
  }
  return all(db, "SELECT id AS entity, documents AS n FROM entities ORDER BY documents DESC, id LIMIT ?", [n]);
}

async function comentions(db: Sql, f: GraphFilter, chosen: string[]): Promise<GraphEdge[]> {
  const w = docWhere(f).add("x.entity = ANY(?::text[])", chosen);
  const rows = await all<{ doc: number; entity: string }>(db, `SELECT x.doc, x.entity FROM doc_entities x JOIN documents d ON d.n = x.doc ${w.sql()} ORDER BY x.doc`, w.params);
  const counts = new Map<string, number>();
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j].doc === rows[i].doc) j++;
    const ids = rows.slice(i, j).map((r) => r.entity).sort();
    if (!f.entity || ids.includes(f.entity)) {
      for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
        const key = `${ids[a]}\t${ids[b]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    i = j;
  }
  return [...counts.entries()].map(([key, weight]) => {
    const [source, target] = key.split("\t");
    return { source, target, kind: "comention" as const, weight, types: {} };
  });
}

export async function geo(db: Sql, f: EventFilter & { places?: number } = {}): Promise<GeoResult> {
  const n = clampLimit(f.places, 500, 20000);
  let places: PlaceRow[];
  if (hasDocFilter(f)) {
    const w = docWhere(f).add("p.lat IS NOT NULL");
    places = await all<PlaceRow>(db, `SELECT p.id, p.type, p.name, p.name_en, p.lat, p.lon, p.country, count(*) AS documents
                     FROM doc_entities x JOIN documents d ON d.n = x.doc JOIN entities p ON p.id = x.entity ${w.sql()}
                     GROUP BY p.id ORDER BY documents DESC, p.id LIMIT ?`, [...w.params, n]);
  } else {
    places = await all<PlaceRow>(db, `SELECT id, type, name, name_en, lat, lon, country, documents FROM entities WHERE lat IS NOT NULL
                     ORDER BY documents DESC, id LIMIT ?`, [n]);
  }
  const w = eventWhere(f).add("e.location = ANY(?::text[])", places.map((p) => p.id));
  const rows = await all<{ location: string; n: number }>(db, `SELECT e.location, count(*) AS n FROM events e JOIN documents d ON d.n = e.doc ${w.sql()} GROUP BY e.location`, w.params);
  const counts = new Map(rows.map((r) => [r.location, r.n]));
  for (const p of places) p.events = counts.get(p.id) ?? 0;
  return { places, events: (await events(db, { ...f, located: true, limit: f.limit ?? 500 }, 20000)).items };
}
