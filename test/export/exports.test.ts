// Every export format, produced from a fresh database of the fixture articles and read back
// with a parser: CSV round-trips through an RFC 4180 parser written here, GeoJSON parses with
// coordinates in range, STIX objects carry their required properties and valid ids, GraphML is
// well-formed XML whose data keys are all declared, PLOVER records use PLOVER's fields.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DOMParser } from "linkedom";
import { PLOVER_TYPES, type ContractDocument } from "../../src/core/contract.ts";
import { classifier } from "../../src/export/actor-kinds.ts";
import { CSV_COLUMNS, csvLine, exportCsv } from "../../src/export/csv.ts";
import { exportGeojson } from "../../src/export/geojson.ts";
import { exportGraphml } from "../../src/export/graphml.ts";
import { exportJsonl } from "../../src/export/jsonl.ts";
import { exportPlover } from "../../src/export/plover.ts";
import { collect } from "../../src/export/sink.ts";
import { exportStix } from "../../src/export/stix.ts";
import { uuid5 } from "../../src/export/uuid5.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { article, DOCS } from "../store/fixtures.ts";

/** RFC 4180: fields separated by commas, quoted fields may hold commas, CR/LF and doubled quotes. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === "") { quoted = true; i++; continue; }
    if (c === ",") { row.push(cell); cell = ""; i++; continue; }
    if (c === "\r" && s[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i += 2; continue; }
    cell += c; i++;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// An article whose evidence sentence holds ASCII commas and quotes, to exercise CSV quoting.
const TRICKY: ContractDocument = article({
  title: "بيان \"المرصد\" عن قصف حلب",
  paragraphs: ['قال المرصد إن الطيران قصف حي "الشعار", وحي "الصاخور" في حلب, وقتل 5 مدنيين.'],
  published: "2015-07-24", url: null, path: "corpus/d/tricky.txt",
  entities: [{ id: "gn:170063", type: "GPE", name: "حلب", name_en: "Aleppo", forms: ["حلب"], geo: { lat: 36.2021, lon: 37.1343, country: "SY" } }],
  events: [{ type: "ASSAULT", location: "gn:170063", trigger: "قصف", sentence: 'قال المرصد إن الطيران قصف حي "الشعار", وحي "الصاخور" في حلب, وقتل 5 مدنيين.', fatalities: 5, mode: "violence" }],
});
const ALL = [...DOCS, TRICKY];
const EVENTS = ALL.reduce((n, d) => n + d.events.length, 0);

let store: Store;
let dir: string;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-export-"));
  store = await openStore(path.join(dir, "x.db"));
  await store.putBatch(ALL);
});
after(async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); });

async function run(fn: (s: Store, out: ReturnType<typeof collect>["sink"]) => Promise<unknown>): Promise<string> {
  const c = collect();
  await fn(store, c.sink);
  return c.text();
}

describe("export jsonl", () => {
  it("writes every stored document, one JSON object per line, as extracted", async () => {
    const lines = (await run(exportJsonl)).trimEnd().split("\n");
    const back = lines.map((l) => JSON.parse(l) as ContractDocument).sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(back, [...ALL].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});

describe("export csv", () => {
  it("quotes cells so that they round-trip through an RFC 4180 parser", () => {
    const cells = ["بسيط", "فيه, فاصلة", 'فيه "اقتباس"', "سطر\nجديد", " مسافة", "", "12.5"];
    assert.deepEqual(parseCsv(csvLine(cells)), [cells]);
  });

  it("one row per event with ACLED-like columns", async () => {
    const rows = parseCsv(await run(exportCsv));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + EVENTS);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const aleppo = rows.find((r) => r[col("location")] === "حلب")!;
    assert.equal(aleppo[col("notes")], TRICKY.text.slice(TRICKY.events[0].sentence.start, TRICKY.events[0].sentence.end));
    assert.deepEqual([aleppo[col("event_date")], aleppo[col("year")], aleppo[col("country")], aleppo[col("iso")], aleppo[col("fatalities")]], ["2015-07-24", "2015", "Syria", "SY", "5"]);
    assert.match(aleppo[col("event_id_cnty")], /^SY-[0-9a-f]{16}-0$/);
    const ids = rows.slice(1).map((r) => r[col("event_id_cnty")]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it("starts with a UTF-8 byte-order mark when asked (Excel)", async () => {
    assert.equal((await run((s, o) => exportCsv(s, o, { bom: true }))).charCodeAt(0), 0xfeff);
    assert.notEqual((await run(exportCsv)).charCodeAt(0), 0xfeff);
  });
});

describe("export geojson", () => {
  it("is a FeatureCollection of Points with coordinates in range: located events and places", async () => {
    const fc = JSON.parse(await run(exportGeojson));
    assert.equal(fc.type, "FeatureCollection");
    for (const f of fc.features) {
      assert.equal(f.type, "Feature");
      assert.equal(f.geometry.type, "Point");
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, JSON.stringify(f.geometry));
    }
    const kinds = fc.features.map((f: { properties: { kind: string } }) => f.properties.kind);
    assert.equal(kinds.filter((k: string) => k === "event").length, 5);
    assert.equal(kinds.filter((k: string) => k === "place").length, 8);
    const sanaa = fc.features.find((f: { id: string }) => f.id === "place-gn:71137");
    assert.deepEqual(sanaa.geometry.coordinates, [44.2066, 15.3547]);
  });
});

describe("export plover", () => {
  it("one PLOVER record per event with PLOVER's field names", async () => {
    const recs = (await run(exportPlover)).trimEnd().split("\n").map((l) => JSON.parse(l));
    assert.equal(recs.length, EVENTS);
    for (const r of recs) {
      for (const k of ["id", "date", "source", "recipient", "event", "event_text", "quad_code", "text", "cite_info"]) assert.ok(k in r, k);
      assert.ok((PLOVER_TYPES as readonly string[]).includes(r.event));
      assert.ok([1, 2, 3, 4].includes(r.quad_code));
      assert.ok(Array.isArray(r.source) && Array.isArray(r.recipient));
    }
    const consult = recs.find((r) => r.event === "CONSULT");
    assert.deepEqual([consult.source[0].identifier_id, consult.recipient[0].identifier_id, consult.quad_code, consult.event_loc.geonameid], ["wd:Q79", "wd:Q851", 1, 360630]);
  });
});

describe("export stix", () => {
  const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
  const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
  const now = new Date("2025-01-02T03:04:05.000Z");
  const stix = (s: Store, o: ReturnType<typeof collect>["sink"]) => exportStix(s, o, { now, classify: classifier(new Set(["wd:Q2429253"])) });

  it("a bundle whose objects have the required properties and valid ids", async () => {
    const bundle = JSON.parse(await run(stix));
    assert.equal(bundle.type, "bundle");
    assert.match(bundle.id, new RegExp(`^bundle--${UUID}$`));
    const ids = new Set<string>();
    for (const o of bundle.objects) {
      assert.match(o.id, new RegExp(`^${o.type}--${UUID}$`));
      assert.ok(!ids.has(o.id), `duplicate ${o.id}`);
      ids.add(o.id);
      assert.equal(o.spec_version, "2.1");
      assert.match(o.created, TS);
      assert.match(o.modified, TS);
    }
    const required: Record<string, string[]> = {
      identity: ["name", "identity_class"], "threat-actor": ["name"], location: [],
      relationship: ["relationship_type", "source_ref", "target_ref"], report: ["name", "published", "object_refs"],
    };
    for (const o of bundle.objects) {
      assert.ok(o.type in required, o.type);
      for (const k of required[o.type]) assert.ok(o[k] !== undefined && o[k] !== null, `${o.type}.${k}`);
      if (o.type === "location") {
        assert.ok(o.country || (o.latitude >= -90 && o.latitude <= 90 && o.longitude >= -180 && o.longitude <= 180));
      }
      if (o.type === "relationship") {
        assert.match(o.relationship_type, /^[a-z0-9-]+$/);
        assert.ok(ids.has(o.source_ref) && ids.has(o.target_ref));
      }
      if (o.type === "report") {
        assert.ok(o.object_refs.length > 0);
        for (const r of o.object_refs) assert.ok(ids.has(r), r);
        assert.match(o.published, TS);
      }
    }
    const count = (t: string) => bundle.objects.filter((o: { type: string }) => o.type === t).length;
    assert.deepEqual([count("report"), count("threat-actor"), count("relationship"), count("location")], [7, 1, 5, 8]);
  });

  it("ids are deterministic: the same entity is one object across documents and runs", async () => {
    assert.equal(await run(stix), await run(stix));
    const bundle = JSON.parse(await run(stix));
    assert.equal(bundle.objects.filter((o: { name?: string }) => o.name === "التحالف العربي").length, 1);
  });

  it("uuid5 matches the RFC 4122 example (python uuid.uuid5(NAMESPACE_DNS, 'python.org'))", () => {
    assert.equal(uuid5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });
});

describe("export graphml", () => {
  it("is well-formed XML with declared keys; edges join declared nodes", async () => {
    const xml = await run(exportGraphml);
    assertBalanced(xml);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const keys = new Set([...doc.querySelectorAll("key")].map((k) => k.getAttribute("id")));
    assert.ok(keys.has("label") && keys.has("weight"));
    for (const d of doc.querySelectorAll("data")) assert.ok(keys.has(d.getAttribute("key")), d.getAttribute("key") ?? "");
    const nodes = new Set([...doc.querySelectorAll("node")].map((n) => n.getAttribute("id")));
    assert.equal(nodes.size, 18);
    const edges = [...doc.querySelectorAll("edge")];
    assert.ok(edges.length > 0);
    for (const e of edges) assert.ok(nodes.has(e.getAttribute("source")) && nodes.has(e.getAttribute("target")));
    const threat = edges.find((e) => e.getAttribute("source") === "wd:Q39803" && e.getAttribute("target") === "wd:Q2429253");
    assert.equal(threat?.querySelector('data[key="types"]')?.textContent, "THREATEN:1");
  });
});

/** Every start tag closed in order, attributes quoted, no stray '<' or '&' (what a strict XML parser checks first). */
function assertBalanced(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/g)) {
    if (!m[2]) assert.fail(`stray ${m[0]} at ${m.index}`);
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> at ${m.index}`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.deepEqual(stack, []);
}
