// The text cleaner line by line: each kind of chrome in a page of otherwise real paragraphs is
// dropped, and the article's own short lines (subheadings, a letter's signature, a dateline of
// place and agency) stay. Tables of [line, dropped?] inside one page template.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanLines, trimTrailingChrome } from "../../src/clean/lines.ts";

const HEAD = "الحكومة العراقية تعلن خطة لإعادة النازحين إلى مدن الأنبار";
const P1 = "أعلنت الحكومة العراقية، الأحد، خطة من ثلاث مراحل لإعادة النازحين إلى مدن محافظة الأنبار بعد استعادتها من تنظيم داعش، على أن تبدأ المرحلة الأولى مطلع الشهر المقبل.";
const P2 = "وقال المتحدث باسم الحكومة في مؤتمر صحفي إن فرق الهندسة العسكرية أزالت آلاف العبوات الناسفة من الطرق الرئيسية، مضيفاً أن الخدمات الأساسية ستعود تدريجياً إلى الأحياء المحررة.";
const P3 = "من جهتها، رحبت منظمات إنسانية بالخطة، لكنها حذرت من أن كثيراً من المنازل لا تزال مدمرة، وأن عودة السكان تحتاج إلى تمويل دولي عاجل ومراقبة مستقلة لضمان سلامتهم.";

/** The page with `line` placed in the middle (between paragraphs) or at its end. */
function run(line: string, where: "middle" | "end" | "top") {
  const page = where === "top" ? [line, HEAD, P1, P2, P3] : where === "middle" ? [HEAD, P1, line, P2, P3] : [HEAD, P1, P2, P3, line];
  return cleanLines(page);
}

const CHROME: [string, "middle" | "end" | "top"][] = [
  ["اقرأ أيضاً: البرلمان يصوت على الموازنة الأسبوع المقبل", "middle"],
  ["طالع أيضا | مقتل جنديين في هجوم قرب سامراء", "middle"],
  ["مساحة إعلانية", "middle"],
  ["إعلان", "middle"],
  ["(أرشيفية)", "middle"],
  ["(رويترز)", "middle"],
  ["صورة أرشيفية", "middle"],
  ["الكلمات المفتاحية: العراق، الأنبار، النازحين", "end"],
  ["الوسوم", "end"],
  ["شارك الخبر عبر فيسبوك وتويتر", "end"],
  ["Share Tweet Email", "end"],
  ["Next Previous", "top"],
  ["اترك تعليقاً", "end"],
  ["أضف تعليق", "end"],
  ["شكراً لتعليقك، سيظهر بعد المراجعة", "end"],
  ["اشترك في النشرة الإخبارية ليصلك كل جديد", "end"],
  ["تابعونا على تطبيق تلغرام", "end"],
  ["جميع الحقوق محفوظة لشبكة الأخبار المتحدة © 2016", "end"],
  ["يرجى تفعيل جافا سكريبت لعرض هذا المحتوى", "top"],
  ["هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربة التصفح", "top"],
  ["الرئيسية > أخبار > العراق", "top"],
  ["شبكة الفرات الإخبارية", "top"],
  ["الأحد 2 آب 2015 - 09:30 ص", "top"],
  ["رابط الخبر بموقع الشبكة: الحكومة العراقية تعلن خطة لإعادة النازحين", "end"],
  ["بقلم: سارة الكبيسي", "end"],
  ["تحرير: علي حسن", "end"],
  ["سمات النازحين الأنبار الرمادي", "end"],                // a tag list under its label
  ["مقالات أخرى للكاتبعودة النازحينخطة الإعمار في الرمادي", "end"], // other columns, titles glued
  ["سارة الكبيسي – متابعات", "top"],                      // a byline of a desk that follows the wires
];

test("chrome lines are dropped wherever they stand", () => {
  for (const [line, where] of CHROME) {
    const out = run(line, where);
    assert.equal(out.title, HEAD, `headline with ${line}`);
    assert.deepEqual(out.body, [P1, P2, P3], `${where}: ${line}`);
  }
});

const ARTICLE_LINES: [string, "middle" | "end"][] = [
  ["عودة بطيئة إلى الرمادي", "middle"],                    // a subheading
  ["* هجوم جوي", "middle"],
  ["وتقبلوا خالص الاحترام.", "end"],
  ["رئيس الوزراء", "end"],                                 // a letter's signature
  ["الأنبار تستعد لاستقبال العائدين", "end"],
  ["بغداد - وكالات", "middle"],
  ["سمات القيادة في شخصية المحافظ كثيرة، وهي أكبر من أن تحصى في سطور قليلة عابرة، ولكن أبرزها الصبر.", "end"], // سمات "traits" opening a sentence
  ["وأكد المسؤول أن الخطة ستنفذ بالتعاون مع الأمم المتحدة.", "end"],
];

test("the article's own short lines stay", () => {
  for (const [line, where] of ARTICLE_LINES) {
    const out = run(line, where);
    assert.ok(out.body.includes(line), `${where}: ${line} (dropped as ${out.dropped.find((d) => d.text === line)?.why})`);
  }
});

test("repeats: a paragraph twice, the headline again, a teaser cut short", () => {
  const out = cleanLines([HEAD, HEAD, P1, P2, P1, P3.slice(0, 60) + "...", P3]);
  assert.deepEqual(out.body, [P1, P2, P3]);
});

test("a list of other stories after the article goes, with its heading or on a page with chrome", () => {
  const list = ["البرلمان يقر قانون الانتخابات الجديد بعد جدل", "مقتل خمسة مدنيين بانفجار عبوة في ديالى", "وزير النفط يعلن زيادة الصادرات من البصرة"];
  assert.deepEqual(cleanLines([HEAD, P1, P2, P3, "شارك", ...list]).body, [P1, P2, P3]);
  assert.deepEqual(cleanLines([HEAD, P1, P2, P3, "الأكثر قراءة", ...list]).body, [P1, P2, P3]);
});

test("lines of verse closing a clean text stay", () => {
  const verse = ["يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", "فوقفت فيها ناقتي وكأنها"];
  assert.deepEqual(cleanLines([HEAD, P1, P2, P3, ...verse]).body, [P1, P2, P3, ...verse]);
});

test("reader comments after a comment heading near the end go", () => {
  const comment = "أبو محمد: نتمنى أن تعود العائلات بسلام إلى بيوتها، لكن الوعود كثيرة والتنفيذ قليل دائماً.";
  assert.deepEqual(cleanLines([HEAD, P1, P2, P3, "التعليقات", comment]).body, [P1, P2, P3]);
});

test("a caption that repeats a name between paragraphs goes; a subheading stays", () => {
  const p = "وقال رئيس الوزراء حيدر العبادي إن عودة النازحين أولوية للحكومة في المرحلة المقبلة، داعياً الجميع إلى التعاون مع القوات الأمنية والجهات الخدمية. وأضاف العبادي أن الخطة ممولة بالكامل.";
  assert.deepEqual(cleanLines([HEAD, P1, "حيدر العبادي", p, P2, "شارك"]).body, [P1, p, P2]);
  const section = "النازحون والخدمات";
  const p2 = "وتواجه عودة النازحين والخدمات الأساسية صعوبات كبيرة، إذ لا تزال شبكات الكهرباء والماء متضررة في معظم الأحياء، بحسب مسؤولين محليين في المحافظة.";
  assert.deepEqual(cleanLines([HEAD, P1, section, p2, P2, "شارك"]).body, [P1, section, p2, P2]);
  assert.deepEqual(cleanLines([HEAD, P1, "حيدر العبادي", p, P2]).body, [P1, "حيدر العبادي", p, P2], "clean text: a heading");
});

const TRAILING: [string, string][] = [
  [P1 + " رابط الخبر بصحيفة المدينة: الحكومة العراقية تعلن خطة", P1],
  [P1 + " اقرأ أيضا: خطة لإعادة الإعمار", P1],
  [P1 + " سمات النازحين الأنبار الرمادي", P1],
  [P1 + " نشر في صحيفة محلية أمس تقرير مطول عن الخطة.", P1 + " نشر في صحيفة محلية أمس تقرير مطول عن الخطة."],
  [P1, P1],
];

test("chrome glued to the end of a paragraph is cut at the sentence boundary", () => {
  for (const [line, want] of TRAILING) assert.equal(trimTrailingChrome(line), want);
});

test("a site name after a bar on the headline line is cut; a dash inside a headline stays", () => {
  assert.equal(cleanLines([HEAD + " | شبكة الفرات", P1, P2]).title, HEAD);
  assert.equal(cleanLines(["الأنبار - " + HEAD, P1, P2]).title, "الأنبار - " + HEAD);
});

test("a headline given by the container is used, and not repeated in the body", () => {
  const out = cleanLines([HEAD, P1, P2], { title: HEAD });
  assert.equal(out.title, HEAD);
  assert.deepEqual(out.body, [P1, P2]);
});
