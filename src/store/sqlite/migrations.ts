// Versioned schema for the SQLite store. Each migration runs once, in order, inside its own
// transaction, and is recorded in `migrations`; a database written by a newer Rasid (a version
// this list does not know) is refused rather than guessed at. Never edit a released migration:
// add the next one. A migration may be plain SQL or a function (to backfill with JS, e.g. the
// search index, which needs text/normalize.ts).
import type Database from "better-sqlite3";
import { RasidError } from "../../core/errors.ts";
import { normalize } from "../../text/normalize.ts";
import { unpack } from "./pack.ts";

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
  compact?: boolean;   // frees many pages: VACUUM afterwards when an eighth of the file is free
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, sources, entities, quotes, events",
    up: `
      CREATE TABLE documents (
        n INTEGER PRIMARY KEY,                 -- local row number (never leaves the database)
        id TEXT NOT NULL UNIQUE,               -- sha256 of the input: the document's identity
        title TEXT NOT NULL,
        published TEXT,
        language TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        path TEXT NOT NULL,
        text BLOB NOT NULL,                    -- the cleaned text, deflated (pack.ts)
        body BLOB NOT NULL,                    -- the rest of the contract document, JSON, deflated
        n_entities INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_outlet ON documents(outlet, published);

      CREATE TABLE document_sources (
        doc INTEGER NOT NULL REFERENCES documents(n),
        path TEXT NOT NULL,
        url TEXT,
        seq INTEGER NOT NULL,                  -- 0 for the source the document was extracted from
        PRIMARY KEY (doc, path)
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        id TEXT PRIMARY KEY,                   -- canonical: wd:…, gn:…, rasid:…
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,                    -- normalize(name)
        name_en TEXT,
        lat REAL, lon REAL, country TEXT,
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        first_seen TEXT, last_seen TEXT
      ) WITHOUT ROWID;
      CREATE INDEX entities_documents ON entities(documents DESC);
      CREATE INDEX entities_type ON entities(type, documents DESC);
      CREATE INDEX entities_norm ON entities(norm);

      CREATE TABLE entity_names (
        entity TEXT NOT NULL,
        text TEXT NOT NULL,                    -- a surface form as written in some document
        norm TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (entity, text)
      ) WITHOUT ROWID;
      CREATE INDEX entity_names_norm ON entity_names(norm);

      CREATE TABLE doc_entities (
        doc INTEGER NOT NULL,
        entity TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        published TEXT,
        PRIMARY KEY (doc, entity)
      ) WITHOUT ROWID;
      CREATE INDEX doc_entities_entity ON doc_entities(entity, published, mentions);

      CREATE TABLE quotes (
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        speaker TEXT, speaker_text TEXT, cue TEXT NOT NULL, text TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        direct INTEGER NOT NULL, via TEXT, stance TEXT NOT NULL,
        published TEXT,
        PRIMARY KEY (doc, idx)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker ON quotes(speaker, published);
      CREATE INDEX quotes_via ON quotes(via, published);
      CREATE INDEX quotes_published ON quotes(published);

      CREATE TABLE events (
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        source TEXT, target TEXT, location TEXT,
        date TEXT,
        day TEXT,                              -- date, else the document's published date
        mode TEXT, trigger TEXT NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        evidence TEXT NOT NULL,                -- text.slice(sentence_start, sentence_end)
        quantities TEXT NOT NULL,              -- JSON
        fatalities INTEGER,
        hedged INTEGER NOT NULL, negated INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
      ) WITHOUT ROWID;
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_type ON events(type, day);
      CREATE INDEX events_source ON events(source, day);
      CREATE INDEX events_target ON events(target, day);
      CREATE INDEX events_location ON events(location, day);
    `,
  },
  {
    version: 2,
    name: "full-text search: words and trigrams over normalized text",
    up: (db) => {
      // Contentless: the text lives in documents; these hold only the index over normalize()d
      // text (unicode61 does not fold Arabic). Trigrams find clitic-attached forms (بالرقة);
      // detail=none keeps only which documents hold a trigram (a fifth of the size of full
      // detail): candidates are confirmed in the text by snippet.ts anyway.
      db.exec(`
        CREATE VIRTUAL TABLE fts_words USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE fts_trigram USING fts5(body, content='', contentless_delete=1, tokenize='trigram', detail='none');
      `);
      const words = db.prepare("INSERT INTO fts_words(rowid, title, body) VALUES (?, ?, ?)");
      const tri = db.prepare("INSERT INTO fts_trigram(rowid, body) VALUES (?, ?)");
      // in pages: better-sqlite3 cannot write while a read statement is still iterating
      const page = db.prepare("SELECT n, title, text FROM documents WHERE n > ? ORDER BY n LIMIT 500");
      for (let after = 0; ;) {
        const rows = page.all(after) as { n: number; title: string; text: Buffer | string }[];
        for (const r of rows) indexText(words, tri, r.n, r.title, unpack(r.text));
        if (rows.length < 500) break;
        after = rows[rows.length - 1].n;
      }
    },
  },
  {
    version: 3,
    name: "covering index for the events timeline (day, type)",
    up: "CREATE INDEX events_day_type ON events(day, type)",
  },
  {
    version: 4,
    name: "aggregates for reading at corpus scale: entity pairs, thin documents rows, event edge index",
    up: `
      -- A small number for each entity id (ids average 30 bytes; pairs are counted in millions).
      CREATE TABLE entity_keys (
        k INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE
      );
      INSERT INTO entity_keys (id) SELECT id FROM entities ORDER BY id;

      -- Documents naming two entities, both ways round (a→b and b→a), kept up to date by putBatch
      -- in the batch's own transaction: an entity's co-occurring entities and the graph's
      -- co-mention edges read this instead of joining doc_entities with itself.
      CREATE TABLE entity_pairs (
        a INTEGER NOT NULL,                    -- entity_keys.k
        b INTEGER NOT NULL,
        documents INTEGER NOT NULL,            -- documents mentioning both
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      INSERT INTO entity_pairs (a, b, documents)
        SELECT ka.k, kb.k, count(*) FROM doc_entities x JOIN doc_entities y ON y.doc = x.doc AND y.entity <> x.entity
        JOIN entity_keys ka ON ka.id = x.entity JOIN entity_keys kb ON kb.id = y.entity
        GROUP BY ka.k, kb.k ORDER BY ka.k, kb.k;

      -- The deflated text and layers move to their own table, so a documents row is a few hundred
      -- bytes (a dozen to a page) and every join to documents (filters, titles of hits, the
      -- documents of facts) stays in the page cache instead of reading a page per document.
      CREATE TABLE document_text (
        n INTEGER PRIMARY KEY,                 -- documents.n
        text BLOB NOT NULL,                    -- the cleaned text, deflated (pack.ts)
        body BLOB NOT NULL                     -- the rest of the contract document, JSON, deflated
      );
      INSERT INTO document_text (n, text, body) SELECT n, text, body FROM documents ORDER BY n;
      CREATE TABLE documents_thin (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        published TEXT,
        language TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        path TEXT NOT NULL,
        n_entities INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
      );
      INSERT INTO documents_thin SELECT n, id, title, published, language, outlet, url, path, n_entities, n_quotes, n_events, ingested_at
        FROM documents ORDER BY n;
      DROP TABLE documents;
      ALTER TABLE documents_thin RENAME TO documents;
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_outlet ON documents(outlet, published);

      -- Event edges (source→target by type) for the actor network, read from the index alone.
      CREATE INDEX events_edges ON events(source, target, type) WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target;
    `,
    compact: true,
  },
  {
    version: 5,
    name: "aggregates by day: entity documents per published day; event edges by day",
    up: `
      -- Documents and mentions per entity per published day, kept by putBatch: an entity's
      -- timeline, and the most named entities or places over a date range, read these (a row per
      -- entity and day) instead of every document of the range.
      CREATE TABLE entity_days (
        entity TEXT NOT NULL,
        day TEXT NOT NULL,                     -- the documents' published date
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, day)
      ) WITHOUT ROWID;
      INSERT INTO entity_days (entity, day, documents, mentions)
        SELECT entity, published, count(*), sum(mentions) FROM doc_entities WHERE published IS NOT NULL
        GROUP BY entity, published ORDER BY entity, published;
      CREATE INDEX entity_days_day ON entity_days(day, entity, documents);

      -- Event edges over a date range, read from the index alone.
      CREATE INDEX events_edges_day ON events(day, source, target, type) WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target;
    `,
  },
  {
    version: 6,
    name: "documents: mask of the entity types each names",
    up: `
      -- One bit per entity type (aggregates.ts TYPE_BIT: PERSON 1, ORG 2, GPE 4, LOC 8, FAC 16), set
      -- by putBatch: the entity-type search filter tests the documents row instead of probing
      -- every document's entities.
      ALTER TABLE documents ADD COLUMN types INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET types = (
        SELECT coalesce(sum(DISTINCT CASE type WHEN 'PERSON' THEN 1 WHEN 'ORG' THEN 2 WHEN 'GPE' THEN 4 WHEN 'LOC' THEN 8 WHEN 'FAC' THEN 16 ELSE 0 END), 0)
        FROM doc_entities WHERE doc = documents.n);
    `,
  },
  {
    version: 7,
    name: "entity pairs by count: an entity's most frequent partners read from the index's first rows",
    up: `
      -- (a, documents) plus the key's b (a WITHOUT ROWID table's index carries its primary key):
      -- "the 25 entities appearing most with X" reads 25 index entries instead of sorting every
      -- partner of X (24,000 for Saudi Arabia over SaudiNewsNet: 1.6 ms of each entity page).
      CREATE INDEX entity_pairs_top ON entity_pairs(a, documents DESC);
    `,
  },
  {
    version: 8,
    name: "events with one entity on both sides, indexed apart: an entity's events as source or target counted from indexes alone",
    up: `
      -- the entity page says "20 of N" events as source or target: N = as source + as target -
      -- both, and "both" would otherwise look up the row of every event it is the source of
      -- (1.3-1.9 ms for Saudi Arabia over SaudiNewsNet; a count with OR: 3.6 ms). Nearly empty.
      CREATE INDEX events_self ON events(source) WHERE source = target;
    `,
  },
];

/** Add one document to both search indexes (used by the migration and by putBatch). */
export function indexText(words: Database.Statement, tri: Database.Statement, n: number, title: string, text: string): void {
  const body = normalize(text);
  words.run(n, normalize(title), body);
  tri.run(n, body);
}

export const LATEST = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Bring `db` up to the latest version; returns the version it is at. */
export function migrate(db: Database.Database, file: string, upTo = LATEST): number {
  db.exec("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const current = (db.prepare("SELECT max(version) AS v FROM migrations").get() as { v: number | null }).v ?? 0;
  if (current > LATEST) {
    throw new RasidError("E_STORE", file, `database schema version ${current} is newer than this Rasid knows (${LATEST}); upgrade Rasid`);
  }
  let compact = false;
  // a migration may rebuild a table others refer to: foreign keys are checked once it is done
  // (SQLite's own recipe; the pragma cannot change inside a transaction)
  const fk = db.pragma("foreign_keys", { simple: true }) as number;
  db.pragma("foreign_keys = OFF");
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      if (typeof m.up === "string") db.exec(m.up);
      else m.up(db);
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length) throw new RasidError("E_STORE", file, `migration ${m.version} left ${broken.length} rows without their parent`);
      db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
    })();
    compact ||= Boolean(m.compact);
  }
  db.pragma(`foreign_keys = ${fk ? "ON" : "OFF"}`);
  if (compact) {
    const free = db.pragma("freelist_count", { simple: true }) as number;
    if (free * 8 > (db.pragma("page_count", { simple: true }) as number)) db.exec("VACUUM");
  }
  return Math.max(current, Math.min(upTo, LATEST));
}
