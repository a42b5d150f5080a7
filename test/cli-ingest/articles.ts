// A folder of plain-text Arabic news articles generated from templates written for these tests:
// enough of them, all different, for a crash test to kill an ingest run part-way through.
import fs from "node:fs";
import path from "node:path";

const PLACES = ["صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "حلب", "دمشق", "بغداد", "الموصل", "الفلوجة", "القاهرة", "الرياض"];
const ACTORS = ["طائرات التحالف العربي", "مسلحو جماعة الحوثي", "عناصر تنظيم داعش", "قوات الجيش العراقي", "وحدات الجيش اليمني"];
const VERBS = ["قصفت", "هاجمت", "استهدفت", "حاصرت"];
const SPEAKERS = ["المتحدث باسم وزارة الداخلية", "مصدر عسكري", "محافظ المنطقة", "مسؤول في الصليب الأحمر"];
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** Article number i: a headline and three paragraphs; no two articles have the same bytes. */
export function templateArticle(i: number): string {
  const place = PLACES[i % PLACES.length];
  const actor = ACTORS[(i >> 1) % ACTORS.length];
  const verb = VERBS[i % VERBS.length];
  const speaker = SPEAKERS[(i >> 2) % SPEAKERS.length];
  const day = WEEKDAYS[i % WEEKDAYS.length];
  const killed = 2 + (i % 23);
  const hurt = 5 + ((i * 7) % 40);
  return [
    `${actor} ${verb} مواقع في ${place} ومقتل ${killed} أشخاص`,
    `${verb} ${actor} يوم ${day} مواقع في مدينة ${place}، ما أسفر عن مقتل ${killed} أشخاص وإصابة ${hurt} آخرين بجروح متفاوتة، بحسب مصادر طبية في المدينة.`,
    `وقال ${speaker} في تصريح للصحفيين إن فرق الإسعاف ما زالت تعمل في المنطقة، وإن الحصيلة مرشحة للارتفاع خلال الساعات المقبلة.`,
    `وتشهد ${place} منذ أسابيع توترا أمنيا متصاعدا، في ظل مساع دبلوماسية لوقف القتال لم تثمر حتى الآن عن اتفاق (تقرير رقم ${1000 + i}).`,
  ].join("\n") + "\n";
}

/** Write `n` articles into `dir` (000.txt, 001.txt, …); returns their paths. */
export function writeArticles(dir: string, n: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = path.join(dir, `${String(i).padStart(3, "0")}.txt`);
    fs.writeFileSync(p, templateArticle(i));
    out.push(p);
  }
  return out;
}
