// Entities: the canonical row, the list (by name or alias, by type), and the profile an entity
// page shows: aliases, mentions over time, quotes by it, events it takes part in, the entities
// it appears with (kept counted at ingest: entity_pairs), and its latest documents.
import type Database from "better-sqlite3";
import { entityWhere } from "./where.ts";
import type { DocSummary, EntityFilter, EntityProfile, EntityRef, EntityRow, Page } from "../store.ts";
import { clampLimit } from "../store.ts";
import { EVENT_SELECT, eventRow, quotes } from "./facts.ts";
import { prepared } from "./statements.ts";


/** The window a self-join over doc_entities would need to stay bounded (PostgreSQL until it keeps entity_pairs too). */
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
  const { where, params } = entityWhere(f);
  const rows = prepared(db, `SELECT * FROM entities e ${where} ORDER BY e.documents DESC, e.id LIMIT ? OFFSET ?`)
    .all(...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as Record<string, unknown>[];
  const total = prepared(db, `SELECT count(*) FROM entities e ${where}`, "pluck").get(...params) as number;
  return { items: rows.map(entityRow), total };
}

export function entity(db: Database.Database, id: string): EntityProfile | null {
  const row = prepared(db, "SELECT * FROM entities WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const aliases = prepared(db, "SELECT text, count FROM entity_names WHERE entity = ? ORDER BY count DESC, text LIMIT 50").all(id) as EntityProfile["aliases"];
  const timeline = prepared(db, "SELECT day AS date, documents, mentions FROM entity_days WHERE entity = ? ORDER BY day").all(id) as EntityProfile["timeline"];
  // as source and as target: the 50 newest keys from each index alone, merged, then the rows (with
  // their joins) for the 50 kept only; one statement for the panel
  const evs = (prepared(db, `${EVENT_SELECT} WHERE (e.doc, e.idx) IN (
                               SELECT doc, idx FROM (
                                 SELECT day, doc, idx FROM (SELECT day, doc, idx FROM events WHERE source = @id ORDER BY day DESC, doc DESC, idx DESC LIMIT 50)
                                 UNION SELECT day, doc, idx FROM (SELECT day, doc, idx FROM events WHERE target = @id ORDER BY day DESC, doc DESC, idx DESC LIMIT 50))
                               ORDER BY day DESC, doc DESC, idx DESC LIMIT 50)
                             ORDER BY e.day DESC, e.doc DESC, e.idx DESC`).all({ id }) as Record<string, unknown>[]).map(eventRow);
  const count = (sql: string) => prepared(db, sql, "pluck").get(id) as number;
  const cooccurring = cooccurringWith(db, id, 25);
  const recent = prepared(db, `SELECT d.id, d.title, d.published, d.outlet, d.url, d.n_entities AS entities, d.n_quotes AS quotes, d.n_events AS events
                             FROM doc_entities x JOIN documents d ON d.n = x.doc WHERE x.entity = ?
                             ORDER BY x.published DESC, x.doc DESC LIMIT 20`).all(id) as DocSummary[];
  return {
    ...entityRow(row),
    aliases,
    timeline,
    quotes: quotes(db, { speaker: id, limit: 50 }).items,
    events: evs,
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

/**
 * The entities sharing most documents with `id`, from the co-mention counts kept at ingest
 * (entity_pairs): one range read of the entity's partners, whatever the corpus size. Ties at
 * the cut are settled by id, as the PostgreSQL store does, so both list the same entities.
 */
export function cooccurringWith(db: Database.Database, id: string, n: number): (EntityRef & { documents: number })[] {
  const k = prepared(db, "SELECT k FROM entity_keys WHERE id = ?", "pluck").get(id) as number | undefined;
  if (k === undefined) return [];
  const nth = prepared(db, "SELECT documents FROM entity_pairs WHERE a = ? ORDER BY documents DESC LIMIT 1 OFFSET ?", "pluck").get(k, n - 1) as number | undefined;
  // the tied partners at the cut are ranked by id (a join to entity_keys only); entities rows for the n kept
  const rows = prepared(db, `SELECT o.id, o.type, o.name, o.name_en, t.documents
                             FROM (SELECT x.id, p.documents FROM entity_pairs p JOIN entity_keys x ON x.k = p.b
                                   WHERE p.a = ? AND p.documents >= ? ORDER BY p.documents DESC, x.id LIMIT ?) t
                             JOIN entities o ON o.id = t.id`).all(k, nth ?? 1, n) as (EntityRef & { documents: number })[];
  return rows.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
}
