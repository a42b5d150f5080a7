// Entities: the canonical row, the list (by name or alias, by type), and the profile an entity
// page shows: aliases, mentions over time, quotes by it, events it takes part in, the entities
// it appears with (kept counted at ingest: entity_pairs), and its latest documents. The profile
// is bounded whatever the entity's size (ENTITY_PANEL rows a panel, counts beside them); the
// quotes and events panels page on through entityQuotes and entityEvents.
import type Database from "better-sqlite3";
import { entityWhere } from "./where.ts";
import type { DocSummary, EntityFilter, EntityProfile, EntityRef, EntityRow, EventRow, Page, Paging, QuoteRow } from "../store.ts";
import { clampLimit, ENTITY_DOCUMENTS, ENTITY_PANEL } from "../store.ts";
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
  const counts = entityCounts(db, id);
  const recent = prepared(db, `SELECT d.id, d.title, d.published, d.outlet, d.url, d.n_entities AS entities, d.n_quotes AS quotes, d.n_events AS events
                             FROM doc_entities x JOIN documents d ON d.n = x.doc WHERE x.entity = ?
                             ORDER BY x.published DESC, x.doc DESC LIMIT ?`).all(id, ENTITY_DOCUMENTS) as DocSummary[];
  return {
    ...entityRow(row),
    aliases,
    timeline,
    quotes: quotes(db, { speaker: id, limit: ENTITY_PANEL }, undefined, false).items,
    events: actorEvents(db, id, ENTITY_PANEL, 0),
    counts,
    cooccurring: cooccurringWith(db, id, 25),
    documents_recent: recent,
  };
}

/** The entity page's counts in one statement, each from an index alone (events_self: migration 8). */
function entityCounts(db: Database.Database, id: string): EntityProfile["counts"] {
  const c = prepared(db, `SELECT (SELECT count(*) FROM quotes WHERE speaker = @id) AS quotes,
                                 (SELECT count(*) FROM events WHERE source = @id) AS events_as_source,
                                 (SELECT count(*) FROM events WHERE target = @id) AS events_as_target,
                                 (SELECT count(*) FROM events WHERE source = @id AND source = target) AS self,
                                 (SELECT count(*) FROM events WHERE location = @id) AS events_at`).get({ id }) as EntityProfile["counts"] & { self: number };
  return { quotes: c.quotes, events: c.events_as_source + c.events_as_target - c.self, events_as_source: c.events_as_source, events_as_target: c.events_as_target, events_at: c.events_at };
}

/**
 * Events with `id` as source or target, newest first, rows offset..offset+limit: the newest
 * offset+limit keys from each side's index alone, merged (an event on both sides once), then
 * the rows, with their joins, for the page only. One statement.
 */
function actorEvents(db: Database.Database, id: string, limit: number, offset: number): EventRow[] {
  const rows = prepared(db, `${EVENT_SELECT} WHERE (e.doc, e.idx) IN (
                               SELECT doc, idx FROM (
                                 SELECT day, doc, idx FROM (SELECT day, doc, idx FROM events WHERE source = @id ORDER BY day DESC, doc DESC, idx DESC LIMIT @k)
                                 UNION SELECT day, doc, idx FROM (SELECT day, doc, idx FROM events WHERE target = @id ORDER BY day DESC, doc DESC, idx DESC LIMIT @k))
                               ORDER BY day DESC, doc DESC, idx DESC LIMIT @limit OFFSET @offset)
                             ORDER BY e.day DESC, e.doc DESC, e.idx DESC`).all({ id, k: offset + limit, limit, offset }) as Record<string, unknown>[];
  return rows.map(eventRow);
}

const known = (db: Database.Database, id: string): boolean => prepared(db, "SELECT 1 FROM entities WHERE id = ?", "pluck").get(id) !== undefined;
const pageOf = (p: Paging) => ({ limit: clampLimit(p.limit, ENTITY_PANEL), offset: Math.max(0, Math.floor(p.offset ?? 0)) });

export function entityEvents(db: Database.Database, id: string, p: Paging = {}): Page<EventRow> | null {
  if (!known(db, id)) return null;
  const { limit, offset } = pageOf(p);
  return { items: actorEvents(db, id, limit, offset), total: entityCounts(db, id).events };
}

export function entityQuotes(db: Database.Database, id: string, p: Paging = {}): Page<QuoteRow> | null {
  if (!known(db, id)) return null;
  return quotes(db, { speaker: id, ...pageOf(p) });
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
