// A settlement's name after its cue may end in ة، ات، ين (mentions/settlement-names.ts): "قرية
// المريطبة", "ناحية الدويلية"; a feminine adjective or an ordinary noun after the cue is no name
// ("قرية صغيرة", "قضاء الإجازة"); an indefinite name is taken when the document writes it alone too.
// Rules alone (no tagger). Names and sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const places = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, { ...defaultResources(), model: undefined }).filter((m) => m.type === "GPE").map((m) => m.text);

test("a settlement's name in ة or ات after its cue", () => {
  const cases: [string, string[], string[]][] = [
    ["سقطت قذيفة على قرية المريطبة صباح اليوم.", ["قرية المريطبة"], []],
    ["وانتشر المسلحون في حي العويرضات ليلا.", ["حي العويرضات"], []],
    ["وتقدمت القوات نحو ناحية الدويلية بعد القصف.", ["ناحية الدويلية"], []],
    ["وانتفضت ناحية عويسلة على المسلحين، ودعا النائب إلى دعم عشائر عويسلة.", ["ناحية عويسلة"], []],
    ["ونزح الأهالي إلى قرية صغيرة في الجبل.", [], ["قرية صغيرة"]],
    ["وقرر الموظف قضاء الإجازة مع أسرته.", [], ["قضاء الإجازة"]],
    ["وتقدمت القوات نحو ناحية هادئة في الشمال.", [], ["ناحية هادئة"]],
  ];
  for (const [text, want, not] of cases) {
    const got = places(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("a foreign settlement's name of several words after its cue", () => {
  const cases: [string, string[], string[]][] = [
    ["وهاجم المسلحون قرية زوكاتا بامبيري فجر اليوم.", ["قرية زوكاتا بامبيري"], ["قرية زوكاتا"]],
    ["وضربت العاصفة مقاطعة كوانغ ساماي الساحلية.", ["مقاطعة كوانغ ساماي"], []],
    ["وحاصرت القوات بلدة زوريبا تتعرض للقصف.", ["بلدة زوريبا"], ["بلدة زوريبا تتعرض"]],
  ];
  for (const [text, want, not] of cases) {
    const got = places(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});

test("a foreign settlement's name stops before a clitic's phrase or an accusative", () => {
  const cases: [string, string[], string[]][] = [
    ["وقتل ثلاثة في مقاطعة زانغوري بولاية الشمال.", ["مقاطعة زانغوري"], ["مقاطعة زانغوري بولاية"]],
    ["وتلقى الدفاع المدني في محافظة زوريبا بلاغا عن حريق.", ["محافظة زوريبا"], ["محافظة زوريبا بلاغا"]],
  ];
  for (const [text, want, not] of cases) {
    const got = places(text);
    for (const w of want) assert.ok(got.includes(w), `${text}: wants ${w}, got ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: must not have ${n}, got ${JSON.stringify(got)}`);
  }
});
