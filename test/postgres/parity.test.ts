// SQLite and PostgreSQL fed the same corpus must hold the same thing: identical documents,
// entities, quotes, events, timeline, graph, map and counts. Search may rank differently
// (PostgreSQL stems), but every query of a fixed set must find on PostgreSQL at least the
// documents SQLite finds. The corpus: the store fixtures plus template articles run through the
// real pipeline, stored in one batch on SQLite and in small batches on PostgreSQL, in reverse order.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ContractDocument } from "../../src/core/contract.ts";
import { isRasidError } from "../../src/core/errors.ts";
import { readInputs } from "../../src/input/read.ts";
import { extractOne } from "../../src/pipeline/run.ts";
import { openStore } from "../../src/store/open.ts";
import { ENTITY_DOCUMENTS, type Store } from "../../src/store/store.ts";
import { writeArticles } from "../cli-ingest/articles.ts";
import { DOCS } from "../store/fixtures.ts";
import { skipReason } from "./pg-server.ts";
import { freshStore } from "./shared.ts";

const QUERIES = ["الحوثي", "صنعاء", "مقتل", "بالرقة", "الرقة", "داعش", "مصادر طبية", '"فرق الإسعاف"', "الموصل", "القاهرة",
  "التحالف العربي", "حلب", "للتحالف", "موسى", "اشتباكات", "الجيش العراقي", "وزارة الداخلية", "مصر"];

/** Facts in a canonical order: among same-day facts, the order is each store's own (insertion order). */
const key = (x: { document?: string; index?: number; id?: string }) => `${x.document ?? x.id}\t${String(x.index ?? 0).padStart(6, "0")}`;
const sorted = <T extends object>(xs: T[]): T[] => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const canon = <T extends object>(p: { items: T[]; total: number }) => ({ total: p.total, items: sorted(p.items) });

const skip = skipReason();
describe("SQLite and PostgreSQL hold the same corpus identically", { skip }, () => {
  let tmp: string;
  let lite: Store;
  let pg: Store;
  let corpus: ContractDocument[];

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-parity-"));
    const files = writeArticles(path.join(tmp, "articles"), 40);
    corpus = [...DOCS];
    for await (const r of readInputs(files)) if (!isRasidError(r)) corpus.push(extractOne(r));
    lite = await openStore(path.join(tmp, "parity.db"));
    await lite.putBatch(corpus);
    pg = (await freshStore()).store;
    const reversed = [...corpus].reverse();   // another order, other batches: entity rows must not depend on either
    for (let i = 0; i < reversed.length; i += 7) await pg.putBatch(reversed.slice(i, i + 7));
  });
  after(async () => { await lite?.close(); await pg?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

  it("the same counts", async () => {
    const { schema_version: _a, backend: _b, ...a } = await lite.stats();
    const { schema_version: _c, backend: _d, ...b } = await pg.stats();
    assert.deepEqual(b, a);
    assert.equal(a.documents, corpus.length);
  });

  it("every document reads back the same, with the same sources", async () => {
    for (const d of corpus) assert.deepEqual(await pg.getDocument(d.id), await lite.getDocument(d.id), d.source.path);
    const ids = async (s: Store) => { const out = []; for await (const d of s.stream()) out.push(d.id); return out.sort(); };
    assert.deepEqual(await ids(pg), await ids(lite));
  });

  it("the same entities, profiles, quotes and events", async () => {
    const all = { limit: 1000 };
    assert.deepEqual(await pg.entities(all), await lite.entities(all));
    assert.deepEqual(canon(await pg.quotes(all)), canon(await lite.quotes(all)));
    assert.deepEqual(canon(await pg.events(all)), canon(await lite.events(all)));
    assert.deepEqual(canon(await pg.documents(all)), canon(await lite.documents(all)));
    for (const e of (await lite.entities({ limit: 15 })).items) {
      const [a, b] = [await pg.entity(e.id), await lite.entity(e.id)];
      assert.ok(a && b);
      const rest = (p: typeof a) => ({ ...p, quotes: sorted(p.quotes), events: sorted(p.events), documents_recent: p.documents_recent.length });
      if (e.documents <= ENTITY_DOCUMENTS) assert.deepEqual(sorted(a.documents_recent), sorted(b.documents_recent), e.id);
      assert.deepEqual(rest(a), rest(b), e.id);
      const page = { limit: 1000 };
      assert.deepEqual(canon((await pg.entityEvents(e.id, page))!), canon((await lite.entityEvents(e.id, page))!), e.id);
      assert.deepEqual(canon((await pg.entityQuotes(e.id, page))!), canon((await lite.entityQuotes(e.id, page))!), e.id);
    }
    for (const f of [{ type: "ASSAULT" as const }, { from: "2015-07-21", to: "2015-07-22" }, { hedged: true }, { located: true }]) {
      assert.deepEqual(canon(await pg.events({ ...f, limit: 1000 })), canon(await lite.events({ ...f, limit: 1000 })), JSON.stringify(f));
    }
  });

  it("lists come newest first, undated last, on both", async () => {
    for (const s of [pg, lite]) {
      const days = (await s.events({ limit: 1000 })).items.map((e) => e.day ?? "");
      assert.deepEqual(days, [...days].sort((x, y) => (x === "" ? 1 : y === "" ? -1 : x < y ? 1 : x > y ? -1 : 0)), s.backend);
    }
  });

  it("the same timeline, graph and map", async () => {
    assert.deepEqual(await pg.timeline({}), await lite.timeline({}));
    assert.deepEqual(await pg.graph({}), await lite.graph({}));
    assert.deepEqual(await pg.graph({ entity: "wd:Q1136767", nodes: 10 }), await lite.graph({ entity: "wd:Q1136767", nodes: 10 }));
    const [a, b] = [await pg.geo({}), await lite.geo({})];
    assert.deepEqual(a.places, b.places);
    assert.deepEqual(sorted(a.events), sorted(b.events));
  });

  it("a fixed query set finds the same documents or more on PostgreSQL", async () => {
    let sqliteHits = 0;
    for (const q of QUERIES) {
      const a = new Set((await lite.search({ q, limit: 1000 })).hits.map((h) => h.id));
      const b = new Set((await pg.search({ q, limit: 1000 })).hits.map((h) => h.id));
      sqliteHits += a.size;
      for (const id of a) assert.ok(b.has(id), `"${q}": PostgreSQL misses ${id}`);
    }
    assert.ok(sqliteHits > QUERIES.length, "the query set finds something");
  });

  it("filtered searches agree (no words: filters only)", async () => {
    for (const f of [{ entity: "wd:Q1136767" }, { eventType: "ASSAULT" as const }, { outlet: "akhbar-example.sa" }, { negated: true }]) {
      const ids = async (s: Store) => { const r = await s.search({ q: "", ...f, limit: 1000 }); return { total: r.total, ids: r.hits.map((h) => h.id).sort() }; };
      assert.deepEqual(await ids(pg), await ids(lite), JSON.stringify(f));
    }
  });
});
