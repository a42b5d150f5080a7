// A region of several countries is the part in the country the document names most
// (src/entities/region-parts.ts, data/kb/region-parts.tsv); a place named inside an unknown
// facility's name is the one of that name the document's countries support (link-entities.ts
// innerPlace). Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";
import { regionPart, regionParts, type RegionParts } from "../../src/entities/region-parts.ts";

const table: RegionParts = new Map([
  ["r:plain", [{ country: "YE", lat: 15, lon: 43.2 }, { country: "SA", lat: 18, lon: 42 }]],
]);

const cases: { name: string; counts: [string, number][]; want: string | undefined }[] = [
  { name: "the document names only Yemen", counts: [["YE", 3]], want: "YE" },
  { name: "Saudi Arabia named more than Yemen", counts: [["YE", 1], ["SA", 4]], want: "SA" },
  { name: "a tie goes to the first row", counts: [["SA", 2], ["YE", 2]], want: "YE" },
  { name: "none of the region's countries named", counts: [["EG", 5]], want: undefined },
];
for (const c of cases) {
  test(`region part: ${c.name}`, () => {
    assert.equal(regionPart("r:plain", new Map(c.counts), table)?.country, c.want);
  });
}

test("a region without parts has none", () => {
  assert.equal(regionPart("r:other", new Map([["YE", 3]]), table), undefined);
});

test("the shipped table: every part has a country code and a point", () => {
  const parts = regionParts();
  assert.ok(parts.size > 0);
  for (const [id, ps] of parts) for (const p of ps) {
    assert.match(p.country, /^[A-Z]{2}$/, id);
    assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, id);
  }
});

function geoOf(text: string, name: string) {
  const tokens = analyze(text).tokens;
  const doc = { text, tokens, mentions: findMentions({ text, tokens }) };
  const es = linkEntities(doc);
  const e = es.find((x) => x.mentions.some((m) => m.text === name));
  assert.ok(e, `${name} not found in ${JSON.stringify(es.map((x) => x.name))}`);
  return e.geo;
}

const docs: { name: string; text: string; mention: string; country: string | null }[] = [
  { name: "Tihama in a story about Yemen", text: "قال مسؤول يمني في الحديدة إن اليمن يستعد لحملة إغاثة في تهامة الأسبوع المقبل، وإن صنعاء وعدت بالدعم.", mention: "تهامة", country: "YE" },
  { name: "Tihama in a story about Saudi Arabia", text: "افتتح أمير جازان مشروعا زراعيا في تهامة، وقالت السعودية إن المشروع يخدم جازان وصبيا.", mention: "تهامة", country: "SA" },
  { name: "the strait in a story naming no country of it", text: "عبرت ناقلة نفط مضيق باب المندب أمس متجهة إلى السويس في مصر.", mention: "مضيق باب المندب", country: null },
];
for (const c of docs) {
  test(`region in context: ${c.name}`, () => {
    assert.equal(geoOf(c.text, c.mention)?.country ?? null, c.country);
  });
}

test("a port named after a town takes the town the document's country holds", () => {
  const ye = geoOf("وصلت سفينة مساعدات إلى ميناء البريقة النفطي في عدن، وقال مسؤول يمني إن اليمن ينتظر المزيد.", "ميناء البريقة النفطي");
  assert.equal(ye?.country, "YE");
  const ly = geoOf("قال مسؤول ليبي إن ميناء البريقة النفطي استأنف التصدير، وإن ليبيا تأمل زيادة الإنتاج.", "ميناء البريقة النفطي");
  assert.equal(ly?.country, "LY");
});
