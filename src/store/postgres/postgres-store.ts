// The PostgreSQL backend of the Store interface (store.ts): the shared store for many ingest
// workers on many machines. One transaction per batch, idempotent by document id through the
// database's own unique index, so workers racing on the same article store it once. Opening
// migrates the schema (under an advisory lock: safe with workers up); read-only opens do not.
// Every database error becomes a typed E_STORE error naming the database (password hidden).
import type postgres from "postgres";
import type { ContractDocument, Source } from "../../core/contract.ts";
import { RasidError } from "../../core/errors.ts";
import { decodeDoc } from "../codec.ts";
import { redact, type OpenOptions } from "../open.ts";
import type {
  DocFilter, DocSummary, DocumentRecord, EntityFilter, EntityProfile, EntityRow, EventFilter, EventRow, GeoResult, Graph,
  GraphFilter, Page, Paging, PutResult, QuoteFilter, QuoteRow, SearchQuery, SearchResult, Stats, Store, TimelinePoint,
} from "../store.ts";
import { docWhere } from "../sqlite/where.ts";
import { connect, type PgSettings } from "./config.ts";
import { geo, graph } from "./graph.ts";
import { migrate, schemaVersion } from "./migrations.ts";
import { addSource, bumpRevision, putBatch } from "./put.ts";
import * as reads from "./reads.ts";
import { search } from "./search.ts";
import { all } from "./sql.ts";

const STREAM_PAGE = 500;
/** SQLSTATEs worth one more try: deadlock, serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

export interface PostgresOptions extends OpenOptions { upTo?: number }

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
  const where = redact(url);
  const { sql, settings } = connect(url);
  try {
    const version = opts.readonly ? await schemaVersion(sql) : await migrate(sql, where, opts.upTo);
    if (opts.mustExist && version === 0) throw new RasidError("E_STORE", where, "no Rasid schema in this database; create it with `rasid ingest --db URL PATH...`");
    return new PostgresStore(sql, where, version, settings);
  } catch (e) {
    await sql.end({ timeout: 1 });
    throw toRasid(e, where);
  }
}

export class PostgresStore implements Store {
  readonly backend = "postgres" as const;
  constructor(readonly sql: postgres.Sql, readonly where: string, readonly version: number, readonly settings: PgSettings) {}

  async exists(ids: string[]): Promise<Set<string>> {
    return this.guard(async () => new Set((await this.sql<{ id: string }[]>`SELECT id FROM documents WHERE id = ANY(${ids}::text[])`).map((r) => r.id)));
  }

  async allIds(): Promise<Set<string>> {
    return this.guard(async () => new Set((await this.sql<{ id: string }[]>`SELECT id FROM documents`).map((r) => r.id)));
  }

  async putBatch(docs: ContractDocument[]): Promise<PutResult> {
    return this.guard(() => this.retry(() => this.sql.begin(async (tx) => { await this.bump(tx); return putBatch(tx, docs, this.version >= 4); })));
  }

  async addSources(items: { id: string; source: Source }[]): Promise<number> {
    return this.guard(() => this.retry(() => this.sql.begin(async (tx) => {
      await this.bump(tx);
      let added = 0;
      for (const { id, source } of items) if (await addSource(tx, id, source)) added++;
      return added;
    })));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    return this.guard(async () => {
      const [r] = await this.sql<{ n: number; text: string; body: string; outlet: string | null }[]>`SELECT n, text, body, outlet FROM documents WHERE id = ${id}`;
      if (!r) return null;
      const sources = await this.sql<Source[]>`SELECT path, url FROM document_sources WHERE doc = ${r.n} ORDER BY seq, path`;
      return { doc: decodeDoc(r.body, r.text), sources: sources.map((s) => ({ path: s.path, url: s.url })), outlet: r.outlet };
    });
  }

  async *stream(f: DocFilter = {}): AsyncIterable<ContractDocument> {
    for (let after = 0; ;) {
      const w = docWhere(f).add("d.n > ?", after);
      const rows = await this.guard(() => all<{ n: number; text: string; body: string }>(this.sql,
        `SELECT d.n, d.text, d.body FROM documents d ${w.sql()} ORDER BY d.n LIMIT ${STREAM_PAGE}`, w.params));
      for (const r of rows) yield decodeDoc(r.body, r.text);
      if (rows.length < STREAM_PAGE) return;
      after = rows[rows.length - 1].n;
    }
  }

  documents(f?: DocFilter & { entity?: string; limit?: number; offset?: number }): Promise<Page<DocSummary>> { return this.guard(() => reads.documents(this.sql, f)); }
  search(q: SearchQuery): Promise<SearchResult> { return this.guard(() => search(this.sql, q)); }
  entity(id: string): Promise<EntityProfile | null> { return this.guard(() => reads.entity(this.sql, id, this.version >= 4)); }
  entityEvents(id: string, p?: Paging): Promise<Page<EventRow> | null> { return this.guard(() => reads.entityEvents(this.sql, id, p)); }
  entityQuotes(id: string, p?: Paging): Promise<Page<QuoteRow> | null> { return this.guard(() => reads.entityQuotes(this.sql, id, p)); }
  entities(f?: EntityFilter): Promise<Page<EntityRow>> { return this.guard(() => reads.entities(this.sql, f)); }
  quotes(f?: QuoteFilter): Promise<Page<QuoteRow>> { return this.guard(() => reads.quotes(this.sql, f)); }
  events(f?: EventFilter): Promise<Page<EventRow>> { return this.guard(() => reads.events(this.sql, f)); }
  timeline(f?: EventFilter): Promise<TimelinePoint[]> { return this.guard(() => reads.timeline(this.sql, f)); }
  graph(f?: GraphFilter): Promise<Graph> { return this.guard(() => graph(this.sql, f)); }
  geo(f?: EventFilter & { places?: number }): Promise<GeoResult> { return this.guard(() => geo(this.sql, f)); }

  async stats(): Promise<Stats> {
    return this.guard(async () => {
      const [c] = await this.sql<Omit<Stats, "schema_version" | "backend">[]>`
        SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM entities) AS entities,
               (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events,
               (SELECT count(*) FROM document_sources) AS sources`;
      return { ...c, schema_version: this.version, backend: this.backend };
    });
  }

  /** Changes whenever a batch or a source is written by any process (cheap: one sequence read). */
  async revision(): Promise<string> {
    return this.guard(async () => {
      const [r] = await this.sql<{ v: string }[]>`SELECT last_value::text || ':' || is_called::text AS v FROM rasid_revision`;
      return r.v;
    });
  }

  async close(): Promise<void> { await this.sql.end({ timeout: 5 }); }

  /** The revision sequence exists from schema 3 on (a store opened at an older version, as in tests, has none). */
  private async bump(tx: postgres.TransactionSql): Promise<void> { if (this.version >= 3) await bumpRevision(tx); }

  private async retry<T>(fn: () => Promise<T>, tries = 4): Promise<T> {
    for (let i = 1; ; i++) {
      try { return await fn(); } catch (e) {
        if (i >= tries || !RETRYABLE.has((e as { code?: string }).code ?? "")) throw e;
        await new Promise((r) => setTimeout(r, 20 * i + Math.random() * 50));
      }
    }
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try { return await fn(); } catch (e) { throw toRasid(e, this.where); }
  }
}

function toRasid(e: unknown, where: string): RasidError {
  if (e instanceof RasidError) return e;
  const err = e as { code?: string; message?: string };
  return new RasidError("E_STORE", where, `${err.message ?? String(e)}${err.code ? ` [${err.code}]` : ""}`);
}
