// One person written with the kunya in its three cases (أبو، أبي، أبا) is one entity when the kunya
// comes with two name words or more (entities/kunya-cases.ts); a bare "أبو X" is left alone, and
// two KB-linked persons are never joined. The tagger's span no longer keeps a preposition or و in
// front of the kunya (model-mentions.ts startReading: "بأبي سليم" → "أبي سليم").
// Names and sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { joinKunyaCases } from "../../src/entities/kunya-cases.ts";
import type { Group } from "../../src/entities/link-entities.ts";
import type { FoundMention } from "../../src/mentions/candidate.ts";
import { normalize } from "../../src/text/normalize.ts";
import { processArticle } from "../../src/pipeline/process.ts";

const mention = (text: string): FoundMention => ({ start: 0, end: text.length, text, type: "PERSON", kbId: null, via: "pattern", score: 0.5, key: normalize(text), candidates: [], tokens: { start: 0, end: 1 } }) as unknown as FoundMention;
const group = (id: string, names: string[], entry: Group["entry"] = null): Group => ({ id, type: "PERSON", entry, key: normalize(names[0]), mentions: names.map(mention) });
const run = (gs: Group[]) => { const m = new Map(gs.map((g) => [g.id, g])); joinKunyaCases(m); return [...m.values()].map((g) => g.mentions.map((x) => x.text).join("|")); };

test("أبي/أبو + the same two name words: one person", () => {
  assert.deepEqual(run([group("a", ["أبي سليم الحلبي"]), group("b", ["أبو سليم", "أبو سليم الحلبي"])]), ["أبي سليم الحلبي|أبو سليم|أبو سليم الحلبي"]);
});
test("أبا + the same name: one person", () => {
  assert.deepEqual(run([group("a", ["أبو سليم الحلبي"]), group("b", ["أبا سليم الحلبي"])]), ["أبو سليم الحلبي|أبا سليم الحلبي"]);
});
test("a bare kunya is many people's: not joined", () => {
  assert.equal(run([group("a", ["أبي سليم"]), group("b", ["أبو سليم"])]).length, 2);
});
test("another nisba is another person", () => {
  assert.equal(run([group("a", ["أبي سليم الحلبي"]), group("b", ["أبو سليم الحمصي"])]).length, 2);
});
test("two KB-linked persons stay two", () => {
  const e = { id: "x" } as unknown as Group["entry"];
  assert.equal(run([group("a", ["أبي سليم الحلبي"], e), group("b", ["أبو سليم الحلبي"], e)]).length, 2);
});

test("a preposition in front of a kunya stays out of the name; the cases make one entity", () => {
  const body = "وقال القائد المعروف أيضا بأبي سليم الحلبي إن المعركة طويلة.\nوتحدث الناس عن أبي سليم الحلبي كثيرا، وقال أبو سليم الحلبي إنه باق.";
  const doc = processArticle({ id: "t", source: { path: "t.txt", url: null } as never, kind: "text", body, title: null, published: null, encoding: "utf-8" });
  const ps = doc.entities.filter((e) => e.type === "PERSON").map((e) => e.mentions.map((m) => m.text));
  assert.ok(ps.some((ms) => ms.includes("أبي سليم الحلبي") && ms.includes("أبو سليم الحلبي")), JSON.stringify(ps));
  assert.ok(!ps.flat().some((t) => t.startsWith("بأبي")), JSON.stringify(ps));
});
