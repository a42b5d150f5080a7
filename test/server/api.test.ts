// The HTTP API exercised in-process (app.request) over a fresh SQLite file filled with the
// articles in articles.ts: what each route answers, how filters narrow it, and how bad requests
// fail (typed error codes naming the parameter).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { normalize } from "../../src/text/normalize.ts";
import { createApp } from "../../src/server/app.ts";
import type { DocumentRecord, EntityProfile, EventRow, Graph, GeoResult, Page, QuoteRow, SearchResult, Stats, TimelinePoint } from "../../src/store/store.ts";
import { CLASH, THREAT, VISIT, tempStore } from "./articles.ts";

let app: Hono;
let done: () => Promise<void>;
before(async () => {
  const t = await tempStore();
  done = t.done;
  app = createApp(t.store, { webDir: null, log: () => {} });
});
after(() => done());

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await app.request(url);
  assert.equal(res.status, status, `${url} → ${res.status}: ${await res.clone().text()}`);
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  return res.json() as Promise<T>;
}

describe("routes answer from the store", () => {
  it("stats counts documents, distinct entities, quotes and events", async () => {
    const s = await get<Stats>("/api/stats");
    assert.deepEqual([s.documents, s.entities, s.quotes, s.events], [3, 15, 2, 5]);
  });

  it("documents list newest first; one document comes with its layers and sources", async () => {
    const list = await get<Page<{ id: string }>>("/api/documents");
    assert.deepEqual(list.items.map((d) => d.id), [THREAT.id, CLASH.id, VISIT.id]);
    const one = await get<DocumentRecord>(`/api/documents/${CLASH.id}`);
    assert.equal(one.doc.text, CLASH.text);
    assert.equal(one.doc.events.length, 2);
    assert.deepEqual(one.sources, [CLASH.source]);
    assert.equal(one.outlet, "example-levant.net");
  });

  it("an entity page has aliases, mentions over time, events, co-occurring entities", async () => {
    const sdf = await get<EntityProfile>("/api/entities/wd:Q21013393");
    assert.equal(sdf.name, "قوات سوريا الديمقراطية");
    assert.deepEqual(sdf.timeline.map((p) => p.date), ["2024-03-12"]);
    assert.equal(sdf.counts.events_as_source, 2);
    assert.ok(sdf.cooccurring.some((c) => c.id === "wd:Q184589"));
    const blinken = await get<EntityProfile>("/api/entities/rasid%3Aantony-blinken");
    assert.deepEqual(blinken.aliases.map((a) => a.text).sort(), ["أنتوني بلينكن", "بلينكن"]);
    assert.equal(blinken.quotes.length, 1);
    assert.equal(blinken.counts.events_as_target, 1);
    assert.equal(blinken.counts.events, blinken.events.length);
  });

  it("an entity's events and quotes panels page on under the entity, totals as the profile counts them", async () => {
    const sdf = await get<EntityProfile>("/api/entities/wd:Q21013393");
    const all = await get<Page<EventRow>>("/api/entities/wd:Q21013393/events");
    assert.equal(all.total, sdf.counts.events);
    assert.deepEqual(all.items.map((e) => [e.document, e.index]), sdf.events.map((e) => [e.document, e.index]));
    const second = await get<Page<EventRow>>("/api/entities/wd:Q21013393/events?limit=1&offset=1");
    assert.deepEqual(second.items.map((e) => [e.document, e.index]), all.items.slice(1, 2).map((e) => [e.document, e.index]));
    const quotes = await get<Page<QuoteRow>>("/api/entities/rasid%3Aantony-blinken/quotes?limit=5");
    assert.deepEqual([quotes.total, quotes.items.map((q) => q.speaker_name)], [1, ["أنتوني بلينكن"]]);
  });

  const eventCases: [string, number][] = [
    ["", 5],
    ["?type=ASSAULT", 2],
    ["?type=ASSAULT&negated=true", 1],
    ["?hedged=true", 1],
    ["?outlet=example-gulf.com", 3],
    ["?from=2024-03-11&to=2024-03-13", 2],
    ["?entity=wd:Q184589", 2],
    ["?source=rasid:faisal-bin-farhan&target=rasid:antony-blinken", 1],
    ["?located=true", 4],
    ["?limit=2", 5],
  ];
  for (const [query, total] of eventCases) {
    it(`events${query || " (no filter)"} → ${total}`, async () => {
      const page = await get<Page<EventRow>>(`/api/events${query}`);
      assert.equal(page.total, total);
      for (const e of page.items) {
        assert.equal(e.evidence.length, e.evidence_span.end - e.evidence_span.start);
        assert.ok(e.sentence.start <= e.evidence_span.start && e.evidence_span.end <= e.sentence.end);
      }
    });
  }

  it("quotes filter by relaying outlet and speaker", async () => {
    assert.equal((await get<Page<QuoteRow>>("/api/quotes?via=rasid:fars")).total, 1);
    const by = await get<Page<QuoteRow>>("/api/quotes?speaker=rasid:antony-blinken");
    assert.deepEqual(by.items.map((q) => q.speaker_name), ["أنتوني بلينكن"]);
  });

  it("search folds Arabic spelling and highlights offsets into the document text", async () => {
    const r = await get<SearchResult>(`/api/search?q=${encodeURIComponent("الرقه")}`);
    assert.deepEqual(r.hits.map((h) => h.id), [CLASH.id]);
    const h = r.hits[0].snippet.highlights[0];
    assert.equal(normalize(CLASH.text.slice(h.start, h.end)), normalize("الرقة"));
  });

  it("search combines words with filters", async () => {
    const q = encodeURIComponent("غزة");
    assert.equal((await get<SearchResult>(`/api/search?q=${q}&event_type=AID`)).total, 1);
    assert.equal((await get<SearchResult>(`/api/search?q=${q}&event_type=ASSAULT`)).total, 0);
    assert.equal((await get<SearchResult>("/api/search?entity_type=ORG&hedged=true")).total, 1);
  });

  it("timeline, graph and geo", async () => {
    const tl = await get<TimelinePoint[]>("/api/timeline?type=ASSAULT");
    assert.deepEqual(tl.map((p) => [p.date, p.count]), [["2024-03-12", 2]]);
    const g = await get<Graph>("/api/graph");
    assert.ok(g.edges.some((e) => e.kind === "event" && e.source === "rasid:faisal-bin-farhan" && e.target === "rasid:antony-blinken"));
    assert.ok(g.edges.some((e) => e.kind === "comention"));
    const noCo = await get<Graph>("/api/graph?comentions=false");
    assert.ok(noCo.edges.every((e) => e.kind === "event"));
    const geo = await get<GeoResult>("/api/geo");
    const raqqa = geo.places.find((p) => p.id === "wd:Q184589");
    assert.deepEqual([raqqa?.lat, raqqa?.lon], [35.9528, 39.0079]);
    assert.ok(geo.events.every((e) => e.lat !== null && e.lon !== null));
  });
});

describe("bad requests fail with a typed error naming the input", () => {
  const cases: [string, number, string, string][] = [
    ["/api/events?type=BOMB", 400, "E_BAD_PARAM", "type"],
    ["/api/events?tpye=ASSAULT", 400, "E_BAD_PARAM", "tpye"],
    ["/api/events?limit=0", 400, "E_BAD_PARAM", "limit"],
    ["/api/events?hedged=maybe", 400, "E_BAD_PARAM", "hedged"],
    ["/api/quotes?from=2024-13-45", 400, "E_BAD_PARAM", "from"],
    ["/api/search?entity_type=PEOPLE", 400, "E_BAD_PARAM", "entity_type"],
    ["/api/documents/0000", 404, "E_NO_RECORD", "0000"],
    ["/api/entities/wd:Q0", 404, "E_NO_RECORD", "wd:Q0"],
    ["/api/entities/wd:Q0/events", 404, "E_NO_RECORD", "wd:Q0"],
    ["/api/entities/wd:Q184589/quotes?limit=0", 400, "E_BAD_PARAM", "limit"],
    ["/api/nothing-here", 404, "E_NOT_FOUND", "/api/nothing-here"],
  ];
  for (const [url, status, code, input] of cases) {
    it(`${url} → ${status} ${code}`, async () => {
      const body = await get<{ error: { code: string; input: string } }>(url, status);
      assert.equal(body.error.code, code);
      assert.equal(body.error.input, input);
    });
  }

  it("the API is read-only", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const res = await app.request("/api/stats", { method });
      assert.equal(res.status, 405, method);
    }
  });

  it("a store failure is a 500 with a code and no stack trace", async () => {
    const broken = createApp({ stats: async () => { throw new Error("disk on fire"); } } as never, { webDir: null, log: () => {} });
    const res = await broken.request("/api/stats");
    assert.equal(res.status, 500);
    const body = await res.json() as { error: { code: string; message: string } };
    assert.equal(body.error.code, "E_INTERNAL");
    assert.doesNotMatch(JSON.stringify(body), /disk on fire|at /);
  });
});
