// Articles for the entity page's panels (test/store/suite.ts, test/browser): one organization
// that accuses and is accused on twelve days (26 events: more than one panel holds), is quoted each day, and once meets as itself (an event with it on
// both sides, counted once), one of its sentences long enough to be cut. Written for these tests.
import type { ContractDocument } from "../../src/core/contract.ts";
import { article } from "./fixtures.ts";

export const GCC = { id: "rasid:gcc", type: "ORG" as const, name: "مجلس التعاون الخليجي", name_en: "Gulf Cooperation Council", forms: ["مجلس التعاون الخليجي", "مجلس التعاون"] };
const IRAN = { id: "wd:Q794", type: "GPE" as const, name: "إيران", name_en: "Iran", forms: ["إيران"] };

const DAYS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر"];

/** The long sentence of day 3 (over 300 characters), with its trigger in the middle. */
export const LONG = "وأضاف البيان الذي تلاه المتحدث باسم الأمانة العامة في مؤتمر صحفي عقد في الرياض بحضور عدد من السفراء المعتمدين لدى المملكة وممثلين عن المنظمات الإقليمية والدولية أن دول المجلس ترفض رفضا قاطعا أي محاولة للمساس بأمنها واستقرارها، وأن مجلس التعاون الخليجي يدين بشدة التصريحات الصادرة عن مسؤولين في إيران خلال الأسبوع الماضي، داعيا المجتمع الدولي إلى تحمل مسؤولياته في وقف هذه التدخلات التي تهدد السلم والأمن في المنطقة بأسرها.";

export const PANEL_DOCS: ContractDocument[] = DAYS.map((day, i) => {
  const accuses = `أدان مجلس التعاون الخليجي في بيانه ${day} تدخل إيران في الشؤون الداخلية لدول المنطقة.`;
  const accused = `واتهمت إيران مجلس التعاون بتأجيج التوتر في المنطقة في ردها ${day} على البيان.`;
  const said = `لن نقبل أي تدخل في شؤون دولنا، وهذا موقفنا ${day}`;
  const meets = "وعقد مجلس التعاون الخليجي اجتماعا طارئا لوزراء خارجية دول مجلس التعاون في الرياض.";
  const paragraphs = [accuses, accused, `وقال مجلس التعاون في ختام البيان: "${said}".`];
  if (i === 2) paragraphs.push(LONG);
  if (i === 5) paragraphs.push(meets);
  return article({
    title: `مجلس التعاون يرد على إيران في يومه ${day}`, paragraphs, published: `2015-08-${String(i + 1).padStart(2, "0")}`, path: `panels/${i + 1}.txt`,
    entities: [GCC, IRAN],
    quotes: [{ speaker: GCC.id, speaker_text: "مجلس التعاون", cue: "قال", text: said, direct: true }],
    events: [
      { type: "ACCUSE", source: GCC.id, target: IRAN.id, trigger: "أدان", sentence: accuses },
      { type: "ACCUSE", source: IRAN.id, target: GCC.id, trigger: "اتهمت", sentence: accused },
      ...(i === 2 ? [{ type: "ACCUSE" as const, source: GCC.id, target: IRAN.id, trigger: "يدين", sentence: LONG }] : []),
      ...(i === 5 ? [{ type: "CONSULT" as const, source: GCC.id, target: GCC.id, trigger: "اجتماعا", sentence: meets }] : []),
    ],
  });
});
