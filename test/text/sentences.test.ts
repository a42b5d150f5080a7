// Paragraphs and sentences. Tables of [text, expected sentences as written].
import assert from "node:assert/strict";
import { test } from "node:test";
import { splitParagraphs, splitSentences } from "../../src/text/sentences.ts";

const TABLE: [string, string, string[]][] = [
  ["period, question and exclamation marks", "قال الرئيس ذلك. هل هذا صحيح؟ نعم! انتهى", ["قال الرئيس ذلك.", "هل هذا صحيح؟", "نعم!", "انتهى"]],
  ["a decimal number", "بلغ النمو 3.5 في المئة. وتراجع التضخم.", ["بلغ النمو 3.5 في المئة.", "وتراجع التضخم."]],
  ["a year at the end of a sentence", "وقع ذلك في عام 2015. ثم تغير كل شيء.", ["وقع ذلك في عام 2015.", "ثم تغير كل شيء."]],
  ["abbreviation د.", "قال د. أحمد إن الوضع صعب.", ["قال د. أحمد إن الوضع صعب."]],
  ["abbreviation أ.", "وأضاف أ. محمد أن الأمر انتهى.", ["وأضاف أ. محمد أن الأمر انتهى."]],
  ["the year mark م.", "تأسست عام 1932 م. على يد الملك عبد العزيز.", ["تأسست عام 1932 م. على يد الملك عبد العزيز."]],
  ["the Hijri mark هـ.", "في عام 1436 هـ. بدأ المشروع.", ["في عام 1436 هـ. بدأ المشروع."]],
  ["Latin initials and Dr.", "التقى J. K. Rowling مع Dr. Smith أمس.", ["التقى J. K. Rowling مع Dr. Smith أمس."]],
  ["a Latin abbreviation in capitals", "وصل Gov. Hale إلى المرفأ. ثم غادره.", ["وصل Gov. Hale إلى المرفأ.", "ثم غادره."]],
  ["a word longer than every abbreviation ends its sentence", "أغلقت المكتبات. وفتحت المقاهي.", ["أغلقت المكتبات.", "وفتحت المقاهي."]],
  ["a word with diacritics before the period", "رجعَ الوفدُ. ثم سافرَ.", ["رجعَ الوفدُ.", "ثم سافرَ."]],
  ["a URL", "نشر على www.example.org بيانا. ثم حذفه.", ["نشر على www.example.org بيانا.", "ثم حذفه."]],
  ["a list number", "1. البند الأول من الاتفاق", ["1. البند الأول من الاتفاق"]],
  ["periods inside «…»", "وقال: «لن نتراجع. سنواصل القتال.» وأضاف أن الهدنة انتهت.", ["وقال: «لن نتراجع. سنواصل القتال.»", "وأضاف أن الهدنة انتهت."]],
  ["a quotation not ending the sentence", "وقال إن «الوضع خطير. جدا» بحسب الوكالة.", ["وقال إن «الوضع خطير. جدا» بحسب الوكالة."]],
  ["periods inside \"…\"", "وقال: \"نحن هنا. ولن نغادر.\" ثم غادر.", ["وقال: \"نحن هنا. ولن نغادر.\"", "ثم غادر."]],
  ["periods inside “…”", "وتابع: “سنعود. قريبا.” وصمت.", ["وتابع: “سنعود. قريبا.”", "وصمت."]],
  ["an unclosed quotation does not swallow the paragraph", "قال «لن نتراجع. ثم مضى. وانتهى", ["قال «لن نتراجع.", "ثم مضى.", "وانتهى"]],
  ["an ellipsis does not end a sentence", "وقال... إن الأمر انتهى… ربما.", ["وقال... إن الأمر انتهى… ربما."]],
  ["a missing space after the period", "انتهى الاجتماع.وقال الوزير إنه راض.", ["انتهى الاجتماع.", "وقال الوزير إنه راض."]],
  ["a closing bracket stays with its sentence", "قتل 5 أشخاص (بحسب الشرطة.) وأصيب آخرون.", ["قتل 5 أشخاص (بحسب الشرطة.)", "وأصيب آخرون."]],
  ["each line is at least one sentence", "عنوان الخبر\nالفقرة الأولى. والثانية\n\n  الفقرة الأخيرة  ", ["عنوان الخبر", "الفقرة الأولى.", "والثانية", "الفقرة الأخيرة"]],
];

for (const [name, text, expected] of TABLE) {
  test(`sentences: ${name}`, () => {
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), expected);
  });
}

test("paragraphs are the non-blank lines, trimmed", () => {
  const text = "العنوان\n\n  الفقرة الأولى \r\nالفقرة الثانية\n";
  assert.deepEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), ["العنوان", "الفقرة الأولى", "الفقرة الثانية"]);
});

test("sentences never cross a paragraph", () => {
  const text = "قال «لن\nنتراجع.» ثم مضى";
  const paras = splitParagraphs(text);
  for (const s of splitSentences(text)) assert.ok(paras.some((p) => p.start <= s.start && s.end <= p.end));
});
