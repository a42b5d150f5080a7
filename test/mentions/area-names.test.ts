// Places the KB cannot know after an area word (منطقة، مدينة), a quoted name after a settlement
// cue, and the conjuncts after a plural place word (src/mentions/area-names.ts). Fixtures written
// for the project; names invented or common.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

// (the tagger's own guesses are not this pattern's: only the mentions it made, role "area")
const gpes = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).filter((m) => m.type === "GPE" && m.role === "area").map((m) => m.text);

test("an area word and a word in no dictionary is a place", () => {
  const cases: [string, string[]][] = [
    ["تقدمت القوات في منطقة المرقاب بعد معارك عنيفة.", ["منطقة المرقاب"]],
    ["فر السكان من منطقة قمراح إلى الجبال.", ["منطقة قمراح"]],
    ["دارت الاشتباكات في منطقة سلاسي باكوران منذ الصباح.", ["منطقة سلاسي باكوران"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(gpes(text), want, text);
});

test("a dictionary word after an area word is a place only when placed", () => {
  const cases: [string, string[]][] = [
    ["سيطر المقاتلون على منطقة الحديد شمال المدينة.", ["منطقة الحديد"]],
    ["سجل المهاجم هدفا من داخل منطقة الجزاء في الدقيقة الأخيرة.", []],
    ["يعمل الدواء في منطقة الدماغ المسؤولة عن الذاكرة.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(gpes(text), want, text);
});

test("an adjective, a verb or a comparative after an area word is no place", () => {
  const cases = [
    "أقامت الحكومة منطقة عازلة على الحدود الشمالية.",
    "اعتقل الرجلان في مدينة صغيرة قرب العاصمة.",
    "هي منطقة يسيطر عليها المسلحون منذ عامين.",
    "لجأ آلاف إلى منطقة أقصى شمال البلاد.",
    "شهدت أحياء كثيرة من العاصمة مظاهرات واسعة.",
    "دمر القصف أحياء بأكملها في المدينة القديمة.",
    "نقل الجرحى من منطقة الاشتباكات إلى المستشفى.",
    "ارتفع التضخم في منطقة اليورو خلال الشهر الماضي.",
  ];
  for (const text of cases) assert.deepEqual(gpes(text), [], text);
});

test("a word with an adjective's ending is a place when the document writes it as a name elsewhere", () => {
  assert.deepEqual(gpes("تقدمت القوات نحو منطقة الزبيرة فجرا. وقال السكان إن القصف طال منطقة حمدونة. ووصلت التعزيزات إلى حمدونة مساء."), ["منطقة الزبيرة", "منطقة حمدونة"]);
  assert.deepEqual(gpes("تقدمت القوات نحو منطقة حمدونة فجرا."), []);
});

test("a city is named without its area word", () => {
  assert.deepEqual(gpes("نزح السكان إلى مدينة دحماس المجاورة للحدود."), ["دحماس"]);
});

test("a quoted name after a settlement or area cue is a place, without the cue", () => {
  assert.deepEqual(gpes("استعاد المقاتلون قرية «الشعبانية» بعد يومين من القتال."), ["الشعبانية"]);
  assert.deepEqual(gpes("دارت اشتباكات في منطقة \"الحمدين\" ليلا."), ["الحمدين"]);
});

test("a plural or dual place word heads a list of places", () => {
  assert.deepEqual(gpes("هاجم المسلحون قرى المرقاب والقرنفيل والشعبانية ليلا."), ["قرى المرقاب", "القرنفيل", "الشعبانية"]);
  assert.deepEqual(gpes("سقطت القذائف على بلدتي المرقاب والقرنفيل أمس."), ["بلدتي المرقاب", "القرنفيل"]);
});

test("a verb's masdar written with hamza is no plural place word", () => {
  assert.deepEqual(gpes("دعا الوزير إلى إحياء المرقاب الشعبية في القرى."), []);
});

test("after مديرية any name but a public service's is a district", () => {
  assert.deepEqual(gpes("قصفت الطائرات مواقع في مديرية سحار أمس."), ["مديرية سحار"]);
  assert.deepEqual(gpes("أعلنت مديرية الأمن العام القبض على المتهم."), []);
});

test("the dual منطقتي opens a list; a known place first does not end it; a comma conjunct needs the list to go on (place19)", () => {
  const cases: [string, string[]][] = [
    ["ودخلت القوات منطقتي البوخليل والبوعساف، مضيفا أن العملية مستمرة.", ["منطقتي البوخليل", "البوعساف"]],
    ["وقصفت المدفعية مدن الموصل والبوعساف أمس.", ["البوعساف"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(gpes(text), want, text);
});

test("a list's first place of two words is one name when a conjunct follows it (place20)", () => {
  const cases: [string, string[]][] = [
    // a first word the KB begins other names with
    ["قصفت الطائرات بلدات عين المرقاب والقرنفيل والشعبانية فجر اليوم.", ["بلدات عين المرقاب", "القرنفيل", "الشعبانية"]],
    // a foreign name of two words
    ["سيطر المسلحون على بلدتي سلاسي باكوران والقرنفيل أمس.", ["بلدتي سلاسي باكوران", "القرنفيل"]],
    // a landform's head opens the name
    ["قصفت المدافع أحياء حوض المرقاب والقرنفيل والقحمان أمس.", ["أحياء حوض المرقاب", "القرنفيل", "القحمان"]],
    // one-word conjuncts stay one place each
    ["هاجم المسلحون قرى المرقاب والقرنفيل ليلا.", ["قرى المرقاب", "القرنفيل"]],
    // no conjunct after the two words: no list, no name
    ["تجولنا في أحياء المدينة القديمة والجديدة.", []],
    ["زار الوزير مدن عراقية كبيرة ومتوسطة.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(gpes(text), want, text);
});

test("a list of three or more names after a plural place word is its own evidence (place20)", () => {
  const cases: [string, string[]][] = [
    ["سقطت القذائف على أحياء السلمون والمرقاب والقحمان ليلا.", ["أحياء السلمون", "المرقاب", "القحمان"]],
    // two items: each still needs its own evidence
    ["زار الأمير قرى المرقاب والمروة أمس.", ["قرى المرقاب"]],
    // a public service's list is no list of places
    ["وجهت الوزارة مديريات الصحة والتعليم والزراعة بالاستعداد.", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(gpes(text), want, text);
});
