// WHERE clauses for the store's filters, built once here so search, lists, timeline, graph and
// geo read a filter the same way. Always parameterized: no user text is ever spliced into SQL.
// Aliases: d = documents, q = quotes, e = events.
import type { DocFilter, EntityFilter, EventFilter, QuoteFilter, SearchQuery } from "../store.ts";
import { normalize } from "../../text/normalize.ts";

export class Where {
  readonly conds: string[] = [];
  readonly params: unknown[] = [];
  add(cond: string, ...params: unknown[]): this { this.conds.push(cond); this.params.push(...params); return this; }
  sql(): string { return this.conds.length ? `WHERE ${this.conds.join(" AND ")}` : ""; }
  and(): string { return this.conds.length ? ` AND ${this.conds.join(" AND ")}` : ""; }
}

/** Document-level filters; `dateCol` is the column the date range applies to. */
export function docWhere(f: DocFilter, w = new Where(), dateCol = "d.published"): Where {
  if (f.from) w.add(`${dateCol} >= ?`, f.from);
  if (f.to) w.add(`${dateCol} <= ?`, f.to);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  if (f.document) w.add("d.id = ?", f.document);
  return w;
}

/**
 * Search filters: a document qualifies when it has the entity, event or quote asked for.
 * `typeBits`: the store keeps documents.types (SQLite; see aggregates.ts), so the entity-type
 * filter tests that column instead of probing the document's entities.
 */
export function searchWhere(f: SearchQuery, typeBits?: Record<string, number>): Where {
  const w = docWhere(f);
  // IN (…) subqueries are materialized once through their index; an EXISTS per matching document
  // would let SQLite scan a whole type/via index for every document
  if (f.entity) w.add("d.n IN (SELECT doc FROM doc_entities WHERE entity = ?)", f.entity);
  if (f.entityType && typeBits) w.add("(d.types & ?) <> 0", typeBits[f.entityType] ?? 0);
  else if (f.entityType) w.add("EXISTS (SELECT 1 FROM doc_entities x WHERE x.doc = d.n AND x.type = ?)", f.entityType);   // primary-key probe
  if (f.via) w.add("d.n IN (SELECT doc FROM quotes WHERE via = ?)", f.via);
  const ev: string[] = [];
  const evParams: unknown[] = [];
  if (f.eventType) { ev.push("type = ?"); evParams.push(f.eventType); }
  if (f.hedged !== undefined) { ev.push("hedged = ?"); evParams.push(f.hedged ? 1 : 0); }
  if (f.negated !== undefined) { ev.push("negated = ?"); evParams.push(f.negated ? 1 : 0); }
  if (ev.length) w.add(`d.n IN (SELECT doc FROM events WHERE ${ev.join(" AND ")})`, ...evParams);
  return w;
}

export function quoteWhere(f: QuoteFilter): Where {
  const w = docWhere(f, new Where(), "q.published");
  if (f.speaker) w.add("q.speaker = ?", f.speaker);
  if (f.entity) w.add("(q.speaker = ? OR q.via = ?)", f.entity, f.entity);
  if (f.via) w.add("q.via = ?", f.via);
  if (f.stance) w.add("q.stance = ?", f.stance);
  if (f.direct !== undefined) w.add("q.direct = ?", f.direct ? 1 : 0);
  return w;
}

export function eventWhere(f: EventFilter): Where {
  const w = docWhere(f, new Where(), "e.day");
  if (f.type) w.add("e.type = ?", f.type);
  if (f.entity) w.add("(e.source = ? OR e.target = ? OR e.location = ?)", f.entity, f.entity, f.entity);
  if (f.source) w.add("e.source = ?", f.source);
  if (f.target) w.add("e.target = ?", f.target);
  if (f.location) w.add("e.location = ?", f.location);
  if (f.mode) w.add("e.mode = ?", f.mode);
  if (f.hedged !== undefined) w.add("e.hedged = ?", f.hedged ? 1 : 0);
  if (f.negated !== undefined) w.add("e.negated = ?", f.negated ? 1 : 0);
  if (f.located) w.add("EXISTS (SELECT 1 FROM entities l WHERE l.id = e.location AND l.lat IS NOT NULL)");
  return w;
}

/** True when a quote or event filter names document columns (so the documents table must be joined). */
export const needsDocJoin = (f: DocFilter): boolean => Boolean(f.outlet || f.document);

/** True when a filter restricts documents (so precomputed whole-corpus counts do not apply). */
export const hasDocFilter = (f: DocFilter): boolean => Boolean(f.from || f.to || f.outlet || f.document);

/** True when the only document filter is a date range (so the per-day aggregates answer it). */
export const onlyDates = (f: DocFilter): boolean => Boolean((f.from || f.to) && !f.outlet && !f.document);

/** The date range of a filter over a column holding a day (entity_days.day, doc_entities.published). */
export function dayWhere(f: DocFilter, col: string, w = new Where()): Where {
  if (f.from) w.add(`${col} >= ?`, f.from);
  if (f.to) w.add(`${col} <= ?`, f.to);
  return w;
}

/** The entity list's filter (type; a query matching the id, a name or alias prefix, or the English name), for both backends. */
export function entityWhere(f: EntityFilter): { where: string; params: unknown[] } {
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
  return { where: conds.length ? `WHERE ${conds.join(" AND ")}` : "", params };
}
