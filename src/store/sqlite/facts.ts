// Quotes, events and the events timeline, as lists with filters and totals. Rows carry the
// names of the entities they point to and the document they came from, so a table can show
// them and link each fact back to its sentence without another query. Order: newest first,
// undated last; within a day, latest stored first (so the order among same-day facts is the
// store's own, not part of the interface).
import type Database from "better-sqlite3";
import type { EventFilter, EventRow, Page, QuoteFilter, QuoteRow, TimelinePoint } from "../store.ts";
import { clampLimit } from "../store.ts";
import { clipEvidence, clipQuote } from "../clip.ts";
import { prepared } from "./statements.ts";
import { eventWhere, needsDocJoin, quoteWhere } from "./where.ts";

const QUOTE_SELECT = `
  SELECT q.*, d.id AS document, d.title, d.outlet, sp.name AS speaker_name, v.name AS via_name
  FROM quotes q JOIN documents d ON d.n = q.doc
  LEFT JOIN entities sp ON sp.id = q.speaker LEFT JOIN entities v ON v.id = q.via`;

/** `count: false` when the caller knows the total already (the entity page counts its quotes itself). */
export function quotes(db: Database.Database, f: QuoteFilter = {}, max?: number, count = true): Page<QuoteRow> {
  const w = quoteWhere(f);
  const join = needsDocJoin(f) ? "JOIN documents d ON d.n = q.doc" : "";
  // the page's keys first, in index order (published, doc, idx), then the joins for that page only
  const rows = prepared(db, `${QUOTE_SELECT} WHERE (q.doc, q.idx) IN (
                             SELECT q.doc, q.idx FROM quotes q ${join} ${w.sql()}
                             ORDER BY q.published DESC, q.doc DESC, q.idx DESC LIMIT ? OFFSET ?)
                           ORDER BY q.published DESC, q.doc DESC, q.idx DESC`)
    .all(...w.params, clampLimit(f.limit, 20, max), Math.max(0, f.offset ?? 0)) as Record<string, unknown>[];
  const total = count ? prepared(db, `SELECT count(*) FROM quotes q ${join} ${w.sql()}`, "pluck").get(...w.params) as number : rows.length;
  return { items: rows.map(quoteRow), total };
}

export function quoteRow(r: Record<string, unknown>): QuoteRow {
  const { text, clipped } = clipQuote(r.text as string);
  return {
    speaker: r.speaker as string | null, speaker_text: r.speaker_text as string | null, cue: r.cue as string,
    text, start: r.start as number, end: r.end as number, direct: r.direct === 1,
    via: r.via as string | null, stance: r.stance as QuoteRow["stance"],
    document: r.document as string, index: r.idx as number, published: r.published as string | null,
    title: r.title as string, outlet: r.outlet as string | null,
    speaker_name: r.speaker_name as string | null, via_name: r.via_name as string | null,
    clipped,
  };
}

export const EVENT_SELECT = `
  SELECT e.*, d.id AS document, d.title, d.outlet, d.published,
         s.name AS source_name, t.name AS target_name, l.name AS location_name, l.lat, l.lon, l.country
  FROM events e JOIN documents d ON d.n = e.doc
  LEFT JOIN entities s ON s.id = e.source LEFT JOIN entities t ON t.id = e.target LEFT JOIN entities l ON l.id = e.location`;

/** `count: false` when the caller shows no total (the map): counting every match costs more than the page. */
export function events(db: Database.Database, f: EventFilter = {}, max?: number, count = true): Page<EventRow> {
  if (entityOnly(f)) return eventsOfEntity(db, f, clampLimit(f.limit, 20, max), Math.max(0, f.offset ?? 0), count);
  const w = eventWhere(f);
  const join = needsDocJoin(f) ? "JOIN documents d ON d.n = e.doc" : "";
  // newest first (undated last); keys in index order (day, doc, idx) first, joins for the page only
  const rows = prepared(db, `${EVENT_SELECT} WHERE (e.doc, e.idx) IN (
                             SELECT e.doc, e.idx FROM events e ${join} ${w.sql()}
                             ORDER BY e.day DESC, e.doc DESC, e.idx DESC LIMIT ? OFFSET ?)
                           ORDER BY e.day DESC, e.doc DESC, e.idx DESC`)
    .all(...w.params, clampLimit(f.limit, 20, max), Math.max(0, f.offset ?? 0)) as Record<string, unknown>[];
  const total = count ? prepared(db, `SELECT count(*) FROM events e ${join} ${w.sql()}`, "pluck").get(...w.params) as number : rows.length;
  return { items: rows.map(eventRow), total };
}

/** The filter is an entity (as source, target or location) and at most a date range: what the three entity indexes (entity, day + key) answer alone. */
const entityOnly = (f: EventFilter): boolean => Boolean(f.entity) && !f.type && !f.source && !f.target && !f.location && !f.mode &&
  f.hedged === undefined && f.negated === undefined && !f.located && !needsDocJoin(f);

/**
 * Events naming an entity in any role (the entity page's "events" link), from the keys of the
 * three entity indexes merged (an event naming it twice once), counted and ordered without
 * reading a row; rows, with their joins, for the page only. An OR over the three columns made
 * SQLite read every matching row to count and sort them (about 4 ms each for Saudi Arabia).
 */
function eventsOfEntity(db: Database.Database, f: EventFilter, limit: number, offset: number, count: boolean): Page<EventRow> {
  const days = `${f.from ? " AND day >= @from" : ""}${f.to ? " AND day <= @to" : ""}`;
  const keys = ["source", "target", "location"].map((col) => `SELECT day, doc, idx FROM events WHERE ${col} = @id${days}`).join(" UNION ");
  const p = { id: f.entity, ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
  const rows = prepared(db, `${EVENT_SELECT} WHERE (e.doc, e.idx) IN (
                             SELECT doc, idx FROM (${keys}) ORDER BY day DESC, doc DESC, idx DESC LIMIT @limit OFFSET @offset)
                           ORDER BY e.day DESC, e.doc DESC, e.idx DESC`).all({ ...p, limit, offset }) as Record<string, unknown>[];
  const total = count ? prepared(db, `SELECT count(*) FROM (${keys})`, "pluck").get(p) as number : rows.length;
  return { items: rows.map(eventRow), total };
}

export function eventRow(r: Record<string, unknown>): EventRow {
  const sentence = { start: r.sentence_start as number, end: r.sentence_end as number };
  const trigger_span = { start: r.trigger_start as number, end: r.trigger_end as number };
  const { evidence, evidence_span, clipped } = clipEvidence(r.evidence as string, sentence, trigger_span);
  return {
    type: r.type as EventRow["type"], source: r.source as string | null, target: r.target as string | null,
    location: r.location as string | null, date: r.date as string | null, mode: r.mode as string | null,
    trigger: r.trigger as string,
    trigger_span, sentence,
    quantities: JSON.parse(r.quantities as string), fatalities: r.fatalities as number | null,
    hedged: r.hedged === 1, negated: r.negated === 1,
    document: r.document as string, index: r.idx as number, day: r.day as string | null,
    published: r.published as string | null, title: r.title as string, outlet: r.outlet as string | null,
    evidence, evidence_span, clipped,
    source_name: r.source_name as string | null, target_name: r.target_name as string | null,
    location_name: r.location_name as string | null,
    lat: r.lat as number | null, lon: r.lon as number | null, country: r.country as string | null,
  };
}

export function timeline(db: Database.Database, f: EventFilter = {}): TimelinePoint[] {
  const w = eventWhere(f).add("e.day IS NOT NULL");
  const join = needsDocJoin(f) ? "JOIN documents d ON d.n = e.doc" : "";
  return prepared(db, `SELECT e.day AS date, e.type, count(*) AS count FROM events e ${join} ${w.sql()}
                     GROUP BY e.day, e.type ORDER BY e.day, e.type`).all(...w.params) as TimelinePoint[];
}

/** Full rows for events given by key, in the order given (joins only for these). */
export function eventsByKey(db: Database.Database, keys: [number, number][]): EventRow[] {
  if (!keys.length) return [];
  const rows = prepared(db, `${EVENT_SELECT} WHERE (e.doc, e.idx) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`)
    .all(JSON.stringify(keys)) as Record<string, unknown>[];
  const at = new Map(keys.map(([d, i], k) => [`${d}/${i}`, k]));
  return rows.sort((a, b) => at.get(`${a.doc}/${a.idx}`)! - at.get(`${b.doc}/${b.idx}`)!).map(eventRow);
}
