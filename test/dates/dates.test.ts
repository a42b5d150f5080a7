// Dates written in page text: every month system the Arabic press uses, both digit scripts,
// numeric orders, Hijri dates converted (Umm al-Qura), and which date is the page's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, findPublished, hijriToIso, parseDate } from "../../src/text/dates.ts";

const COMPLETE: [string, string | null][] = [
  // Levantine / Syriac months and their abbreviations
  ["كانون الثاني 3، 2016", null],
  ["3 كانون الثاني 2016", "2016-01-03"],
  ["14 شباط 2016", "2016-02-14"],
  ["1 آذار 2015", "2015-03-01"],
  ["20 نيسان 2014", "2014-04-20"],
  ["5 أيار 2013", "2013-05-05"],
  ["9 حزيران 2017", "2017-06-09"],
  ["13 تموز 2015", "2015-07-13"],
  ["4 آب 2015", "2015-08-04"],
  ["11 أيلول 2001", "2001-09-11"],
  ["19 تشرين الأول 2016", "2016-10-19"],
  ["2 تشرين الثاني 2015", "2015-11-02"],
  ["25 كانون الأول 2015", "2015-12-25"],
  ["٢ ت2 ٢٠١٥", "2015-11-02"],
  ["6 ت1 2015", "2015-10-06"],
  ["31 ك1 2015", "2015-12-31"],
  ["10 ك2 2016", "2016-01-10"],
  // Egyptian-Gulf names, with ى/ي and hamza variants, and paired names
  ["2 أغسطس 2015", "2015-08-02"],
  ["2 اغسطس 2015", "2015-08-02"],
  ["15 إبريل 2015", "2015-04-15"],
  ["30 يونية 2013", "2013-06-30"],
  ["الأحد 2 آب/أغسطس 2015", "2015-08-02"],
  ["2 آب (أغسطس) 2015", "2015-08-02"],
  ["26 مارس آذار 2015", "2015-03-26"],
  ["في 2 من شهر أغسطس عام 2015", "2015-08-02"],
  ["7 / يوليو /2015 م", "2015-07-07"],
  // Maghrebi
  ["12 غشت 2015", "2015-08-12"],
  ["20 يوليوز 2015", "2015-07-20"],
  ["3 شتنبر 2015", "2015-09-03"],
  ["8 نونبر 2015", "2015-11-08"],
  ["1 دجنبر 2015", "2015-12-01"],
  ["5 جويلية 2014", "2014-07-05"],
  ["1 أوت 2014", "2014-08-01"],
  ["11 جانفي 2015", "2015-01-11"],
  // Eastern Arabic and Persian digits
  ["٢٦ يوليو ٢٠١٥", "2015-07-26"],
  ["۲۶ يوليو ۲۰۱۵", "2015-07-26"],
  // numeric, day first unless the middle number cannot be a month
  ["2015/08/02", "2015-08-02"],
  ["2015-8-2", "2015-08-02"],
  ["02-08-2015", "2015-08-02"],
  ["26/7/2015", "2015-07-26"],
  ["12/25/2015", "2015-12-25"],
  ["٢٦/٧/٢٠١٥", "2015-07-26"],
  ["02.08.2015", "2015-08-02"],
  // English page chrome
  ["August 2, 2015", "2015-08-02"],
  ["2 August 2015", "2015-08-02"],
  // Hijri, converted when complete
  ["10 شوال 1436هـ", "2015-07-26"],
  ["١٠ شوال ١٤٣٦ هـ", "2015-07-26"],
  ["1 محرم 1437 هـ", "2015-10-14"],
  ["1 رمضان 1436", "2015-06-18"],
  ["1436/10/10هـ", "2015-07-26"],
  ["(10/شوال / 1436هـ )", "2015-07-26"],
  // not dates, or not complete ones
  ["30 فبراير 2015", null],
  ["26 مارس", null],
  ["أغسطس 2015", null],
  ["قتل 3 أشخاص في 2015", null],
  ["مارس الجيش ضغوطا كبيرة", null],
  ["2 may be", null],
  ["1/2/15", null],
];

test("parseDate: every month system, both digit scripts, numeric orders, Hijri", () => {
  for (const [s, want] of COMPLETE) assert.equal(parseDate(s), want, s);
});

test("findDates keeps offsets and partial dates", () => {
  const s = "بدأ التحالف حملته في 26 مارس آذار بعد أشهر، ثم أعلن هدنة يوم الأحد (10 شوال 1436هـ) الموافق (26/7/2015).";
  const ds = findDates(s);
  assert.deepEqual(ds.map((d) => [s.slice(d.start, d.end), d.iso, d.month, d.day, d.calendar]), [
    ["26 مارس آذار", null, 3, 26, "gregorian"],
    ["الأحد (10 شوال 1436هـ", "2015-07-26", 10, 10, "hijri"],
    ["26/7/2015", "2015-07-26", 7, 26, "gregorian"],
  ]);
});

test("Hijri to Gregorian (Umm al-Qura) on known pairs", () => {
  const PAIRS: [number, number, number, string | null][] = [
    [1436, 9, 1, "2015-06-18"],   // Ramadan 1436 began
    [1436, 10, 1, "2015-07-17"],  // Eid al-Fitr 1436
    [1437, 1, 1, "2015-10-14"],   // Hijri new year 1437
    [1437, 9, 1, "2016-06-06"],   // Ramadan 1437 began
    [1440, 1, 1, "2018-09-11"],   // Hijri new year 1440
    [1445, 9, 1, "2024-03-11"],   // Ramadan 1445 began
    [1436, 13, 1, null],
    [1436, 9, 31, null],
  ];
  for (const [y, m, d, want] of PAIRS) assert.equal(hijriToIso(y, m, d), want, `${d}/${m}/${y}`);
});

const PUBLISHED: [string, string | null][] = [
  ["عنوان الخبر هنا\nالثلاثاء 4 آب 2015 - 10:42\nنص الخبر الطويل الذي يتحدث عن أمور كثيرة ويمتد لأكثر من سطر حتى يكون فقرة كاملة من فقرات الخبر كما تكتبها الصحف عادة في صفحاتها الإلكترونية.", "2015-08-04"],
  ["عنوان الخبر هنا\nنشر في: 2015-07-21 02:51\nنص", "2015-07-21"],
  ["عنوان\nآخر تحديث: ١٢ ت2 ٢٠١٥\nنص", "2015-11-12"],
  ["عنوان\nنشر في 10 شوال 1436 هـ\nنص", "2015-07-26"],
  // a date in the story is the event's, not the page's
  ["عنوان الخبر\nوقال المتحدث إن الهجوم وقع في 3 أغسطس 2015 على الطريق الدولي بين المدينتين، مضيفا أن التحقيقات لا تزال جارية لمعرفة ملابسات الحادث ومن يقف وراءه من الجماعات المسلحة في المنطقة.", null],
  ["عنوان\nنص بلا تاريخ", null],
];

test("findPublished: a date line or a publication cue near the headline, not a date in the story", () => {
  for (const [s, want] of PUBLISHED) assert.equal(findPublished(s), want, s.split("\n")[1]);
});
