// HTML page titles without their site names, and the headline picked from the page's headings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pickTitle, stripSiteName } from "../../src/clean/title.ts";

const STRIP: [string, string | null, string][] = [
  ["هادي في مؤتمر الرياض: سنكون في صنعاء وعدن قريباً | شبكة الأخبار العربية", null, "هادي في مؤتمر الرياض: سنكون في صنعاء وعدن قريباً"],
  ["مقتل 12 مسلحاً في غارات على ريف إدلب - الجزيرة نت", null, "مقتل 12 مسلحاً في غارات على ريف إدلب"],
  ["مقتل 12 مسلحاً في غارات على ريف إدلب :: شبكة الشام", null, "مقتل 12 مسلحاً في غارات على ريف إدلب"],
  ["الخليج اليوم | مجلس الأمن يمدد العقوبات على قادة ميليشيات في ليبيا", "الخليج اليوم", "مجلس الأمن يمدد العقوبات على قادة ميليشيات في ليبيا"],
  ["العراق - مقتل خمسة جنود في هجوم على نقطة تفتيش | وكالة الرافدين", null, "العراق - مقتل خمسة جنود في هجوم على نقطة تفتيش"],
  ["مجلس الأمن يمدد العقوبات على ليبيا", null, "مجلس الأمن يمدد العقوبات على ليبيا"],
];

test("stripSiteName cuts the site's name off either end", () => {
  for (const [t, site, want] of STRIP) assert.equal(stripSiteName(t, site), want, t);
});

test("pickTitle prefers a heading that stands inside the title", () => {
  assert.equal(pickTitle(["الخليج اليوم | مجلس الأمن يمدد العقوبات", null], ["الخليج اليوم", "مجلس الأمن يمدد العقوبات"], null), "مجلس الأمن يمدد العقوبات");
  assert.equal(pickTitle([null, null], ["عنوان الخبر الوحيد"], null), "عنوان الخبر الوحيد");
  assert.equal(pickTitle(["خبر عاجل عن الانتخابات - موقع الأخبار"], [], null), "خبر عاجل عن الانتخابات");
});
