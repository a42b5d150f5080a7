// A generic name with one id in data/kb/context-names.tsv ("المقاومة": Yemen's popular resistance,
// "حركة التغيير": Gorran) names it only in a document about its country; elsewhere it names nothing.
// Forms with several ids pick the document's country's ("الجيش الوطني", "الجماعة الإسلامية").
// Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

const cases: [string, string, string | null][] = [
  ["وسيطرت المقاومة على مواقع جديدة في تعز بعد معارك في عدن ولحج جنوب اليمن.", "المقاومة", "rasid:yemen-popular-resistance"],
  ["وأبدى السكان في مدينة ليون الفرنسية بعض المقاومة للقرار الجديد في فرنسا.", "المقاومة", null],
  ["وأعلنت حركة التغيير في السليمانية موقفها من أزمة رئاسة الإقليم في العراق.", "حركة التغيير", "rasid:gorran"],
  ["وأعلنت حركة التغيير في كراكاس موقفها من الانتخابات في فنزويلا.", "حركة التغيير", null],
  ["وتقدم الجيش الوطني نحو مأرب بعد معارك في صنعاء وتعز في اليمن.", "الجيش الوطني", "rasid:ye-army"],
  ["وقصف الجيش الوطني مواقع في بنغازي ودرنة شرق ليبيا.", "الجيش الوطني", "rasid:lna"],
  ["وشاركت الجماعة الإسلامية في اجتماع الأحزاب في أربيل والسليمانية في العراق.", "الجماعة الإسلامية", "rasid:kurdistan-islamic-group"],
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => assert.equal(idOf(text, surface), id));
}
