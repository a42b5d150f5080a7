// The actor network and the map. Nodes are the entities most present under the filter (events
// they take part in weigh more than mere mentions); edges are events source→target (weighted,
// by type; read from the events_edges index alone) and co-mentions (documents naming both).
// Without a document filter, co-mentions come from the counts kept at ingest (entity_pairs);
// under a date/outlet filter, or around one entity, they are counted here in JS from one
// indexed read over the latest COMENTION_WINDOW documents the filter allows.
import type Database from "better-sqlite3";
import type { PloverType } from "../../core/contract.ts";
import type { EventFilter, GeoResult, Graph, GraphEdge, GraphFilter, GraphNode, PlaceRow } from "../store.ts";
import { clampLimit } from "../store.ts";
import { chooseNodes, eventEdges } from "../graph-shape.ts";
import { cooccurringWith } from "./entities.ts";
import { events } from "./facts.ts";
import { prepared } from "./statements.ts";
import { dayWhere, docWhere, eventWhere, hasDocFilter, needsDocJoin, onlyDates, Where } from "./where.ts";

/** Under a document filter, co-mentions are counted over at most this many of the latest documents it allows. */
export const COMENTION_WINDOW = 5000;

export function graph(db: Database.Database, f: GraphFilter = {}): Graph {
  const size = clampLimit(f.nodes, 100, 5000);
  const w = eventWhere(f).add("e.source IS NOT NULL AND e.target IS NOT NULL AND e.source <> e.target");
  const evEdges = prepared(db, `SELECT e.source, e.target, e.type, count(*) AS n FROM events e ${needsDocJoin(f) ? "JOIN documents d ON d.n = e.doc" : ""} ${w.sql()}
                              GROUP BY e.source, e.target, e.type`).all(...w.params) as { source: string; target: string; type: PloverType; n: number }[];
  const chosen = chooseNodes(evEdges, mentionCounts(db, f, size * 3), f.entity, size);
  const nodes = prepared(db, `SELECT id, type, name, name_en, documents FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(chosen)) as GraphNode[];
  const edges = eventEdges(evEdges, chosen, nodes);
  if (f.comentions !== false) edges.push(...(f.entity || hasDocFilter(f) ? comentions(db, f, chosen) : comentionsKept(db, chosen)));
  const minWeight = f.minWeight ?? 1;
  return {
    nodes,
    edges: edges.filter((e) => e.weight >= minWeight)
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1)),
  };
}

/** Documents per entity under the filter, most first. */
function mentionCounts(db: Database.Database, f: GraphFilter, n: number): { entity: string; n: number }[] {
  if (f.entity && !hasDocFilter(f)) {
    return cooccurringWith(db, f.entity, n).map((r) => ({ entity: r.id, n: r.documents }));
  }
  if (f.entity) {
    const w = docWhere(f).add("x.doc IN (SELECT doc FROM doc_entities WHERE entity = ?)", f.entity);
    return db.prepare(`SELECT x.entity, count(*) AS n FROM doc_entities x JOIN documents d ON d.n = x.doc ${w.sql()}
                       GROUP BY x.entity ORDER BY n DESC, x.entity LIMIT ?`).all(...w.params, n) as { entity: string; n: number }[];
  }
  if (!f.entity && onlyDates(f)) {
    const w = dayWhere(f, "day");
    return prepared(db, `SELECT entity, sum(documents) AS n FROM entity_days ${w.sql()} GROUP BY entity ORDER BY n DESC, entity LIMIT ?`)
      .all(...w.params, n) as { entity: string; n: number }[];
  }
  if (hasDocFilter(f)) {
    const w = docWhere(f);
    return db.prepare(`SELECT x.entity, count(*) AS n FROM doc_entities x JOIN documents d ON d.n = x.doc ${w.sql()}
                       GROUP BY x.entity ORDER BY n DESC, x.entity LIMIT ?`).all(...w.params, n) as { entity: string; n: number }[];
  }
  return db.prepare("SELECT id AS entity, documents AS n FROM entities ORDER BY documents DESC, id LIMIT ?").all(n) as { entity: string; n: number }[];
}

/** Co-mention edges among the chosen entities from the counts kept at ingest (whole store). */
function comentionsKept(db: Database.Database, chosen: string[]): GraphEdge[] {
  const keys = prepared(db, "SELECT k, id FROM entity_keys WHERE id IN (SELECT value FROM json_each(?))", "raw")
    .all(JSON.stringify(chosen)) as [number, string][];
  const idOf = new Map(keys);
  const rows = prepared(db, `SELECT a, b, documents FROM entity_pairs
                             WHERE a IN (SELECT value FROM json_each(?)) AND b IN (SELECT value FROM json_each(?)) AND a < b`, "raw")
    .all(JSON.stringify(keys.map(([k]) => k)), JSON.stringify(keys.map(([k]) => k))) as [number, number, number][];
  return rows.map(([a, b, weight]) => {
    const [source, target] = [idOf.get(a)!, idOf.get(b)!].sort();
    return { source, target, kind: "comention" as const, weight, types: {} };
  });
}

function comentions(db: Database.Database, f: GraphFilter, chosen: string[]): GraphEdge[] {
  // one read through the entity index, grouped by document here (no sort, no join unless filtered)
  // counted over the latest COMENTION_WINDOW documents under the filter: enough to rank the ties
  // between the chosen nodes, and bounded on any corpus size
  // dates are read from the entity index itself (entity, published); outlet and document need documents
  const w = new Where().add("x.entity IN (SELECT value FROM json_each(?))", JSON.stringify(chosen));
  dayWhere(f, "x.published", w);
  if (needsDocJoin(f)) docWhere({ outlet: f.outlet, document: f.document }, w);
  w.add(`x.doc >= coalesce((SELECT min(n) FROM (SELECT d.n FROM documents d ${docWhere(f).sql()} ORDER BY d.n DESC LIMIT ${COMENTION_WINDOW})), 0)`, ...docWhere(f).params);
  const join = needsDocJoin(f) ? "JOIN documents d ON d.n = x.doc" : "";
  const rows = db.prepare(`SELECT x.doc, x.entity FROM doc_entities x INDEXED BY doc_entities_entity ${join} ${w.sql()}`)
    .raw().all(...w.params) as [number, string][];
  const byDoc = new Map<number, string[]>();
  for (const [doc, entity] of rows) {
    const list = byDoc.get(doc);
    if (list) list.push(entity); else byDoc.set(doc, [entity]);
  }
  const counts = new Map<string, number>();
  for (const list of byDoc.values()) {
    if (list.length < 2 || (f.entity && !list.includes(f.entity))) continue;
    list.sort();
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const key = `${list[a]}\t${list[b]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([key, weight]) => {
    const [source, target] = key.split("\t");
    return { source, target, kind: "comention" as const, weight, types: {} };
  });
}

export function geo(db: Database.Database, f: EventFilter & { places?: number } = {}): GeoResult {
  const n = clampLimit(f.places, 500, 20000);
  let places: PlaceRow[];
  if (onlyDates(f)) {
    // per-day counts of the entities that have coordinates (a small set, materialized once)
    const w = dayWhere(f, "x.day").add("x.entity IN (SELECT id FROM entities WHERE lat IS NOT NULL)");
    places = prepared(db, `SELECT p.id, p.type, p.name, p.name_en, p.lat, p.lon, p.country, c.documents
                           FROM (SELECT x.entity, sum(x.documents) AS documents FROM entity_days x ${w.sql()} GROUP BY x.entity) c
                           JOIN entities p ON p.id = c.entity ORDER BY c.documents DESC, p.id LIMIT ?`).all(...w.params, n) as PlaceRow[];
  } else if (hasDocFilter(f)) {
    const w = docWhere(f).add("p.lat IS NOT NULL");
    places = db.prepare(`SELECT p.id, p.type, p.name, p.name_en, p.lat, p.lon, p.country, count(*) AS documents
                         FROM doc_entities x JOIN documents d ON d.n = x.doc JOIN entities p ON p.id = x.entity ${w.sql()}
                         GROUP BY p.id ORDER BY documents DESC, p.id LIMIT ?`).all(...w.params, n) as PlaceRow[];
  } else {
    places = db.prepare(`SELECT id, type, name, name_en, lat, lon, country, documents FROM entities WHERE lat IS NOT NULL
                         ORDER BY documents DESC, id LIMIT ?`).all(n) as PlaceRow[];
  }
  const w = eventWhere(f).add("e.location IN (SELECT value FROM json_each(?))", JSON.stringify(places.map((p) => p.id)));
  const counts = new Map((db.prepare(`SELECT e.location, count(*) FROM events e ${needsDocJoin(f) ? "JOIN documents d ON d.n = e.doc" : ""} ${w.sql()} GROUP BY e.location`)
    .raw().all(...w.params) as [string, number][]));
  for (const p of places) p.events = counts.get(p.id) ?? 0;
  return { places, events: events(db, { ...f, located: true, limit: f.limit ?? 500 }, 20000, false).items };
}
