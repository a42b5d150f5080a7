// The trigger-fate tracer (eval/trigger-fates.ts over the hook in src/events/trigger-fates.ts):
// every fate the event stage decides is reported for its trigger, a kept trigger is reported as
// kept, the hook is unset after a run and the events are the same with it as without it.
// Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fateOfGold, label, tallyLabels, traceArticle, type Traced } from "../../eval/trigger-fates.ts";
import { fates, type TriggerFate } from "../../src/events/trigger-fates.ts";
import type { RawArticle } from "../../src/core/document.ts";
import { processArticle } from "../../src/pipeline/process.ts";

const raw = (body: string): RawArticle => ({ id: "t", source: { path: "t.txt" }, kind: "text", body, title: null, published: "2020-01-05", encoding: "utf-8" } as RawArticle);
const fatesOf = (body: string) => traceArticle(() => processArticle(raw(body))).traced;
const fateAt = (body: string, word: string) => fatesOf(body).find((t) => t.text === word)?.label;

const cases: [string, string, string, RegExp][] = [
  ["a verb with its doer and object", "قصفت الطائرات الإسرائيلية مواقع في غزة أمس.", "قصفت", /^kept$/],
  ["the organ's statement after its state's: one event", "أدانت السعودية الهجوم على السفارة، وأدانت وزارة الخارجية السعودية الهجوم.", "وأدانت", /^merged «أدانت»$/],
  ["a hedged act", "ربما تقصف إسرائيل غزة.", "تقصف", /^vetoed: veto$/],
  ["a guarded row whose guard fails", "وأرسلت الدولة مساعدات إلى اليمن.", "وأرسلت", /^vetoed: guard$/],
  ["a meeting named in a statement, no actor accepted", "وقال الوزير إن الاجتماع كان مثمرا.", "الاجتماع", /^turned down: role checks: no actor$/],
  ["a masdar with no actor read", "وناقش الطرفان مسألة الإغاثة الإنسانية.", "الإغاثة", /^turned down: no roles$/],
  ["a record refused", "وعاد السكان إلى منازلهم بعد سيطرة الجيش على المدينة.", "سيطرة", /^turned down: record$/],
  ["a row with no reading here", "وانتقد المتحدث ما وصفته الحكومة بالتجاوزات.", "وصفته", /^no reading$/],
  ["a bare masdar after the verb it names", "هاجمت القوات الروسية مدينة حلب. واستمر الهجوم الروسي على حلب ساعات.", "الهجوم", /^dropped: unsure$/],
  ["a clash with no side, in a story with no sides", "وقعت اشتباكات عنيفة في المدينة أمس.", "اشتباكات", /^dropped: context sides$/],
];

for (const [name, body, word, want] of cases) {
  test(`trigger fate: ${name}`, () => assert.match(fateAt(body, word) ?? "(no candidate)", want));
}

// each check of role-checks.ts that turns a candidate down is named in its fate (session 23)
const refusals: [string, string, string, string][] = [
  ["neither a source nor a target", "وقال الوزير إن الاجتماع كان مثمرا.", "الاجتماع", "no actor"],
  ["a plural event noun with no actor tied to it", "وتحدث التقرير عن هجمات متكررة في الشمال.", "هجمات", "plural noun, loose actor"],
  ["a meeting with its partner but not its doer", "والتقى بالرئيس الفرنسي في باريس أمس.", "والتقى", "no source"],
  ["a threat by unnamed gunmen to unnamed people", "وهدد مسلحون مجهولون سكان القرية.", "وهدد", "no entity actor"],
  ["a criticism by unnamed activists", "وانتقد ناشطون القرار الجديد.", "وانتقد", "no entity actor"],
  ["an arrival at no place of another state", "ووصل الوزير الفرنسي إلى القاعة الكبرى صباحا.", "ووصل", "arrival without a place"],
];
for (const [name, body, word, check] of refusals) {
  test(`trigger fate names the role check: ${name}`, () => assert.equal(fateAt(body, word), `turned down: role checks: ${check}`));
}

test("every candidate has one fate, the hook is unset after a run, and the events do not change", () => {
  const body = "أدانت السعودية الهجوم على السفارة، وأدانت وزارة الخارجية السعودية الهجوم. وقال الوزير إن الاجتماع كان مثمرا.";
  const { doc, traced } = traceArticle(() => processArticle(raw(body)));
  assert.equal(fates.sink, null);
  assert.equal(new Set(traced.map((t) => t.start)).size, traced.length);
  assert.deepEqual(JSON.stringify(doc.events), JSON.stringify(processArticle(raw(body)).events));
});

test("labels: a retelling names the event it retells, a retyped record both types", () => {
  const m = { start: 0, end: 1, values: [] } as unknown as TriggerFate["m"];
  const f = (x: Partial<TriggerFate>): TriggerFate => ({ doc: null as never, m, type: "ASSAULT", fate: "kept", ...x });
  assert.equal(label(f({ fate: "retold" })), "retold");
  assert.equal(label(f({ fate: "kept", outType: "THREATEN" })), "kept, retyped ASSAULT→THREATEN");
  assert.equal(label(f({ fate: "kept", outType: "ASSAULT" })), "kept");
  assert.equal(label(f({ fate: "turned down", why: "no roles" })), "turned down: no roles");
});

test("a missed gold event takes the fate of the candidate at its trigger, not of another in its snippet", () => {
  const text = "ووقّع الطرفان اتفاقا للتعاون في مجال الطاقة.";
  const at = (w: string, label: string, type: string): Traced => { const i = text.indexOf(w); return { start: i, end: i + w.length, text: w, type, label }; };
  const traced = [at("اتفاقا", "turned down: no roles", "AGREE"), at("للتعاون", "kept", "COOPERATE")];
  // the trigger folded as the scorer folds it (marks dropped)
  assert.equal(fateOfGold(text, { type: "AGREE", contains: "ووقع الطرفان اتفاقا", trigger: "اتفاقا" }, traced).label, "turned down: no roles");
  assert.equal(fateOfGold(text, { type: "AGREE", contains: "ووقع الطرفان", trigger: "ووقع" }, traced).label, "no candidate (not in the lexicon)");
  assert.equal(fateOfGold(text, { type: "COOPERATE", contains: "للتعاون في مجال", trigger: "تعاون" }, traced).label, "kept");
  assert.equal(fateOfGold(text, { type: "AGREE", contains: "للتعاون في مجال", trigger: "تعاون" }, traced).label, "kept as COOPERATE");
  assert.equal(fateOfGold(text, { type: "AGREE", contains: "جملة أخرى" }, traced).label, "snippet not found");
});

test("tally: largest first", () => {
  assert.equal(tallyLabels(["kept", "vetoed: guard", "kept"]), "    2  kept\n    1  vetoed: guard");
});
