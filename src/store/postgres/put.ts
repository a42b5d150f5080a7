// Writing documents into PostgreSQL: one transaction per batch, idempotent by document id, safe
// with many workers writing at once. A handful of statements per batch whatever its size: the
// documents in one multi-row INSERT … ON CONFLICT (id) DO NOTHING (the database, not a prior
// read, decides who stores an article first), then the child rows of the documents that were
// new, then entity counters as one sorted upsert. Rows are always written in id order, so two
// concurrent batches lock the same rows in the same order and do not deadlock.
// Entity rows keep, for each scalar field, a value independent of ingest order (the smallest,
// in code-point order like SQLite's binary collation), so SQLite and PostgreSQL, and any
// number of workers in any order, end with identical rows.
import type postgres from "postgres";
import type { ContractDocument, EntityOut, Source } from "../../core/contract.ts";
import { normalize } from "../../text/normalize.ts";
import { encodeDoc, eventDay } from "../codec.ts";
import { newTallies, tallyDocument, typeMask } from "../aggregates.ts";
import { outletOf } from "../outlet.ts";
import type { PutResult } from "../store.ts";

type Tx = postgres.TransactionSql;
type Row = Record<string, string | number | null>;

/** Code-point order (= UTF-8 byte order = COLLATE "C" = SQLite BINARY). */
export function cmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const PARAMS_MAX = 30000;   // well under PostgreSQL's 65535 bind parameters per statement

/** Multi-row INSERT in chunks that fit the bind-parameter limit; `table` and `tail` are constants of this file. */
async function insertMany(tx: Tx, table: string, rows: Row[], tail = ""): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  const per = Math.max(1, Math.floor(PARAMS_MAX / cols.length));
  const names = cols.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: (string | number | null)[] = [];
    const tuples = chunk.map((r) => "(" + cols.map((c) => { params.push(r[c] ?? null); return `$${params.length}`; }).join(", ") + ")");
    await tx.unsafe(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(", ")} ${tail}`, params);
  }
}

/** `aggregates`: the schema keeps entity_pairs, entity_days and documents.types (version 4 on). */
export async function putBatch(tx: Tx, docs: ContractDocument[], aggregates = true): Promise<PutResult> {
  const r: PutResult = { added: 0, sources: 0, unchanged: 0 };
  const first = new Map<string, ContractDocument>();
  const later: ContractDocument[] = [];             // the same id again in this batch: a source at most
  for (const d of docs) {
    if (first.has(d.id)) later.push(d);
    else first.set(d.id, d);
  }
  const ordered = [...first.values()].sort((a, b) => cmp(a.id, b.id));

  const inserted = new Map<string, number>();
  for (let i = 0; i < ordered.length; i += 500) {
    const rows = ordered.slice(i, i + 500).map((d) => docRow(d, aggregates));
    const got = await tx<{ id: string; n: number }[]>`INSERT INTO documents ${tx(rows)} ON CONFLICT (id) DO NOTHING RETURNING id, n`;
    for (const g of got) inserted.set(g.id, g.n);
  }
  const fresh = ordered.filter((d) => inserted.has(d.id));
  r.added = fresh.length;
  await writeChildren(tx, fresh, inserted, aggregates);
  for (const d of [...ordered.filter((d) => !inserted.has(d.id)), ...later]) {
    if (await addSource(tx, d.id, d.source)) r.sources++;
    else r.unchanged++;
  }
  return r;
}

function docRow(d: ContractDocument, aggregates: boolean): Row {
  return {
    ...(aggregates ? { types: typeMask(d.entities.map((e) => e.type)) } : {}),
    id: d.id, title: d.title, published: d.published, language: d.language, outlet: outletOf(d.source),
    url: d.source.url, path: d.source.path, text: d.text, body: encodeDoc(d),
    n_entities: d.entities.length, n_quotes: d.quotes.length, n_events: d.events.length,
    norm_title: normalize(d.title), norm_text: normalize(d.text),
  };
}

/** Readers (the API's cache) see the store changed; a rolled-back batch only costs them a cache miss. */
export async function bumpRevision(tx: Tx): Promise<void> {
  await tx`SELECT nextval('rasid_revision')`;
}

/** Add a source to a stored document; true when it was new. */
export async function addSource(tx: Tx | postgres.Sql, id: string, s: Source): Promise<boolean> {
  const res = await tx`
    INSERT INTO document_sources (doc, path, url, seq)
    SELECT d.n, ${s.path}, ${s.url}, coalesce((SELECT max(seq) + 1 FROM document_sources WHERE doc = d.n), 0)
    FROM documents d WHERE d.id = ${id}
    ON CONFLICT (doc, path) DO NOTHING`;
  return res.count > 0;
}

interface EntityAgg {
  id: string; type: string; name: string; norm: string; name_en: string | null;
  lat: number | null; lon: number | null; country: string | null;
  documents: number; mentions: number; first_seen: string | null; last_seen: string | null;
}

const less = (a: string | null, b: string | null) => a !== null && (b === null || cmp(a, b) < 0);

async function writeChildren(tx: Tx, docs: ContractDocument[], nOf: Map<string, number>, aggregates: boolean): Promise<void> {
  const tallies = newTallies();
  const sources: Row[] = [], docEntities: Row[] = [], quotes: Row[] = [], events: Row[] = [];
  const ents = new Map<string, EntityAgg>();
  const names = new Map<string, { entity: string; text: string; norm: string; count: number }>();
  for (const doc of docs) {
    const n = nOf.get(doc.id)!;
    sources.push({ doc: n, path: doc.source.path, url: doc.source.url, seq: 0 });
    const merged = mergeById(doc.entities);
    tallyDocument(tallies, merged.map((e) => ({ id: e.id, mentions: e.mentions.length })), doc.published);
    for (const e of merged) {
      docEntities.push({ doc: n, entity: e.id, type: e.type, mentions: e.mentions.length, published: doc.published });
      foldEntity(ents, e, doc.published);
      for (const m of e.mentions) {
        const key = `${e.id}\t${m.text}`;
        const seen = names.get(key);
        if (seen) seen.count++;
        else names.set(key, { entity: e.id, text: m.text, norm: normalize(m.text), count: 1 });
      }
    }
    doc.quotes.forEach((q, i) => quotes.push({
      doc: n, idx: i, speaker: q.speaker, speaker_text: q.speaker_text, cue: q.cue, text: q.text, start: q.start, end: q.end,
      direct: q.direct ? 1 : 0, via: q.via, stance: q.stance, published: doc.published,
    }));
    doc.events.forEach((e, i) => events.push({
      doc: n, idx: i, type: e.type, source: e.source, target: e.target, location: e.location, date: e.date,
      day: eventDay(e.date, doc.published), mode: e.mode, trigger: e.trigger,
      trigger_start: e.trigger_span.start, trigger_end: e.trigger_span.end, sentence_start: e.sentence.start, sentence_end: e.sentence.end,
      evidence: doc.text.slice(e.sentence.start, e.sentence.end), quantities: JSON.stringify(e.quantities ?? []),
      fatalities: e.fatalities, hedged: e.hedged ? 1 : 0, negated: e.negated ? 1 : 0,
    }));
  }
  await insertMany(tx, "document_sources", sources, "ON CONFLICT DO NOTHING");
  await insertMany(tx, "doc_entities", docEntities);
  await insertMany(tx, "quotes", quotes);
  await insertMany(tx, "events", events);
  const entRows = [...ents.values()].sort((a, b) => cmp(a.id, b.id)) as unknown as Row[];
  await insertMany(tx, "entities AS e", entRows, UPSERT_ENTITY);
  const nameRows = [...names.values()].sort((a, b) => cmp(a.entity, b.entity) || cmp(a.text, b.text));
  await insertMany(tx, "entity_names", nameRows, "ON CONFLICT (entity, text) DO UPDATE SET count = entity_names.count + excluded.count");
  if (!aggregates) return;
  // in key order, like every other upsert here: concurrent batches lock rows in the same order
  const split = (k: string) => k.split("\t") as [string, string];
  const pairRows = [...tallies.pairs.keys()].sort(cmp).map((k) => { const [a, b] = split(k); return { a, b, documents: tallies.pairs.get(k)! }; });
  await insertMany(tx, "entity_pairs", pairRows, "ON CONFLICT (a, b) DO UPDATE SET documents = entity_pairs.documents + excluded.documents");
  const dayRows = [...tallies.days.keys()].sort(cmp).map((k) => { const [entity, day] = split(k); const [d, m] = tallies.days.get(k)!; return { entity, day, documents: d, mentions: m }; });
  await insertMany(tx, "entity_days", dayRows, "ON CONFLICT (entity, day) DO UPDATE SET documents = entity_days.documents + excluded.documents, mentions = entity_days.mentions + excluded.mentions");
}

/** Fold one document's entity into the batch's aggregate, by the same rules as UPSERT_ENTITY. */
function foldEntity(ents: Map<string, EntityAgg>, e: EntityOut, published: string | null): void {
  const lat = e.geo?.lat ?? null, lon = e.geo?.lon ?? null, country = e.geo?.country ?? null;
  const a = ents.get(e.id);
  if (!a) {
    ents.set(e.id, { id: e.id, type: e.type, name: e.name, norm: normalize(e.name), name_en: e.name_en, lat, lon, country,
      documents: 1, mentions: e.mentions.length, first_seen: published, last_seen: published });
    return;
  }
  a.documents++;
  a.mentions += e.mentions.length;
  if (less(e.type, a.type)) a.type = e.type;
  if (less(e.name, a.name)) { a.name = e.name; a.norm = normalize(e.name); }
  if (less(e.name_en, a.name_en)) a.name_en = e.name_en;
  if (lat !== null && (a.lat === null || lat < a.lat || (lat === a.lat && lon! < a.lon!))) { a.lat = lat; a.lon = lon; a.country = country; }
  if (less(published, a.first_seen)) a.first_seen = published;
  if (published !== null && (a.last_seen === null || cmp(published, a.last_seen) > 0)) a.last_seen = published;
}

// The same rules as the SQLite store's upsert, applied to a batch's aggregate (excluded.*).
const NEW_GEO = "e.lat IS NULL OR (excluded.lat IS NOT NULL AND (excluded.lat < e.lat OR (excluded.lat = e.lat AND excluded.lon < e.lon)))";
const UPSERT_ENTITY = `
  ON CONFLICT (id) DO UPDATE SET
    documents = e.documents + excluded.documents,
    mentions = e.mentions + excluded.mentions,
    type = CASE WHEN excluded.type < e.type THEN excluded.type ELSE e.type END,
    name = CASE WHEN excluded.name < e.name THEN excluded.name ELSE e.name END,
    norm = CASE WHEN excluded.name < e.name THEN excluded.norm ELSE e.norm END,
    name_en = CASE WHEN e.name_en IS NULL OR excluded.name_en < e.name_en THEN coalesce(excluded.name_en, e.name_en) ELSE e.name_en END,
    lat = CASE WHEN ${NEW_GEO} THEN coalesce(excluded.lat, e.lat) ELSE e.lat END,
    lon = CASE WHEN ${NEW_GEO} THEN coalesce(excluded.lon, e.lon) ELSE e.lon END,
    country = CASE WHEN ${NEW_GEO} THEN coalesce(excluded.country, e.country) ELSE e.country END,
    first_seen = CASE WHEN e.first_seen IS NULL OR excluded.first_seen < e.first_seen THEN coalesce(excluded.first_seen, e.first_seen) ELSE e.first_seen END,
    last_seen = CASE WHEN e.last_seen IS NULL OR excluded.last_seen > e.last_seen THEN coalesce(excluded.last_seen, e.last_seen) ELSE e.last_seen END`;

/** One entity per id within a document (the contract promises it; be safe if a stage slips). */
function mergeById(entities: EntityOut[]): EntityOut[] {
  const byId = new Map<string, EntityOut>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, e);
    else byId.set(e.id, { ...seen, mentions: [...seen.mentions, ...e.mentions], geo: seen.geo ?? e.geo });
  }
  return [...byId.values()];
}
