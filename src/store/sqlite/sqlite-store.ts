// The SQLite backend of the Store interface (store.ts): one file, WAL journal so readers (the
// web server) never block the writer (ingest), one transaction per batch so a crash or Ctrl-C
// loses nothing committed and duplicates nothing. better-sqlite3 is synchronous; the async
// interface is kept so callers are written once for SQLite and PostgreSQL alike.
import Database from "better-sqlite3";
import type { ContractDocument, Source } from "../../core/contract.ts";
import { RasidError } from "../../core/errors.ts";
import { decodeDoc } from "../codec.ts";
import type {
  DocFilter, DocSummary, DocumentRecord, EntityFilter, EntityProfile, EntityRow, EventFilter, EventRow, GeoResult, Graph,
  GraphFilter, Page, Paging, PutResult, QuoteFilter, QuoteRow, SearchQuery, SearchResult, Stats, Store, TimelinePoint,
} from "../store.ts";
import { clampLimit } from "../store.ts";
import { entities, entity, entityEvents, entityQuotes } from "./entities.ts";
import { events, quotes, timeline } from "./facts.ts";
import { geo, graph } from "./graph.ts";
import { LATEST, migrate } from "./migrations.ts";
import { unpack } from "./pack.ts";
import { makeWriter, type Writer } from "./put.ts";
import { search } from "./search.ts";
import { prepared } from "./statements.ts";
import { docWhere } from "./where.ts";

export interface SqliteOptions { readonly?: boolean; upTo?: number }

const STREAM_PAGE = 500;

export class SqliteStore implements Store {
  readonly backend = "sqlite" as const;
  readonly file: string;
  readonly db: Database.Database;
  readonly version: number;
  #writer: Writer | null = null;

  constructor(file: string, opts: SqliteOptions = {}) {
    this.file = file;
    try {
      if (opts.readonly) upgradeFirst(file);
      this.db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      this.db.pragma("busy_timeout = 10000");
      if (!opts.readonly) {
        this.db.pragma("journal_mode = WAL");
        this.db.pragma("synchronous = NORMAL");   // with WAL: a committed batch survives a killed process
      }
      this.db.pragma("cache_size = -65536");
      this.version = opts.readonly
        ? (this.db.prepare("SELECT max(version) FROM migrations").pluck().get() as number)
        : migrate(this.db, file, opts.upTo);
    } catch (e) {
      if (e instanceof RasidError) throw e;
      throw new RasidError("E_STORE", file, (e as Error).message);
    }
  }

  private get writer(): Writer { return (this.#writer ??= makeWriter(this.db)); }

  async exists(ids: string[]): Promise<Set<string>> {
    const found = this.db.prepare("SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?))").pluck().all(JSON.stringify(ids)) as string[];
    return new Set(found);
  }

  async allIds(): Promise<Set<string>> {
    return new Set(this.db.prepare("SELECT id FROM documents").pluck().all() as string[]);
  }

  async putBatch(docs: ContractDocument[]): Promise<PutResult> { return this.guard(() => this.writer.put(docs)); }

  async addSources(items: { id: string; source: Source }[]): Promise<number> { return this.guard(() => this.writer.addSources(items)); }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const r = this.db.prepare("SELECT d.n, t.text, t.body, d.outlet FROM documents d JOIN document_text t ON t.n = d.n WHERE d.id = ?").get(id) as { n: number; text: Buffer; body: Buffer; outlet: string | null } | undefined;
    if (!r) return null;
    const sources = this.db.prepare("SELECT path, url FROM document_sources WHERE doc = ? ORDER BY seq").all(r.n) as Source[];
    return { doc: decodeDoc(unpack(r.body), unpack(r.text)), sources, outlet: r.outlet };
  }

  async documents(f: DocFilter & { entity?: string; limit?: number; offset?: number } = {}): Promise<Page<DocSummary>> {
    const w = docWhere(f);
    if (f.entity) w.add("d.n IN (SELECT doc FROM doc_entities WHERE entity = ?)", f.entity);
    const items = this.db.prepare(`SELECT d.id, d.title, d.published, d.outlet, d.url, d.n_entities AS entities, d.n_quotes AS quotes, d.n_events AS events
                                   FROM documents d ${w.sql()} ORDER BY d.published DESC, d.n DESC LIMIT ? OFFSET ?`)
      .all(...w.params, clampLimit(f.limit), Math.max(0, f.offset ?? 0)) as DocSummary[];
    const total = this.db.prepare(`SELECT count(*) FROM documents d ${w.sql()}`).pluck().get(...w.params) as number;
    return { items, total };
  }

  async *stream(f: DocFilter = {}): AsyncIterable<ContractDocument> {
    let after = 0;
    for (;;) {
      const w = docWhere(f).add("d.n > ?", after);
      const rows = this.db.prepare(`SELECT d.n, t.text, t.body FROM documents d JOIN document_text t ON t.n = d.n ${w.sql()} ORDER BY d.n LIMIT ${STREAM_PAGE}`)
        .all(...w.params) as { n: number; text: Buffer; body: Buffer }[];
      for (const r of rows) yield decodeDoc(unpack(r.body), unpack(r.text));
      if (rows.length < STREAM_PAGE) return;
      after = rows[rows.length - 1].n;
    }
  }

  async search(q: SearchQuery): Promise<SearchResult> { return this.guard(() => search(this.db, q)); }
  async entity(id: string): Promise<EntityProfile | null> { return entity(this.db, id); }
  async entityEvents(id: string, p?: Paging): Promise<Page<EventRow> | null> { return entityEvents(this.db, id, p); }
  async entityQuotes(id: string, p?: Paging): Promise<Page<QuoteRow> | null> { return entityQuotes(this.db, id, p); }
  async entities(f?: EntityFilter): Promise<Page<EntityRow>> { return entities(this.db, f); }
  async quotes(f?: QuoteFilter): Promise<Page<QuoteRow>> { return quotes(this.db, f); }
  async events(f?: EventFilter): Promise<Page<EventRow>> { return events(this.db, f); }
  async timeline(f?: EventFilter): Promise<TimelinePoint[]> { return timeline(this.db, f); }
  async graph(f?: GraphFilter): Promise<Graph> { return graph(this.db, f); }
  async geo(f?: EventFilter & { places?: number }): Promise<GeoResult> { return geo(this.db, f); }

  async stats(): Promise<Stats> {
    const c = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      documents: c("SELECT count(*) FROM documents"),
      entities: c("SELECT count(*) FROM entities"),
      quotes: c("SELECT count(*) FROM quotes"),
      events: c("SELECT count(*) FROM events"),
      sources: c("SELECT count(*) FROM document_sources"),
      schema_version: this.version,
      backend: this.backend,
    };
  }

  /** data_version moves when another connection commits, total_changes when this one writes. */
  async revision(): Promise<string> {
    const [data, own] = prepared(this.db, "SELECT data_version, total_changes() FROM pragma_data_version", "raw").get() as [number, number];
    return `${data}.${own}`;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Database errors become typed errors naming the database file. */
  private guard<T>(fn: () => T): T {
    try { return fn(); } catch (e) {
      if (e instanceof RasidError) throw e;
      throw new RasidError("E_STORE", this.file, (e as Error).message);
    }
  }
}

/**
 * A reader (`rasid serve`) handed a database written by an older Rasid: bring its schema up to
 * date once through a short-lived writing connection, since the reads expect the latest tables.
 * Only the schema and the aggregates derived from stored rows change; no document is touched.
 */
function upgradeFirst(file: string): void {
  let probe: Database.Database;
  try { probe = new Database(file, { readonly: true, fileMustExist: true }); } catch { return; }   // the open below reports it
  let version: number;
  try { version = (probe.prepare("SELECT max(version) FROM migrations").pluck().get() as number | null) ?? 0; }
  catch { version = 0; }
  finally { probe.close(); }
  if (version >= LATEST) return;
  let db: Database.Database;
  try { db = new Database(file, { fileMustExist: true }); } catch (e) {
    throw new RasidError("E_STORE", file, `schema version ${version} needs upgrading to ${LATEST}, and the file cannot be opened for writing (${(e as Error).message})`);
  }
  try {
    db.pragma("busy_timeout = 10000");
    db.pragma("journal_mode = WAL");
    migrate(db, file);
  } finally { db.close(); }
}
