// Versioned schema for the PostgreSQL store and its job queue. Each migration runs once, in
// order, inside one transaction that holds a transaction-level advisory lock, so any number of
// workers starting at once (or a migration run while workers are up) apply it exactly once:
// the others wait on the lock, then find it recorded. Migrations are additive (new tables,
// columns with defaults, indexes); a released one is never edited, the next one is added.
// A database written by a newer Rasid is refused rather than guessed at.
// Text columns that are compared or sorted are COLLATE "C" (code-point order), so lists come
// out in the same order as SQLite's (binary) whatever the database's default collation.
import type postgres from "postgres";
import { RasidError } from "../../core/errors.ts";

export interface Migration { version: number; name: string; up: string }

/** pg_advisory_xact_lock key: "rasid" in ASCII, so it will not collide with another tool's. */
export const MIGRATION_LOCK = 0x7261736964;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, sources, entities, quotes, events; Arabic full-text and trigram search",
    up: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE documents (
        n bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- local row number (never leaves the database)
        id text COLLATE "C" NOT NULL UNIQUE,                 -- sha256 of the input: the document's identity
        title text NOT NULL,
        published text COLLATE "C",
        language text NOT NULL,
        outlet text COLLATE "C",
        url text,
        path text NOT NULL,
        text text NOT NULL,
        body text NOT NULL,                                  -- the rest of the contract document, JSON (as text: key order kept)
        n_entities integer NOT NULL,
        n_quotes integer NOT NULL,
        n_events integer NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        norm_title text NOT NULL,                            -- normalize(title): PostgreSQL does not fold Arabic
        norm_text text NOT NULL,                             -- normalize(text)
        tsv tsvector GENERATED ALWAYS AS
          (setweight(to_tsvector('arabic', norm_title), 'A') || setweight(to_tsvector('arabic', norm_text), 'B')) STORED
      );
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_outlet ON documents (outlet, published);
      CREATE INDEX documents_tsv ON documents USING gin (tsv);
      CREATE INDEX documents_trgm ON documents USING gin (norm_text gin_trgm_ops);

      CREATE TABLE document_sources (
        doc bigint NOT NULL REFERENCES documents (n),
        path text COLLATE "C" NOT NULL,
        url text,
        seq integer NOT NULL,                                -- 0 for the source the document was extracted from
        PRIMARY KEY (doc, path)
      );

      CREATE TABLE entities (
        id text COLLATE "C" PRIMARY KEY,                     -- canonical: wd:…, gn:…, rasid:…
        type text COLLATE "C" NOT NULL,
        name text COLLATE "C" NOT NULL,
        norm text COLLATE "C" NOT NULL,                      -- normalize(name)
        name_en text COLLATE "C",
        lat double precision, lon double precision, country text,
        documents integer NOT NULL,
        mentions integer NOT NULL,
        first_seen text COLLATE "C", last_seen text COLLATE "C"
      );
      CREATE INDEX entities_documents ON entities (documents DESC);
      CREATE INDEX entities_type ON entities (type, documents DESC);
      CREATE INDEX entities_norm ON entities (norm);

      CREATE TABLE entity_names (
        entity text COLLATE "C" NOT NULL,
        text text COLLATE "C" NOT NULL,                      -- a surface form as written in some document
        norm text COLLATE "C" NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (entity, text)
      );
      CREATE INDEX entity_names_norm ON entity_names (norm);

      CREATE TABLE doc_entities (
        doc bigint NOT NULL,
        entity text COLLATE "C" NOT NULL,
        type text NOT NULL,
        mentions integer NOT NULL,
        published text COLLATE "C",
        PRIMARY KEY (doc, entity)
      );
      CREATE INDEX doc_entities_entity ON doc_entities (entity, published, mentions);

      CREATE TABLE quotes (
        doc bigint NOT NULL,
        idx integer NOT NULL,
        speaker text COLLATE "C", speaker_text text, cue text NOT NULL, text text NOT NULL,
        start integer NOT NULL, "end" integer NOT NULL,
        direct smallint NOT NULL, via text COLLATE "C", stance text NOT NULL,
        published text COLLATE "C",
        PRIMARY KEY (doc, idx)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker, published);
      CREATE INDEX quotes_via ON quotes (via, published);
      CREATE INDEX quotes_published ON quotes (published);

      CREATE TABLE events (
        doc bigint NOT NULL,
        idx integer NOT NULL,
        type text COLLATE "C" NOT NULL,
        source text COLLATE "C", target text COLLATE "C", location text COLLATE "C",
        date text COLLATE "C",
        day text COLLATE "C",                                -- date, else the document's published date
        mode text, trigger text NOT NULL,
        trigger_start integer NOT NULL, trigger_end integer NOT NULL,
        sentence_start integer NOT NULL, sentence_end integer NOT NULL,
        evidence text NOT NULL,                              -- text.slice(sentence_start, sentence_end)
        quantities text NOT NULL,                            -- JSON
        fatalities integer,
        hedged smallint NOT NULL, negated smallint NOT NULL,
        PRIMARY KEY (doc, idx)
      );
      CREATE INDEX events_day ON events (day);
      CREATE INDEX events_type ON events (type, day);
      CREATE INDEX events_source ON events (source, day);
      CREATE INDEX events_target ON events (target, day);
      CREATE INDEX events_location ON events (location, day);
    `,
  },
  {
    version: 2,
    name: "job queue: one job per input, leased with FOR UPDATE SKIP LOCKED",
    up: `
      CREATE TABLE jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        path text COLLATE "C" NOT NULL,                      -- the file as named by enqueue, or the JSON Lines file
        line integer NOT NULL DEFAULT 0,                     -- the record's line in a JSON Lines file; 0 for a whole file
        kind text NOT NULL,                                  -- 'file' | 'record'
        payload bytea,                                       -- the input itself (file bytes or the record's line); cleared when done
        state text NOT NULL DEFAULT 'queued',                -- queued | running | done | failed
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 3,
        not_before timestamptz NOT NULL DEFAULT now(),       -- retry back-off
        leased_until timestamptz,
        worker text,
        document text COLLATE "C",                           -- the document id stored for it
        error_code text, error text,                         -- the last failure, typed
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (path, line)                                  -- enqueueing the same input twice adds nothing
      );
      CREATE INDEX jobs_ready ON jobs (id) WHERE state IN ('queued', 'running');
      CREATE INDEX jobs_state ON jobs (state);
    `,
  },
  {
    version: 3,
    name: "store revision: a sequence every write transaction advances (API caches key on it)",
    up: `CREATE SEQUENCE rasid_revision;`,
  },
  {
    version: 4,
    name: "aggregates kept at ingest, as in SQLite (migrations 4-7): entity pairs, entity days, documents.types",
    up: `
      -- Documents naming two entities, both ways round, kept by putBatch in the batch's own
      -- transaction (aggregates.ts): an entity's co-occurring entities are one index range read.
      CREATE TABLE entity_pairs (
        a text COLLATE "C" NOT NULL,
        b text COLLATE "C" NOT NULL,
        documents integer NOT NULL,
        PRIMARY KEY (a, b)
      );
      INSERT INTO entity_pairs (a, b, documents)
        SELECT x.entity, y.entity, count(*) FROM doc_entities x JOIN doc_entities y ON y.doc = x.doc AND y.entity <> x.entity
        GROUP BY x.entity, y.entity;
      CREATE INDEX entity_pairs_top ON entity_pairs (a, documents DESC, b);

      -- Documents and mentions per entity per published day: an entity's timeline.
      CREATE TABLE entity_days (
        entity text COLLATE "C" NOT NULL,
        day text COLLATE "C" NOT NULL,
        documents integer NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (entity, day)
      );
      INSERT INTO entity_days (entity, day, documents, mentions)
        SELECT entity, published, count(*), sum(mentions) FROM doc_entities WHERE published IS NOT NULL GROUP BY entity, published;
      CREATE INDEX entity_days_day ON entity_days (day, entity, documents);

      -- One bit per entity type a document names (aggregates.ts TYPE_BIT).
      ALTER TABLE documents ADD COLUMN types integer NOT NULL DEFAULT 0;
      UPDATE documents d SET types = x.m FROM (
        SELECT doc, bit_or(CASE type WHEN 'PERSON' THEN 1 WHEN 'ORG' THEN 2 WHEN 'GPE' THEN 4 WHEN 'LOC' THEN 8 WHEN 'FAC' THEN 16 ELSE 0 END) AS m
        FROM doc_entities GROUP BY doc) x
      WHERE x.doc = d.n;
    `,
  },
];

export const LATEST = MIGRATIONS[MIGRATIONS.length - 1].version;

async function currentVersion(sql: postgres.Sql | postgres.TransactionSql): Promise<number> {
  const [r] = await sql<{ v: number | null }[]>`SELECT max(version) AS v FROM rasid_migrations`;
  return r.v ?? 0;
}

/** Bring the database up to `upTo` (default: latest); returns the version it is at. */
export async function migrate(sql: postgres.Sql, where: string, upTo = LATEST): Promise<number> {
  const seen = await schemaVersion(sql);   // the usual case, up to date: no lock taken
  if (seen > LATEST) throw new RasidError("E_STORE", where, `database schema version ${seen} is newer than this Rasid knows (${LATEST}); upgrade Rasid`);
  if (seen >= upTo) return seen;
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS rasid_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
    const current = await currentVersion(tx);   // another process may have migrated while we waited
    for (const m of MIGRATIONS) {
      if (m.version <= current || m.version > upTo) continue;
      await tx.unsafe(m.up);
      await tx`INSERT INTO rasid_migrations (version, name) VALUES (${m.version}, ${m.name})`;
    }
    return Math.max(current, Math.min(upTo, LATEST));
  });
}

/** The version a database is at, without changing it (read-only opens); 0 when it has no Rasid schema. */
export async function schemaVersion(sql: postgres.Sql): Promise<number> {
  try { return await currentVersion(sql); } catch (e) {
    if ((e as { code?: string }).code === "42P01") return 0;   // undefined_table
    throw e;
  }
}
