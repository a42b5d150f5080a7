// A pair noun says what the two are ("وأكد البلدان": two countries; "الوزيران": two persons), and it is
// the verb's subject, so an object content opens after it ("وأكد الطرفان أهمية …") and a name after it is
// the object ("وأكد الجانبان دعم X"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "g:north", type: "GPE" as const, forms: ["المملكة الشمالية الساحلية", "الشمال"] },
  { id: "g:south", type: "GPE" as const, forms: ["الجمهورية الجنوبية", "الجنوب"] },
  { id: "g:east", type: "GPE" as const, forms: ["مصر"] },
  { id: "p:karim", type: "PERSON" as const, forms: ["الملك كريم سالم"] },
  { id: "p:hadi", type: "PERSON" as const, forms: ["الرئيس هادي منصور"] },
  { id: "o:union", type: "ORG" as const, forms: ["اتحاد المزارعين"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
];

// [what the rule is, text, the cue, a snippet of the content, the speakers of the quotes holding it, the content must not hold]
const CASES: [string, string, string, string, string[], string?][] = [
  ["البلدان: the two countries named before, not the two leaders named since",
    "اتفقت المملكة الشمالية الساحلية، والجمهورية الجنوبية، على فتح المعابر. واستقبل الملك كريم سالم والرئيس هادي منصور الوفود في القصر. وأكد البلدان أهمية التعاون في مكافحة تهريب الوقود.",
    "وأكد", "أهمية التعاون", ["g:north", "g:south"], "البلدان"],
  ["الجانبان after the countries spoke: the same two go on",
    "اتفقت المملكة الشمالية الساحلية، والجمهورية الجنوبية، على فتح المعابر. واستقبل الملك كريم سالم والرئيس هادي منصور الوفود في القصر. وأكد البلدان أهمية التعاون في مكافحة التهريب. وشدد الجانبان على أن أمن الحدود مسؤولية مشتركة.",
    "وشدد", "أمن الحدود", ["g:north", "g:south"]],
  ["الوزيران: two persons, not the two countries named since",
    "وصل الملك كريم سالم والرئيس هادي منصور إلى المؤتمر. وتحدث الشمال والجنوب عن الحدود. وأكد الوزيران أن المحادثات ستستأنف الشهر المقبل.",
    "وأكد", "المحادثات ستستأنف", ["p:karim", "p:hadi"]],
  ["a pair noun with an object and no complementizer: the content opens after the noun",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. وأكد الطرفان أهمية خفض أسعار البذور قبل الموسم.",
    "وأكد", "أهمية خفض", ["o:union", "o:ministry"], "الطرفان"],
  ["a name after the pair noun is the object, not the subject",
    "التقى اتحاد المزارعين ووزارة الزراعة أمس في العاصمة. وأكد الجانبان دعم مصر لخطة الري الجديدة في الدلتا.",
    "وأكد", "دعم مصر", ["o:union", "o:ministry"], "الجانبان"],
  ["no pair of countries named: البلدان takes no pair of persons (as a verb with no subject, the sentence's first actor)",
    "وصل الملك كريم سالم والرئيس هادي منصور إلى المؤتمر أمس. وأكد البلدان أهمية التعاون في مكافحة التهريب عبر الحدود.",
    "وأكد", "أهمية التعاون", ["p:karim"]],
];

for (const [rule, text, cue, snippet, speakers, not] of CASES) {
  test(`pair kind: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS)).filter((x) => x.cue === cue && x.text.includes(snippet));
    assert.deepEqual(qs.map((q) => q.speaker), speakers, JSON.stringify(qs.map((q) => [q.speaker, q.text])));
    if (not) for (const q of qs) assert.ok(!q.text.includes(not), q.text);
  });
}
