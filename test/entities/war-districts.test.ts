// Places the 2015 war news names that GeoNames lacks (data/kb/local-additions.tsv, facilities.tsv,
// geo14 block): each links to its row and its coordinates. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf, geoOf } from "../helpers/entities.ts";

const cases: [string, string, string, number, number][] = [
  ["وتواصلت الاشتباكات في دار سعد حتى الفجر.", "دار سعد", "rasid:dar-saad", 12.88, 44.98],
  ["وعادت الكهرباء إلى أحياء المعلا وكريتر في عدن.", "المعلا", "rasid:mualla", 12.79, 44.99],
  ["وسيطر المقاتلون على جعولة بعد معارك عنيفة مع الحوثيين.", "جعولة", "rasid:jaawala", 12.93, 44.95],
  ["وتقدمت قوات المقاومة صوب بلاد الصبيحة غرب لحج.", "بلاد الصبيحة", "rasid:subaiha", 12.95, 44.10],
  ["وافتتح المحافظ مشروعا جديدا للمياه في شرورة بمنطقة نجران.", "شرورة", "rasid:sharurah", 17.47, 47.12],
  ["وانتفض أبناء العشائر في كبيسة غرب الرمادي ضد التنظيم.", "كبيسة", "rasid:kubaisa", 33.59, 42.60],
  ["وصدر التوجيه من قصر العوجا بعد اجتماع مطول.", "قصر العوجا", "rasid:awja-palace", 24.73, 46.57],
  ["ونقل المصاب إلى مستشفى في تل هشومير لتلقي العلاج.", "تل هشومير", "rasid:tel-hashomer", 32.05, 34.84],
];

for (const [text, surface, id, lat, lon] of cases) {
  test(`${surface} links to ${id} at its coordinates`, () => {
    assert.equal(idOf(text, surface), id);
    const g = geoOf(text, surface);
    assert.ok(g && Math.abs(g.lat - lat) < 0.05 && Math.abs(g.lon - lon) < 0.05, JSON.stringify(g));
  });
}
