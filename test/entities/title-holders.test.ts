// A title phrase stands for the one person the document names with it (session 22, enttitle26:
// entities/title-holders.ts, former_qualifier and shared_title in ner-cues.tsv). Shipped KB and
// tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";

function entities(text: string) {
  const tokens = analyze(text).tokens;
  const mentions = findMentions({ text, tokens });
  return linkEntities({ text, tokens, mentions });
}
/** The mentions of the person whose name holds `name`. */
function personMentions(text: string, name: string): string[] {
  const e = entities(text).find((x) => x.type === "PERSON" && x.mentions.some((m) => m.text.includes(name)));
  assert.ok(e, `a person named ${name}`); // (else a test of no link would pass on nothing)
  return e.mentions.map((m) => m.text);
}
const titled = (text: string, name: string, title: string) => personMentions(text, name).filter((m) => m === title).length;

test("a title phrase introduced with a name right after it stands for that person elsewhere", () => {
  const text = "استقبل رئيس الحكومة التركية سليم يلماز وفدا تجاريا كبيرا. وأكد رئيس الحكومة التركية أن العلاقات متينة.";
  assert.equal(titled(text, "يلماز", "رئيس الحكومة التركية"), 1);
  const nisba = "وصل وزير الدفاع الأميركي مارك هارت إلى العاصمة صباح اليوم. وناقش وزير الدفاع الأميركي خطط التدريب مع القادة.";
  assert.equal(titled(nisba, "هارت", "وزير الدفاع الأميركي"), 1);
  // the phrase before the introduction (a headline) is the same person
  const head = "وزير الخارجية المصري يزور العاصمة الأردنية\nوصل وزير الخارجية المصري نبيل الشافعي إلى عمان مساء أمس.";
  assert.equal(titled(head, "الشافعي", "وزير الخارجية المصري"), 1);
});

test("a name right before the phrase past a comma introduces it too; the entity keeps its name", () => {
  const text = "قال نبيل الشافعي، وزير الخارجية المصري، إن المحادثات كانت مثمرة. وغادر وزير الخارجية المصري مساء الخميس.";
  assert.equal(titled(text, "الشافعي", "وزير الخارجية المصري"), 1);
  const e = entities(text).find((x) => x.type === "PERSON" && x.mentions.some((m) => m.text.includes("الشافعي")));
  assert.ok(e && e.name.includes("الشافعي"));
});

test("no link for a former holder, another country's office, an indefinite or shared title", () => {
  const former = "التقى الرئيس الأميركي مارك هارت بالصحفيين في البيت الأبيض. وكان الرئيس الأميركي السابق قد انتقد هذه السياسة.";
  assert.equal(titled(former, "هارت", "الرئيس الأميركي"), 0);
  const other = "وصل وزير الخارجية الأميركي مارك هارت إلى فيينا. ورد وزير الخارجية الإيراني على الاقتراح بحذر.";
  assert.equal(personMentions(other, "هارت").filter((m) => m.startsWith("وزير")).length, 0);
  const indefinite = "قال الرئيس الأميركي مارك هارت إن الاتفاق تاريخي. ويعد أول رئيس أميركي يزور البلاد منذ عقود.";
  assert.equal(personMentions(indefinite, "هارت").filter((m) => m.includes("رئيس")).length, 0);
  const shared = "قال عضو حزب الوفد سامي حداد إن القائمة جاهزة. وأضاف عضو حزب الوفد أن الانتخابات قريبة.";
  assert.equal(personMentions(shared, "حداد").filter((m) => m.startsWith("عضو")).length, 0);
});

test("no link when two people hold the phrase in the document, or after a conjunct title", () => {
  const two = "التقى الرئيس المصري حسن الشافعي بالوفد. وكان الرئيس المصري محمد مرسي قد زار الصين. وقال الرئيس المصري إن الزيارة مهمة.";
  assert.equal(titled(two, "الشافعي", "الرئيس المصري") + titled(two, "مرسي", "الرئيس المصري"), 0);
  const conjunct = "وحضر الاجتماع رئيس المفوضية الأوروبية بيتر هولم، ورئيس وزراء لوكسمبورغ الجديد. وأكد رئيس وزراء لوكسمبورغ أن النتائج ستحترم.";
  assert.equal(personMentions(conjunct, "هولم").filter((m) => m.includes("لوكسمبورغ")).length, 0);
});
