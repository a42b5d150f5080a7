// The behaviour every Store backend must show, written once and run against each backend on a
// fresh database (test/store/sqlite.test.ts; PostgreSQL adds its own *.test.ts calling this).
// No mocks: real databases, the fixture articles of fixtures.ts.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { EXCERPT_CHARS } from "../../src/store/clip.ts";
import { ENTITY_DOCUMENTS, ENTITY_PANEL, type Store } from "../../src/store/store.ts";
import { DOCS } from "./fixtures.ts";
import { GCC, LONG, PANEL_DOCS } from "./panel-fixtures.ts";

export type OpenFresh = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const byTitle = (t: string) => DOCS.find((d) => d.title.startsWith(t))!;

/** stems: the backend's word index stems (PostgreSQL's `arabic`), so it may find a clitic-attached form as a word. */
export function storeSuite(backend: string, openFresh: OpenFresh, opts: { stems?: boolean } = {}): void {
  describe(`store (${backend}): writing`, () => {
    it("stores a batch once: re-putting the same documents adds nothing", async () => {
      const { store, cleanup } = await openFresh();
      try {
        assert.deepEqual(await store.putBatch(DOCS), { added: 6, sources: 0, unchanged: 0 });
        assert.deepEqual(await store.putBatch(DOCS), { added: 0, sources: 0, unchanged: 6 });
        const s = await store.stats();
        assert.deepEqual([s.documents, s.entities, s.quotes, s.events, s.sources], [6, 17, 3, 7, 6]);
      } finally { await cleanup(); }
    });

    it("same content from two paths is one document listing both sources", async () => {
      const { store, cleanup } = await openFresh();
      try {
        const twin = { ...DOCS[0], source: { path: "mirror/1001.txt", url: null } };
        assert.deepEqual(await store.putBatch([DOCS[0], twin]), { added: 1, sources: 1, unchanged: 0 });
        assert.equal(await store.addSources([{ id: DOCS[0].id, source: { path: "third/1001.txt", url: null } }]), 1);
        assert.equal(await store.addSources([{ id: DOCS[0].id, source: { path: "third/1001.txt", url: null } }]), 0);
        const rec = await store.getDocument(DOCS[0].id);
        assert.deepEqual(rec?.sources.map((s) => s.path), ["corpus/a/1001.txt", "mirror/1001.txt", "third/1001.txt"]);
        assert.equal((await store.stats()).documents, 1);
      } finally { await cleanup(); }
    });

    it("reads a document back exactly as it was extracted", async () => {
      const { store, cleanup } = await openFresh();
      try {
        await store.putBatch(DOCS);
        for (const d of DOCS) assert.deepEqual((await store.getDocument(d.id))?.doc, d);
        assert.equal(await store.getDocument("0".repeat(64)), null);
        const streamed = [];
        for await (const d of store.stream()) streamed.push(d.id);
        assert.deepEqual(streamed.sort(), DOCS.map((d) => d.id).sort());
        assert.deepEqual(await store.exists([DOCS[1].id, "f".repeat(64)]), new Set([DOCS[1].id]));
      } finally { await cleanup(); }
    });

    it("entity rows do not depend on the order documents arrive in", async () => {
      const a = await openFresh();
      const b = await openFresh();
      try {
        await a.store.putBatch(DOCS);
        for (const d of [...DOCS].reverse()) await b.store.putBatch([d]);
        const rows = async (s: Store) => (await s.entities({ limit: 100 })).items.sort((x, y) => (x.id < y.id ? -1 : 1));
        assert.deepEqual(await rows(a.store), await rows(b.store));
      } finally { await a.cleanup(); await b.cleanup(); }
    });
  });

  describe(`store (${backend}): reading`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => { ({ store, cleanup } = await openFresh()); await store.putBatch(DOCS); });
    after(async () => { await cleanup(); });

    const titles = async (q: Parameters<Store["search"]>[0]) => (await store.search(q)).hits.map((h) => h.title.split(" ").slice(0, 2).join(" "));

    it("search folds Arabic spelling: alef forms, ya/alef maqsura, ta marbuta, diacritics", async () => {
      const cases: [string, string[]][] = [
        ["اردوغان", ["أردوغان يتوعد"]],        // أ written as ا
        ["أَرْدُوغَانُ", ["أردوغان يتوعد"]],     // diacritics in the query
        ["رجب طيب", ["أردوغان يتوعد"]],         // diacritics and shadda in the text
        ["موسي", ["الرئيس المصري"]],            // ى written as ي
        ["القاهره", ["الرئيس المصري"]],          // ة written as ه (none here: still found)
        ["صنعاء", ["طائرات التحالف"]],
      ];
      for (const [q, expected] of cases) assert.deepEqual(await titles({ q }), expected, q);
    });

    it("search finds clitic-attached forms through the trigram index, and only real words", async () => {
      const cases: [string, string[], string][] = [
        ["الرقة", ["اشتباكات عنيفة"], "substring"],   // the text only says بالرقة
        ["الرقه", ["اشتباكات عنيفة"], "substring"],
        ["مصر", ["الرئيس المصري"], "word"],           // not مصرف الراجحي
        ["والقاهرة", ["الرئيس المصري"], "word"],       // the clitic is in the query, not the text
        ["وصنعاء", ["طائرات التحالف"], "substring"],   // a conjunction typed in the query
      ];
      for (const [q, expected, match] of cases) {
        const r = await store.search({ q });
        assert.deepEqual(r.hits.map((h) => h.title.split(" ").slice(0, 2).join(" ")), expected, q);
        if (opts.stems && match === "substring") assert.ok(["word", "substring"].includes(r.hits[0].match), q);
        else assert.equal(r.hits[0].match, match, q);
      }
    });

    it("search highlights point at the original text", async () => {
      const r = await store.search({ q: "الرقة" });
      const doc = byTitle("اشتباكات");
      assert.ok(r.hits[0].snippet.highlights.length >= 1);
      for (const h of r.hits[0].snippet.highlights) assert.equal(doc.text.slice(h.start, h.end), "الرقة");
      const s = r.hits[0].snippet;
      assert.equal(s.text, doc.text.slice(s.start, s.end).replace(/\n/g, " "));
    });

    it("search filters by entity, type, event type, outlet, via, dates, hedged and negated", async () => {
      const cases: [Parameters<Store["search"]>[0], string[]][] = [
        [{ q: "", entity: "wd:Q2429253" }, ["أردوغان يتوعد", "اشتباكات عنيفة"]],
        [{ q: "داعش", hedged: true }, ["اشتباكات عنيفة"]],
        [{ q: "", negated: true }, ["أردوغان يتوعد"]],
        [{ q: "", eventType: "CONSULT" }, ["الرئيس المصري"]],
        [{ q: "", entityType: "PERSON", from: "2015-07-21" }, ["الرئيس المصري", "أردوغان يتوعد"]],
        [{ q: "", via: "wd:Q130879" }, ["اشتباكات عنيفة"]],
        [{ q: "", outlet: "akhbar-example.sa", to: "2015-07-20" }, ["طائرات التحالف"]],
        [{ q: "الحوثي", from: "2015-07-22" }, ["الحوثيون يقصفون"]],
      ];
      for (const [q, expected] of cases) assert.deepEqual(await titles(q), expected, JSON.stringify(q));
    });

    it("entity profile: aliases, mentions over time, quotes, events, co-occurring entities", async () => {
      const p = await store.entity("wd:Q39803");
      assert.ok(p);
      assert.equal(p.name, "رجب طيب أردوغان");
      assert.deepEqual(p.aliases.map((a) => a.text).sort(), ["أردوغان", "رَجَب طيّب أَرْدُوغَان"].sort());
      assert.deepEqual(p.timeline, [{ date: "2015-07-22", documents: 1, mentions: 3 }]);
      assert.deepEqual(p.quotes.map((q) => q.text), ["سنرد بقوة على أي اعتداء يطال حدودنا"]);
      assert.deepEqual(p.events.map((e) => [e.type, e.target_name]), [["THREATEN", "تنظيم الدولة الإسلامية"]]);
      assert.deepEqual(p.counts, { quotes: 1, events: 1, events_as_source: 1, events_as_target: 0, events_at: 0 });
      assert.ok(p.cooccurring.some((c) => c.id === "wd:Q2429253"));
      assert.equal(await store.entity("wd:Q0"), null);
      const houthis = await store.entity("wd:Q1136767");
      assert.deepEqual([houthis?.documents, houthis?.first_seen, houthis?.last_seen], [2, "2015-07-20", "2015-07-23"]);
    });

    it("co-occurring entities: documents naming both, counted the same as from the documents themselves", async () => {
      for (const id of ["wd:Q1136767", "wd:Q2429253", "rasid:arab-coalition"]) {
        const docsOf = (e: string) => new Set(DOCS.filter((d) => d.entities.some((x) => x.id === e)).map((d) => d.id));
        const mine = docsOf(id);
        const p = await store.entity(id);
        assert.ok(p && p.cooccurring.length > 0, id);
        for (const c of p.cooccurring) assert.equal(c.documents, [...docsOf(c.id)].filter((d) => mine.has(d)).length, `${id} with ${c.id}`);
        const counts = p.cooccurring.map((c) => c.documents);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a), "most shared documents first");
        assert.ok(!p.cooccurring.some((c) => c.id === id), "not itself");
      }
    });

    it("entity list by folded name or alias, and by type", async () => {
      const ids = async (f: Parameters<Store["entities"]>[0]) => (await store.entities(f)).items.map((e) => e.id);
      assert.deepEqual(await ids({ q: "اردوغان" }), ["wd:Q39803"]);
      assert.deepEqual(await ids({ q: "reut" }), ["wd:Q130879"]);
      assert.equal((await store.entities({ type: "GPE" })).total, 7);
    });

    it("quotes and events lists filter and count", async () => {
      assert.equal((await store.quotes({ via: "wd:Q130879" })).total, 1);
      assert.equal((await store.quotes({ direct: true })).items[0].speaker_name, "رجب طيب أردوغان");
      const assaults = await store.events({ type: "ASSAULT" });
      assert.equal(assaults.total, 4);
      assert.deepEqual(assaults.items.map((e) => e.day), ["2015-07-23", "2015-07-22", "2015-07-21", "2015-07-20"]);
      const located = await store.events({ located: true, from: "2015-07-21" });
      assert.deepEqual(located.items.map((e) => e.location_name).sort(), ["الرقة", "القاهرة", "تعز"].sort());
      const ev = (await store.events({ entity: "rasid:arab-coalition", hedged: false })).items;
      assert.deepEqual(ev.map((e) => e.type).sort(), ["ASSAULT", "SUPPORT"]);
      for (const e of ev) assert.equal(e.evidence, DOCS.find((d) => d.id === e.document)!.text.slice(e.evidence_span.start, e.evidence_span.end));
      assert.equal((await store.events({ negated: true })).items[0].source_name, "الجيش التركي");
    });

    it("timeline counts events per day and type", async () => {
      assert.deepEqual(await store.timeline({ type: "ASSAULT" }), [
        { date: "2015-07-20", type: "ASSAULT", count: 1 }, { date: "2015-07-21", type: "ASSAULT", count: 1 },
        { date: "2015-07-22", type: "ASSAULT", count: 1 }, { date: "2015-07-23", type: "ASSAULT", count: 1 },
      ]);
    });

    it("graph: event edges source→target with types, co-mention edges, node limit", async () => {
      const g = await store.graph({});
      const ev = g.edges.filter((e) => e.kind === "event").map((e) => `${e.source}>${e.target}:${JSON.stringify(e.types)}`).sort();
      assert.deepEqual(ev, [
        'rasid:arab-coalition>wd:Q1136767:{"ASSAULT":1}', 'wd:Q2429253>wd:Q1141436:{"ASSAULT":1}',
        'wd:Q39803>wd:Q2429253:{"THREATEN":1}', 'wd:Q79>rasid:arab-coalition:{"SUPPORT":1}', 'wd:Q79>wd:Q851:{"CONSULT":1}',
      ]);
      const co = g.edges.find((e) => e.kind === "comention" && e.source === "rasid:arab-coalition" && e.target === "wd:Q1136767");
      assert.equal(co?.weight, 1);
      assert.equal((await store.graph({ nodes: 3 })).nodes.length, 3);
      const ego = await store.graph({ entity: "wd:Q39803" });
      assert.ok(ego.nodes.some((n) => n.id === "wd:Q39803"));
      assert.ok(ego.edges.every((e) => e.source === "wd:Q39803" || e.target === "wd:Q39803" || e.kind === "comention"));
    });

    it("geo: places with coordinates and counts, located events", async () => {
      const g = await store.geo({});
      const sanaa = g.places.find((p) => p.id === "gn:71137");
      assert.deepEqual([sanaa?.lat, sanaa?.lon, sanaa?.documents, sanaa?.events], [15.3547, 44.2066, 1, 1]);
      assert.equal(g.events.length, 4);
      assert.ok(g.events.every((e) => e.lat !== null && e.lon !== null));
    });

    it("geo over a date range counts only that range's documents", async () => {
      for (const [from, to] of [["2015-07-21", undefined], [undefined, "2015-07-21"], ["2015-07-21", "2015-07-22"]] as const) {
        const g = await store.geo({ from, to });
        const inRange = DOCS.filter((d) => d.published && (!from || d.published >= from) && (!to || d.published <= to));
        const expected = new Map<string, number>();
        for (const d of inRange) for (const e of new Set(d.entities.filter((x) => x.geo).map((x) => x.id))) expected.set(e, (expected.get(e) ?? 0) + 1);
        assert.deepEqual(new Map(g.places.map((p) => [p.id, p.documents])), expected, `${from}..${to}`);
      }
    });

    it("documents list by entity and date, newest first", async () => {
      const p = await store.documents({ entity: "wd:Q1136767" });
      assert.deepEqual(p.items.map((d) => d.published), ["2015-07-23", "2015-07-20"]);
      assert.equal((await store.documents({})).total, 6);
    });
  });

  describe(`store (${backend}): entity page panels`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => { ({ store, cleanup } = await openFresh()); await store.putBatch(PANEL_DOCS); });
    after(async () => { await cleanup(); });
    const key = (r: { document: string; index: number }) => `${r.document}/${r.index}`;

    it("the profile carries the first rows of each panel and how many there are; an event on both sides counts once", async () => {
      const p = (await store.entity(GCC.id))!;
      assert.deepEqual(p.counts, { quotes: 12, events: 26, events_as_source: 14, events_as_target: 13, events_at: 0 });
      assert.equal(p.events.length, ENTITY_PANEL, "26 events: the first 20");
      assert.equal(new Set(p.events.map(key)).size, p.events.length, "no event twice");
      assert.equal(p.quotes.length, Math.min(12, ENTITY_PANEL));
      assert.equal(p.documents_recent.length, ENTITY_DOCUMENTS, "12 documents: the latest 10");
      assert.deepEqual(p.events.map(key), (await store.entityEvents(GCC.id, { limit: ENTITY_PANEL }))!.items.map(key));
    });

    it("pages of the events and quotes panels, put together, are the whole list, newest first", async () => {
      const all = (await store.entityEvents(GCC.id, { limit: 100 }))!;
      assert.equal(all.total, 26);
      assert.equal(all.items.length, 26);
      const days = all.items.map((e) => e.day!);
      assert.deepEqual(days, [...days].sort().reverse());
      const pages = [];
      for (let offset = 0; offset < 26; offset += 5) pages.push(...(await store.entityEvents(GCC.id, { limit: 5, offset }))!.items);
      assert.deepEqual(pages.map(key), all.items.map(key));
      assert.deepEqual((await store.entityEvents(GCC.id, { limit: 5, offset: 30 }))!.items, []);
      const quotes = (await store.entityQuotes(GCC.id, { limit: 100 }))!;
      assert.equal(quotes.total, 12);
      const second = (await store.entityQuotes(GCC.id, { limit: 2, offset: 2 }))!;
      assert.deepEqual(second.items.map(key), quotes.items.slice(2, 4).map(key));
      assert.equal(second.total, 12);
    });

    it("the events list by entity (any role) counts an event naming it twice once, with or without a date range", async () => {
      const panel = (await store.entityEvents(GCC.id, { limit: 100 }))!.items;
      const listed = await store.events({ entity: GCC.id, limit: 100 });
      assert.equal(listed.total, 26);
      assert.deepEqual(listed.items.map(key), panel.map(key), "no location roles here: the same as the panel");
      const late = await store.events({ entity: GCC.id, from: "2015-08-06", to: "2015-08-11", limit: 3, offset: 2 });
      const inRange = panel.filter((e) => e.day! >= "2015-08-06" && e.day! <= "2015-08-11");
      assert.deepEqual([late.total, late.items.map(key)], [inRange.length, inRange.slice(2, 5).map(key)]);
    });

    it("an unknown entity has no panels (null, not an empty page)", async () => {
      assert.equal(await store.entityEvents("wd:Q0"), null);
      assert.equal(await store.entityQuotes("wd:Q0"), null);
    });

    it("a long evidence sentence is cut around its trigger, as an exact slice of the text", async () => {
      const e = (await store.entityEvents(GCC.id, { limit: 100 }))!.items.find((x) => x.trigger === "يدين")!;
      const text = PANEL_DOCS[2].text;
      assert.equal(e.clipped, true);
      assert.equal(e.evidence, text.slice(e.evidence_span.start, e.evidence_span.end));
      assert.equal(text.slice(e.sentence.start, e.sentence.end), LONG, "the sentence span is still the whole sentence");
      assert.ok(e.evidence_span.start > e.sentence.start && e.evidence_span.end < e.sentence.end);
      assert.ok(e.evidence_span.start <= e.trigger_span.start && e.trigger_span.end <= e.evidence_span.end);
      assert.ok(e.evidence.length <= EXCERPT_CHARS, `${e.evidence.length} characters`);
      const short = (await store.entityEvents(GCC.id, { limit: 100 }))!.items.find((x) => x.trigger === "أدان")!;
      assert.deepEqual([short.clipped, short.evidence_span], [false, short.sentence]);
    });
  });
}
