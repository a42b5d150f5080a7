// Who speaks and where the content starts, as general rules (round 8, from the error classes of
// blind-annotated articles): a name in a relative clause after the verb is no subject, nor one after
// a preposition and a title; a participle has no subject after it; a bare noun after the subject is
// the object; "كان X قد" puts the subject before the verb; an outlet's reporter and a relay from an
// unnamed source let the outlet speak; a noun met with a nationality adjective is unnamed.
// Sentences written for these tests, from no corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "../../src/quotes/find-quotes.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

const ENTS = [
  { id: "p:karim", type: "PERSON" as const, forms: ["كريم سالم", "سالم"] },
  { id: "p:huda", type: "PERSON" as const, forms: ["هدى ناصر"] },
  { id: "p:turabi", type: "PERSON" as const, forms: ["عادل الترابي"] },
  { id: "o:ministry", type: "ORG" as const, forms: ["وزارة الزراعة"] },
  { id: "o:agency", type: "ORG" as const, forms: ["وكالة الأنباء الأردنية", "بترا"] },
  { id: "o:monitor", type: "ORG" as const, forms: ["المرصد الزراعي"] },
  { id: "o:paper", type: "ORG" as const, forms: ["النهار"] },
  { id: "o:council", type: "ORG" as const, forms: ["مجلس المزارعين"] },
  { id: "g:jordan", type: "GPE" as const, forms: ["الأردن", "الأردني", "الأردنية"] },
  { id: "g:egypt", type: "GPE" as const, forms: ["مصر"] },
];

// [what the rule is, text, snippet the quote holds, its speaker, its via]
const FOUND: [string, string, string, string | null, string | null][] = [
  ["a name in a relative clause after the verb is not its subject",
    "أصدر مجلس المزارعين بيانا عن الموسم. وقال في البيان الذي حصلت النهار على نسخة منه: إن الأسعار سترتفع قريبا.", "الأسعار سترتفع", "o:council", null],
  ["a participle has no subject after it: the preposition after a name in its object does not open the content",
    "وقال كريم سالم إن الموسم جيد، مؤكدا أهمية التعاون مع مصر على أسس واضحة.", "أهمية التعاون مع مصر", "p:karim", null],
  ["a bare noun right after the subject is the object, with the preposition further on inside it",
    "أكد وزير الزراعة كريم سالم حرص الوزارة على دعم المزارعين في الجنوب.", "حرص الوزارة على دعم", "p:karim", null],
  ["an outlet's unnamed reporter: the outlet speaks",
    "قال كريم سالم إن الموسم جيد. وقال مراسل لوكالة الأنباء الأردنية إن المطر غزير جدا في الشمال.", "المطر غزير", "o:agency", null],
  ["a relay from an unnamed source: the relayer speaks",
    "ونقل المرصد الزراعي عن مصادر موثوقة أن الجراد وصل إلى الحقول الشرقية.", "الجراد وصل", "o:monitor", null],
  ["a relay whose outlet is far from عن, past a name in parentheses",
    "ونقلت وكالة الأنباء الرسمية (بترا)، من جهتها، عن مصدر رسمي: \"إن السد امتلأ بالكامل هذا الأسبوع\".", "السد امتلأ", "o:agency", null],
  ["a relay from an unnamed spokesman of a named body: the body speaks, the outlet relays",
    "ونقلت النهار عن المتحدث باسم وزارة الزراعة أن الحصاد يبدأ الأسبوع المقبل.", "الحصاد يبدأ", "o:ministry", "o:paper"],
  ["a relay's source is no nationality adjective",
    "ونقلت النهار عن الأردني كريم سالم قوله: «سأعود إلى المزرعة قريبا جدا».", "سأعود إلى المزرعة", "p:karim", "o:paper"],
  ["a name after a preposition and a title is not the subject of the verb after it: the last speaker goes on",
    "قال عادل الترابي إن الموسم جيد. وحين يسأل عن الرئيس كريم سالم يجيب بأن الحقول تحتاج إلى الماء.", "الحقول تحتاج", "p:turabi", null],
  ["a title met before with the holder's name points back past a nationality adjective",
    "قال الدكتور عادل الترابي إن المياه كافية. والتقى الدكتور الأردني وفدا زائرا.\nوأكد الدكتور أن الآبار تكفي الجميع.", "الآبار تكفي", "p:turabi", null],
];

for (const [rule, text, snippet, speaker, via] of FOUND) {
  test(`blind classes: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const q = qs.find((x) => x.text.includes(snippet));
    assert.ok(q, `a quote holds "${snippet}" (got ${JSON.stringify(qs.map((x) => [x.cue, x.text]))})`);
    assert.equal(q.speaker, speaker);
    assert.equal(q.via, via);
  });
}

// [what the rule is, text, a snippet no quote with a named speaker may hold (one word: the cue)]
const UNNAMED: [string, string, string][] = [
  ["a subject between كان and قد: the name after the verb is its object",
    "قال كريم سالم إن المحصول وفير. وكانت لجنة مكافحة الجراد قد اتهمت وزارة الزراعة بالتقصير في الرش.", "بالتقصير في الرش"],
  ["a definite noun met before with a nationality adjective names no country",
    "أصدرت اللجنة الأردنية تقريرا جديدا.\nوأوضحت اللجنة أن الأمطار قليلة هذا العام.", "الأمطار قليلة"],
  ["a participle after غير is an adjective",
    "قال كريم سالم إن الوفد وصل في زيارة غير معلنة إلى الحقول الشمالية للبلاد.", "معلنة"],
  ["a cue after a condition reports no statement",
    "قال كريم سالم إن الحقول جيدة.\nوفي حال صرح بأن المياه قليلة ستصل الصهاريج فورا إلى القرى.", "صرح"],
  ["an imperfect plural verb with an object pronoun continues no single speaker",
    "قال كريم سالم إن السد جديد. ويعتبرونه أهم مشروع زراعي في المنطقة منذ عقود.", "أهم مشروع"],
];

for (const [rule, text, what] of UNNAMED) {
  test(`blind classes: ${rule}`, () => {
    const qs = findQuotes(makeDoc(text, ENTS));
    const bad = qs.filter((x) => x.speaker !== null && (what.includes(" ") ? x.text.includes(what) : x.cue.includes(what)));
    assert.deepEqual(bad.map((x) => [x.speaker, x.cue, x.text]), []);
  });
}

test("blind classes: an institution noun no entity names is an unnamed subject, not the last speaker", () => {
  const text = "قال كريم سالم إن الحقول جيدة. وقالت قيادة المنطقة الزراعية الرابعة في بيان إن الجراد انحسر تماما.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الجراد انحسر"));
  assert.ok(q);
  assert.equal(q.speaker, null);
});

test("blind classes: a relay keeps the complementizer of a quotation that opens after the source", () => {
  const text = "ونقلت النهار عن مصدر رسمي: \"إن السد امتلأ بالكامل هذا الأسبوع\".";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("السد امتلأ"));
  assert.ok(q);
  assert.ok(q.text.startsWith("إن"), q.text);
});

// (qtspk25: was "part of the claim", no quote; blind set R's gold keys such inner statements to the
// subject before the verb, and on 3,000 news records 12 of 13 were that subject's statements: fronted.ts)
test("blind classes: a verb whose subject stands right after أن inside a reported clause is that subject's statement", () => {
  const text = "وقال كريم سالم إن تقارير تفيد بأن مصر نصحت مواطنيها بعدم زيارة الحقول الشرقية.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.deepEqual(qs.filter((x) => x.cue.includes("نصحت")).map((x) => x.speaker), ["g:egypt"]);
});

test("blind classes: a relayer named by a head met before speaks for its unnamed sources", () => {
  const text = "قال المرصد الزراعي إن الموسم جيد.\nونقل المرصد عن مصادر موثوقة أن الجراد وصل إلى الحقول الشرقية.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الجراد وصل"));
  assert.ok(q);
  assert.equal(q.speaker, "o:monitor");
});

test("blind classes: a perfect plural verb with an object pronoun continues no single speaker", () => {
  const text = "قال كريم سالم إن المياه كافية. إلا أن مزارعين رفضوا كلامه وطالبوه بزيارة الحقول، مشيرين إلى أن الآبار جفت تماما.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.deepEqual(qs.filter((x) => x.speaker !== null && x.text.includes("الآبار جفت")).map((x) => [x.cue, x.speaker]), []);
});

test("blind classes: a person noun with an indefinite adjective is someone unnamed; a name in his description is not him", () => {
  const text = "قالت هدى ناصر إن الموسم جيد.\nوقال خبير زراعي مقرب من كريم سالم إن الجراد سيصل قريبا إلى الحقول.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الجراد سيصل"));
  assert.ok(q);
  assert.equal(q.speaker, null);
});

test("blind classes: a person noun in construct is a title: its holder after it speaks", () => {
  const text = "وقال خبير الزراعة كريم سالم إن الجراد سيصل قريبا إلى الحقول.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الجراد سيصل"));
  assert.ok(q);
  assert.equal(q.speaker, "p:karim");
});

test("blind classes: a name that begins with ب is no preposition opening the content", () => {
  const ents = [...ENTS, { id: "g:basra", type: "GPE" as const, forms: ["بغداد"] }];
  // (after an adverb the object is not taken into the content, so the content opens on the preposition)
  const text = "وطالب كريم سالم أمس بغداد بزيادة حصة المزارعين من مياه النهر.";
  const q = findQuotes(makeDoc(text, ents)).find((x) => x.cue.includes("طالب"));
  assert.ok(q);
  assert.ok(q.text.startsWith("بزيادة"), q.text);
});

test("blind classes: a definite institution noun does not name the person who heads it", () => {
  const ents = [...ENTS, { id: "p:fawzi", type: "PERSON" as const, forms: ["أحمد فوزي"] }];
  const text = "وقال مدير المركز أحمد فوزي إن العمل مستمر في كل الفروع.\nوأفاد المركز بأن الأمطار ستتأخر هذا العام.";
  const q = findQuotes(makeDoc(text, ents)).find((x) => x.text.includes("الأمطار ستتأخر"));
  assert.ok(q);
  assert.notEqual(q.speaker, "p:fawzi");
});

test("blind classes: a four-letter plural verb (دعوا، نفوا) continues no single speaker", () => {
  const text = "قال كريم سالم إن الموسم جيد. وأكد مزارعون أن الأسعار مرتفعة، ودعوا إلى خفض أسعار الأسمدة فورا.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.deepEqual(qs.filter((x) => x.speaker !== null && x.text.includes("خفض أسعار")).map((x) => [x.cue, x.speaker]), []);
});

test("blind classes: an envoy of a person is not that person; the envoy's own name after it speaks", () => {
  const ents = [...ENTS, { id: "p:king", type: "PERSON" as const, forms: ["خادم الحرمين الشريفين"] }];
  const named = findQuotes(makeDoc("وأكد سفير خادم الحرمين الشريفين لدى الأردن الدكتور كريم سالم أن العلاقات بين البلدين متينة جدا.", ents));
  assert.equal(named.find((x) => x.text.includes("العلاقات بين البلدين"))?.speaker, "p:karim");
  const unnamed = findQuotes(makeDoc("قالت هدى ناصر إن الموسم جيد.\nوأكد سفير خادم الحرمين الشريفين أن العلاقات بين البلدين متينة جدا.", ents));
  assert.equal(unnamed.find((x) => x.text.includes("العلاقات بين البلدين"))?.speaker, null);
});

test("blind classes: a construct plural of an unnamed noun (مسؤولو) is unnamed", () => {
  const text = "قال كريم سالم إن السد امتلأ.\nوقال مسؤولو الري إن المياه ستصل إلى القرى غدا.";
  assert.equal(findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("المياه ستصل"))?.speaker, null);
});

test("blind classes: a cue phrase ending on its own أن (وبين أن) opens its content after it", () => {
  const text = "عنوان الخبر\nقال كريم سالم إن الموسم جيد جدا.\nوبين أن له كتابا ألفه لكشف أخطاء المزارعين في الري.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("كتابا ألفه"));
  assert.ok(q);
  assert.equal(q.speaker, "p:karim");
});

test("blind classes: بين after شتان is the preposition 'between'", () => {
  const text = "عنوان الخبر\nقال كريم سالم إن الموسم جيد جدا. وشتان بين أن تنخفض الأسعار قليلا وبين أن تنهار تماما.";
  assert.deepEqual(findQuotes(makeDoc(text, ENTS)).filter((x) => x.text.includes("تنخفض الأسعار")).map((x) => x.cue), []);
});

test("blind classes: the outlet the words were given to, in quotation marks, is no speaker", () => {
  const text = "عنوان\nكشف لـ«النهار» رئيس قسم الأبحاث في الوزارة، أن الحقول تحتاج إلى مياه إضافية هذا الصيف.";
  const q = findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("الحقول تحتاج"));
  assert.ok(q);
  assert.notEqual(q.speaker, "o:paper");
});

test("blind classes: the imperfects يعتبر/يعد without أن are 'is considered', no statement; حيث إن is 'since'", () => {
  const text = "عنوان\nقال كريم سالم إن الموسم جيد جدا. ويعتبر السد أكبر مشروع في المنطقة. وتعد الحقول الشرقية الأخصب في البلاد، حيث إن مياهها وفيرة طوال العام.";
  const qs = findQuotes(makeDoc(text, ENTS));
  assert.deepEqual(qs.filter((x) => /يعتبر|تعد/.test(x.cue)).map((x) => [x.cue, x.text]), []);
});

test("blind classes: يعتبر with أن still reports a view", () => {
  const text = "عنوان\nويعتبر كريم سالم أن السد أكبر مشروع زراعي في المنطقة.";
  assert.equal(findQuotes(makeDoc(text, ENTS)).find((x) => x.text.includes("أكبر مشروع"))?.speaker, "p:karim");
});
