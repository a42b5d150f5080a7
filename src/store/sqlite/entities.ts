// Entities: the canonical row, the list (by name or alias, by type), and the profile an entity
// page shows: aliases, mentions over time, quotes by it, events it takes part in, the entities
// it appears with, and its latest documents.
import type Database from "better-sqlite3";
import { normalize } from "../../text/normalize.ts";
import type { DocSummary, EntityFilter, EntityProfile, EntityRef, EntityRow, Page } from "../store.ts";
import { clampLimit } from "../store.ts";
import { EVENT_SELECT, eventRow, quotes } from "./facts.ts";

/** Co-occurrence is counted over an entity's latest documents only (bounds the cost for, say, a country named everywhere). */
export const COOCCURRENCE_WINDOW = 500;

export function entityRow(r: Record<string, unknown>): EntityRow {
  return {
    id: r.id as string, type: r.type as EntityRow["type"], name: r.name as string, name_en: r.name_en as string | null,
    geo: r.lat === null || r.lat === undefined ? null : { lat: r.lat as number, lon: r.lon as number, country: r.country as string | null },
    documents: r.documents as number, mentions: r.mentions as number,
    first_seen: r.first_seen as string | null, last_seen: r.last_seen as string | null,
  };
}

export function entities(db: Database.Database, f: EntityFilter = {}): Page<EntityRow> {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.type) { conds.push("e.type = ?"); params.push(f.type); }
  const q = f.q ? normalize(f.q) : "";
  if (q) {
    conds.push(`(e.id = ? OR (e.norm >= ? AND e.norm < ?) OR lower(e.name_en) LIKE ? ESCAPE '\\'
                 OR e.id IN (SELECT entity FROM entity_names WHERE norm >= ? AND norm < ?))`);
    const like = q.replace(/[\\%_]/g, (c) => "\\" + c) + "%";
    params.push(f.q, q, q + "\uffff", like, q, q + "\uffff");
  }
  const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
  const rows = db.prepare(`SELECT * FROM entities e ${where} ORDER BY e.documents DESC, e.id LIMIT ? OFFSET ?`)
    .all(...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as Record<string, unknown>[];
  const total = db.prepare(`SELECT count(*) FROM entities e ${where}`).pluck().get(...params) as number;
  return { items: rows.map(entityRow), total };
}

export function entity(db: Database.Database, id: string): EntityProfile | null {
  const row = db.prepare("SELECT * FROM entities WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const aliases = db.prepare("SELECT text, count FROM entity_names WHERE entity = ? ORDER BY count DESC, text LIMIT 50").all(id) as EntityProfile["aliases"];
  const timeline = db.prepare(`SELECT published AS date, count(*) AS documents, sum(mentions) AS mentions FROM doc_entities
                               WHERE entity = ? AND published IS NOT NULL GROUP BY published ORDER BY published`).all(id) as EntityProfile["timeline"];
  // as source and as target, each read newest first through its own index, then merged
  const side = (col: string) => db.prepare(`${EVENT_SELECT} WHERE e.${col} = ? ORDER BY e.day DESC, e.doc DESC, e.idx DESC LIMIT 50`).all(id) as Record<string, unknown>[];
  const key = (r: Record<string, unknown>) => `${r.day ?? ""}\t${String(r.doc).padStart(12, "0")}\t${String(r.idx).padStart(6, "0")}`;
  const seen = new Set<string>();
  const evs = [...side("source"), ...side("target")].filter((r) => { const k = key(r); if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => (key(a) < key(b) ? 1 : -1)).slice(0, 50);
  const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
  const cooccurring = db.prepare(`
    SELECT o.id, o.type, o.name, o.name_en, count(*) AS documents
    FROM (SELECT doc FROM doc_entities WHERE entity = ? ORDER BY published DESC, doc DESC LIMIT ${COOCCURRENCE_WINDOW}) a
    JOIN doc_entities b ON b.doc = a.doc AND b.entity <> ?
    JOIN entities o ON o.id = b.entity
    GROUP BY o.id ORDER BY documents DESC, o.id LIMIT 25`).all(id, id) as (EntityRef & { documents: number })[];
  const recent = db.prepare(`SELECT d.id, d.title, d.published, d.outlet, d.url, d.n_entities AS entities, d.n_quotes AS quotes, d.n_events AS events
                             FROM doc_entities x JOIN documents d ON d.n = x.doc WHERE x.entity = ?
                             ORDER BY x.published DESC, x.doc DESC LIMIT 20`).all(id) as DocSummary[];
  return {
    ...entityRow(row),
    aliases,
    timeline,
    quotes: quotes(db, { speaker: id, limit: 50 }).items,
    events: evs.map(eventRow),
    counts: {
      quotes: count("SELECT count(*) FROM quotes WHERE speaker = ?"),
      events_as_source: count("SELECT count(*) FROM events WHERE source = ?"),
      events_as_target: count("SELECT count(*) FROM events WHERE target = ?"),
      events_at: count("SELECT count(*) FROM events WHERE location = ?"),
    },
    cooccurring,
    documents_recent: recent,
  };
}
