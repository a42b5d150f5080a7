// Linking on sentences written for these tests: one entity per referent, stable ids across
// documents, homonyms chosen by context, coordinates for places.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../mentions/fixture.ts";
import { transliterate } from "../../src/entities/transliterate.ts";

const entity = (text: string, name: string) => run(text).entities.find((e) => e.mentions.some((m) => m.text === name));

test("entities: a surname after the full name is the same person", () => {
  const doc = run("قال ماركو مسعد إن الحرب طويلة، وأضاف مسعد أن روسيا تخسر.");
  const p = doc.entities.filter((e) => e.type === "PERSON");
  assert.equal(p.length, 1);
  assert.deepEqual(p[0].mentions.map((m) => m.text), ["ماركو مسعد", "مسعد"]);
});

test("entities: a family name with ال after the full name joins it", () => {
  const doc = run("وأكد محمد فتحي الشريف أن الأزمة ستطول، وتابع الشريف حديثه.");
  const p = doc.entities.filter((e) => e.type === "PERSON");
  assert.deepEqual(p.map((e) => e.mentions.map((m) => m.text)), [["محمد فتحي الشريف", "الشريف"]]);
});

test("entities: KB aliases and the nationality adjective group under the KB id", () => {
  const doc = run("زار فلاديمير بوتين القاهرة، وقال بوتين إن روسيا والجيش الروسي مستعدان.");
  const putin = doc.entities.find((e) => e.id === "wd:Q7747")!;
  assert.deepEqual(putin.mentions.map((m) => m.text), ["فلاديمير بوتين", "بوتين"]);
  assert.equal(putin.name, "فلاديمير بوتين");
  assert.equal(putin.name_en, "Vladimir Putin");
  const russia = doc.entities.find((e) => e.id === "wd:Q159")!;
  assert.deepEqual(russia.geo, { lat: 61.5, lon: 105.3, country: "RU" });
});

test("entities: a shortened organization joins the full one", () => {
  const doc = run("أعلنت وزارة الدفاع العراقية تقدم قواتها، وقالت وزارة الدفاع إن المعارك مستمرة.");
  const orgs = doc.entities.filter((e) => e.type === "ORG");
  assert.equal(orgs.length, 1);
  assert.deepEqual(orgs[0].mentions.map((m) => m.text), ["وزارة الدفاع العراقية", "وزارة الدفاع"]);
});

test("entities: an unknown person gets the same id in two documents", () => {
  const a = entity("وكتب ماركو مسعد تحليلا مطولا.", "ماركو مسعد")!;
  const b = entity("في المقابل رأى ماركو مسعد أن الحل بعيد.", "ماركو مسعد")!;
  assert.match(a.id, /^rasid:[a-z0-9-]+$/);
  assert.equal(a.id, b.id);
  assert.equal(a.name_en, transliterate("ماركو مسعد"));
});

const homonyms: [string, string, string][] = [
  ["Amman when Jordan is named", "وصل الوفد إلى عمان عاصمة الأردن.", "gn:250441"],
  ["Oman without Jordan", "وصل الوفد إلى عمان في زيارة رسمية.", "wd:Q842"],
];
for (const [name, text, id] of homonyms) {
  test(`entities: homonym — ${name}`, () => assert.equal(entity(text, "عمان")?.id, id));
}

test("entities: an unknown facility takes the place named inside it or the document's place", () => {
  const doc = run("استهدف هجوم جامعة الموصل شمال العراق.");
  const u = doc.entities.find((e) => e.name === "جامعة الموصل");
  assert.ok(u, "the university is found");
});

const translit: [string, string][] = [
  ["ماركو مسعد", "Marku Mas'd"],
  ["محمد فتحي الشريف", "Mahmd Fathi al-Sharif"],
  ["وكالة فرات للأنباء", "Wakala Farat lil-Anba"],
];
for (const [ar, en] of translit) test(`entities: transliterate ${ar}`, () => assert.equal(transliterate(ar), en));
