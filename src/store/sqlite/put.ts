// Writing documents into SQLite: one transaction per batch, idempotent by document id. A
// document already stored only gains a source row (same content from another path); nothing
// else is written twice, so a batch replayed after a crash changes nothing it already did.
// The aggregates readers rely on (entity rows' counts, entity_pairs, entity_days) are updated
// here, in the same transaction as the facts they count, so they can never disagree with them.
import type Database from "better-sqlite3";
import type { ContractDocument, EntityOut, Source } from "../../core/contract.ts";
import { normalize } from "../../text/normalize.ts";
import { orderedPairs, typeMask } from "../aggregates.ts";
import { encodeDoc, eventDay } from "../codec.ts";
import { outletOf } from "../outlet.ts";
import type { PutResult } from "../store.ts";
import { indexText } from "./migrations.ts";
import { pack } from "./pack.ts";

// Entity rows keep, for each scalar field, a value that does not depend on ingest order (the
// smallest), so two stores fed the same documents in any order agree.
const UPSERT_ENTITY = `
  INSERT INTO entities (id, type, name, norm, name_en, lat, lon, country, documents, mentions, first_seen, last_seen)
  VALUES (@id, @type, @name, @norm, @name_en, @lat, @lon, @country, 1, @mentions, @published, @published)
  ON CONFLICT(id) DO UPDATE SET
    documents = documents + 1,
    mentions = mentions + excluded.mentions,
    type = CASE WHEN excluded.type < type THEN excluded.type ELSE type END,
    name = CASE WHEN excluded.name < name THEN excluded.name ELSE name END,
    norm = CASE WHEN excluded.name < name THEN excluded.norm ELSE norm END,
    name_en = CASE WHEN name_en IS NULL OR excluded.name_en < name_en THEN coalesce(excluded.name_en, name_en) ELSE name_en END,
    lat = CASE WHEN lat IS NULL OR (excluded.lat IS NOT NULL AND (excluded.lat < lat OR (excluded.lat = lat AND excluded.lon < lon))) THEN coalesce(excluded.lat, lat) ELSE lat END,
    lon = CASE WHEN lat IS NULL OR (excluded.lat IS NOT NULL AND (excluded.lat < lat OR (excluded.lat = lat AND excluded.lon < lon))) THEN coalesce(excluded.lon, lon) ELSE lon END,
    country = CASE WHEN lat IS NULL OR (excluded.lat IS NOT NULL AND (excluded.lat < lat OR (excluded.lat = lat AND excluded.lon < lon))) THEN coalesce(excluded.country, country) ELSE country END,
    first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END,
    last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END`;

/** Entity keys stay below this (2^26: 67 million entities), so a pair of keys is one safe integer. */
const PAIR_BASE = 2 ** 26;

export interface Writer { put(docs: ContractDocument[]): PutResult; addSources(items: { id: string; source: Source }[]): number }

export function makeWriter(db: Database.Database): Writer {
  const s = {
    findDoc: db.prepare("SELECT n FROM documents WHERE id = ?").pluck(),
    nextSeq: db.prepare("SELECT coalesce(max(seq), -1) + 1 FROM document_sources WHERE doc = ?").pluck(),
    source: db.prepare("INSERT OR IGNORE INTO document_sources (doc, path, url, seq) VALUES (?, ?, ?, ?)"),
    doc: db.prepare(`INSERT INTO documents (id, title, published, language, outlet, url, path, n_entities, n_quotes, n_events, ingested_at, types)
                     VALUES (@id, @title, @published, @language, @outlet, @url, @path, @ne, @nq, @nv, @at, @types)`),
    text: db.prepare("INSERT INTO document_text (n, text, body) VALUES (?, ?, ?)"),
    words: db.prepare("INSERT INTO fts_words(rowid, title, body) VALUES (?, ?, ?)"),
    tri: db.prepare("INSERT INTO fts_trigram(rowid, body) VALUES (?, ?)"),
    entity: db.prepare(UPSERT_ENTITY),
    keyOf: db.prepare("SELECT k FROM entity_keys WHERE id = ?").pluck(),
    newKey: db.prepare("INSERT INTO entity_keys (id) VALUES (?)"),
    day: db.prepare(`INSERT INTO entity_days (entity, day, documents, mentions) VALUES (?, ?, ?, ?)
                      ON CONFLICT(entity, day) DO UPDATE SET documents = documents + excluded.documents, mentions = mentions + excluded.mentions`),
    pair: db.prepare(`INSERT INTO entity_pairs (a, b, documents) VALUES (?, ?, ?)
                      ON CONFLICT(a, b) DO UPDATE SET documents = documents + excluded.documents`),
    docEntity: db.prepare("INSERT OR IGNORE INTO doc_entities (doc, entity, type, mentions, published) VALUES (?, ?, ?, ?, ?)"),
    name: db.prepare(`INSERT INTO entity_names (entity, text, norm, count) VALUES (?, ?, ?, ?)
                      ON CONFLICT(entity, text) DO UPDATE SET count = count + excluded.count`),
    quote: db.prepare(`INSERT INTO quotes (doc, idx, speaker, speaker_text, cue, text, start, end, direct, via, stance, published)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    event: db.prepare(`INSERT INTO events (doc, idx, type, source, target, location, date, day, mode, trigger, trigger_start, trigger_end,
                         sentence_start, sentence_end, evidence, quantities, fatalities, hedged, negated)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };

  /** The entity's small number (entity_keys), given on first sight. */
  function key(id: string): number {
    return (s.keyOf.get(id) as number | undefined) ?? Number(s.newKey.run(id).lastInsertRowid);
  }

  /** Add a source to a stored document; true when it was new. */
  function addSource(n: number, source: Source): boolean {
    return s.source.run(n, source.path, source.url, s.nextSeq.get(n) as number).changes > 0;
  }

  // Aggregates are tallied over the batch, then written once per key in key order: a batch's
  // thousands of pair increments touch each page of entity_pairs once, not once per document.
  const pairs = new Map<number, number>();              // a * PAIR_BASE + b → documents
  const days = new Map<string, [number, number]>();     // entity \t day → [documents, mentions]

  function flushTallies(): void {
    for (const k of [...pairs.keys()].sort((x, y) => x - y)) s.pair.run(Math.floor(k / PAIR_BASE), k % PAIR_BASE, pairs.get(k));
    for (const k of [...days.keys()].sort()) { const [d, m] = days.get(k)!; const t = k.indexOf("\t"); s.day.run(k.slice(0, t), k.slice(t + 1), d, m); }
    pairs.clear();
    days.clear();
  }

  function insertDoc(doc: ContractDocument): void {
    const at = new Date().toISOString();
    const n = Number(s.doc.run({
      id: doc.id, title: doc.title, published: doc.published, language: doc.language, outlet: outletOf(doc.source),
      url: doc.source.url, path: doc.source.path, ne: doc.entities.length, nq: doc.quotes.length, nv: doc.events.length, at,
      types: typeMask(doc.entities.map((e) => e.type)),
    }).lastInsertRowid);
    s.text.run(n, pack(doc.text), pack(encodeDoc(doc)));
    s.source.run(n, doc.source.path, doc.source.url, 0);
    indexText(s.words, s.tri, n, doc.title, doc.text);
    const entities = mergeById(doc.entities);
    for (const e of entities) {
      s.entity.run({
        id: e.id, type: e.type, name: e.name, norm: normalize(e.name), name_en: e.name_en,
        lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, country: e.geo?.country ?? null,
        mentions: e.mentions.length, published: doc.published,
      });
      s.docEntity.run(n, e.id, e.type, e.mentions.length, doc.published);
      if (doc.published) {
        const k = `${e.id}\t${doc.published}`;
        const t = days.get(k);
        if (t) { t[0]++; t[1] += e.mentions.length; } else days.set(k, [1, e.mentions.length]);
      }
      const forms = new Map<string, number>();
      for (const m of e.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      for (const [text, count] of forms) s.name.run(e.id, text, normalize(text), count);
    }
    for (const [a, b] of orderedPairs(entities.map((e) => key(e.id)))) { const k = a * PAIR_BASE + b; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
    doc.quotes.forEach((q, i) => {
      s.quote.run(n, i, q.speaker, q.speaker_text, q.cue, q.text, q.start, q.end, q.direct ? 1 : 0, q.via, q.stance, doc.published);
    });
    doc.events.forEach((e, i) => {
      s.event.run(n, i, e.type, e.source, e.target, e.location, e.date, eventDay(e.date, doc.published), e.mode, e.trigger,
        e.trigger_span.start, e.trigger_span.end, e.sentence.start, e.sentence.end, doc.text.slice(e.sentence.start, e.sentence.end),
        JSON.stringify(e.quantities ?? []), e.fatalities, e.hedged ? 1 : 0, e.negated ? 1 : 0);
    });
  }

  const put = db.transaction((docs: ContractDocument[]): PutResult => {
    const r: PutResult = { added: 0, sources: 0, unchanged: 0 };
    pairs.clear();
    days.clear();
    for (const doc of docs) {
      const n = s.findDoc.get(doc.id) as number | undefined;
      if (n === undefined) { insertDoc(doc); r.added++; }
      else if (addSource(n, doc.source)) r.sources++;
      else r.unchanged++;
    }
    flushTallies();
    return r;
  });

  const addSources = db.transaction((items: { id: string; source: Source }[]): number => {
    let added = 0;
    for (const { id, source } of items) {
      const n = s.findDoc.get(id) as number | undefined;
      if (n !== undefined && addSource(n, source)) added++;
    }
    return added;
  });

  return { put, addSources };
}

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
