// Reading the PostgreSQL store: document lists, entities and the entity profile, quotes, events
// and the timeline. The SQL is the SQLite store's (same filters from sqlite/where.ts, same row
// shapes from its row mappers), so both backends answer every list identically; where the
// dialects differ it is written here. Order: newest first, undated last (PostgreSQL needs NULLS
// LAST said, SQLite does it by default); among same-day facts the latest stored first.
import type postgres from "postgres";
import { entityWhere } from "../sqlite/where.ts";
import { COOCCURRENCE_WINDOW, entityRow } from "../sqlite/entities.ts";
import { EVENT_SELECT, eventRow, quoteRow } from "../sqlite/facts.ts";
import { docWhere, eventWhere, quoteWhere, type Where } from "../sqlite/where.ts";
import type {
  DocFilter, DocSummary, EntityFilter, EntityProfile, EntityRef, EntityRow, EventFilter, EventRow, Page, Paging, QuoteFilter, QuoteRow, TimelinePoint,
} from "../store.ts";
import { clampLimit, ENTITY_DOCUMENTS, ENTITY_PANEL } from "../store.ts";
import { all, one, scalar } from "./sql.ts";

type Sql = postgres.Sql;

const DOC_SUMMARY = "d.id, d.title, d.published, d.outlet, d.url, d.n_entities AS entities, d.n_quotes AS quotes, d.n_events AS events";

export async function documents(db: Sql, f: DocFilter & { entity?: string; limit?: number; offset?: number } = {}): Promise<Page<DocSummary>> {
  const w = docWhere(f);
  if (f.entity) w.add("d.n IN (SELECT doc FROM doc_entities WHERE entity = ?)", f.entity);
  const items = await all<DocSummary>(db, `SELECT ${DOC_SUMMARY} FROM documents d ${w.sql()} ORDER BY d.published DESC NULLS LAST, d.n DESC LIMIT ? OFFSET ?`,
    [...w.params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)]);
  return { items, total: await scalar(db, `SELECT count(*) FROM documents d ${w.sql()}`, w.params) };
}

export async function entities(db: Sql, f: EntityFilter = {}): Promise<Page<EntityRow>> {
  const { where, params } = entityWhere(f);
  const rows = await all(db, `SELECT * FROM entities e ${where} ORDER BY e.documents DESC, e.id LIMIT ? OFFSET ?`,
    [...params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)]);
  return { items: rows.map(entityRow), total: await scalar(db, `SELECT count(*) FROM entities e ${where}`, params) };
}

/** `kept`: the schema keeps entity_days and entity_pairs (version 4 on); else they are counted here. */
export async function entity(db: Sql, id: string, kept = true): Promise<EntityProfile | null> {
  const row = await one(db, "SELECT * FROM entities WHERE id = ?", [id]);
  if (!row) return null;
  const [aliases, timeline, evs, cooccurring, recent, quoted, counts] = await Promise.all([
    all<EntityProfile["aliases"][number]>(db, "SELECT text, count FROM entity_names WHERE entity = ? ORDER BY count DESC, text LIMIT 50", [id]),
    kept
      ? all<EntityProfile["timeline"][number]>(db, "SELECT day AS date, documents, mentions FROM entity_days WHERE entity = ? ORDER BY day", [id])
      : all<EntityProfile["timeline"][number]>(db, `SELECT published AS date, count(*) AS documents, sum(mentions) AS mentions FROM doc_entities
                   WHERE entity = ? AND published IS NOT NULL GROUP BY published ORDER BY published`, [id]),
    actorEvents(db, id, ENTITY_PANEL, 0),
    kept ? all<EntityRef & { documents: number }>(db, `
      SELECT o.id, o.type, o.name, o.name_en, p.documents
      FROM (SELECT b, documents FROM entity_pairs WHERE a = ? ORDER BY documents DESC, b LIMIT 25) p JOIN entities o ON o.id = p.b
      ORDER BY p.documents DESC, o.id`, [id]) : all<EntityRef & { documents: number }>(db, `
      SELECT o.id, o.type, o.name, o.name_en, count(*) AS documents
      FROM (SELECT doc FROM doc_entities WHERE entity = ? ORDER BY published DESC, doc DESC LIMIT ${COOCCURRENCE_WINDOW}) a
      JOIN doc_entities b ON b.doc = a.doc AND b.entity <> ?
      JOIN entities o ON o.id = b.entity
      GROUP BY o.id ORDER BY documents DESC, o.id LIMIT 25`, [id, id]),
    all<DocSummary>(db, `SELECT ${DOC_SUMMARY} FROM doc_entities x JOIN documents d ON d.n = x.doc WHERE x.entity = ?
                   ORDER BY x.published DESC NULLS LAST, x.doc DESC LIMIT ?`, [id, ENTITY_DOCUMENTS]),
    all(db, `${QUOTE_SELECT} WHERE q.speaker = ? ORDER BY q.published DESC NULLS LAST, q.doc DESC, q.idx DESC LIMIT ?`, [id, ENTITY_PANEL]),
    entityCounts(db, id),
  ]);
  return {
    ...entityRow(row), aliases, timeline, quotes: quoted.map(quoteRow), events: evs,
    counts, cooccurring, documents_recent: recent,
  };
}

async function entityCounts(db: Sql, id: string): Promise<EntityProfile["counts"]> {
  return (await one<EntityProfile["counts"]>(db, `SELECT (SELECT count(*) FROM quotes WHERE speaker = ?) AS quotes,
                   (SELECT count(*) FROM events WHERE source = ? OR target = ?) AS events,
                   (SELECT count(*) FROM events WHERE source = ?) AS events_as_source,
                   (SELECT count(*) FROM events WHERE target = ?) AS events_as_target,
                   (SELECT count(*) FROM events WHERE location = ?) AS events_at`, [id, id, id, id, id, id]))!;
}

/** Events with `id` as source or target, newest first (the same order as the SQLite store's). */
async function actorEvents(db: Sql, id: string, limit: number, offset: number): Promise<EventRow[]> {
  const rows = await all(db, `${EVENT_SELECT} WHERE e.source = ? OR e.target = ? ORDER BY e.day DESC NULLS LAST, e.doc DESC, e.idx DESC LIMIT ? OFFSET ?`,
    [id, id, limit, offset]);
  return rows.map(eventRow);
}

const known = async (db: Sql, id: string): Promise<boolean> => (await one(db, "SELECT 1 AS one FROM entities WHERE id = ?", [id])) !== undefined;
const pageOf = (p: Paging) => ({ limit: clampLimit(p.limit, ENTITY_PANEL), offset: Math.max(0, Math.floor(p.offset ?? 0)) });

export async function entityEvents(db: Sql, id: string, p: Paging = {}): Promise<Page<EventRow> | null> {
  if (!(await known(db, id))) return null;
  const { limit, offset } = pageOf(p);
  const [items, counts] = await Promise.all([actorEvents(db, id, limit, offset), entityCounts(db, id)]);
  return { items, total: counts.events };
}

export async function entityQuotes(db: Sql, id: string, p: Paging = {}): Promise<Page<QuoteRow> | null> {
  if (!(await known(db, id))) return null;
  return quotes(db, { speaker: id, ...pageOf(p) });
}

const QUOTE_SELECT = `
  SELECT q.*, d.id AS document, d.title, d.outlet, sp.name AS speaker_name, v.name AS via_name
  FROM quotes q JOIN documents d ON d.n = q.doc
  LEFT JOIN entities sp ON sp.id = q.speaker LEFT JOIN entities v ON v.id = q.via`;

export async function quotes(db: Sql, f: QuoteFilter = {}, max?: number): Promise<Page<QuoteRow>> {
  const w = quoteWhere(f);
  const rows = await all(db, `${QUOTE_SELECT} ${w.sql()} ORDER BY q.published DESC NULLS LAST, q.doc DESC, q.idx DESC LIMIT ? OFFSET ?`,
    [...w.params, clampLimit(f.limit, 20, max), Math.max(0, f.offset ?? 0)]);
  return { items: rows.map(quoteRow), total: await scalar(db, `SELECT count(*) FROM quotes q JOIN documents d ON d.n = q.doc ${w.sql()}`, w.params) };
}

export async function events(db: Sql, f: EventFilter = {}, max?: number): Promise<Page<EventRow>> {
  const w: Where = eventWhere(f);
  const rows = await all(db, `${EVENT_SELECT} ${w.sql()} ORDER BY e.day DESC NULLS LAST, e.doc DESC, e.idx DESC LIMIT ? OFFSET ?`,
    [...w.params, clampLimit(f.limit, 20, max), Math.max(0, f.offset ?? 0)]);
  return { items: rows.map(eventRow), total: await scalar(db, `SELECT count(*) FROM events e JOIN documents d ON d.n = e.doc ${w.sql()}`, w.params) };
}

export async function timeline(db: Sql, f: EventFilter = {}): Promise<TimelinePoint[]> {
  const w = eventWhere(f).add("e.day IS NOT NULL");
  return all<TimelinePoint>(db, `SELECT e.day AS date, e.type, count(*) AS count FROM events e JOIN documents d ON d.n = e.doc ${w.sql()}
                                 GROUP BY e.day, e.type ORDER BY e.day, e.type`, w.params);
}
