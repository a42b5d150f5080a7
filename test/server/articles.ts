// Articles for the API and browser tests, written for them in the style of Arabic wire copy:
// a diplomatic visit, a clash with a denial, a threat relayed by an outlet whose text quotes
// markup (which the reader must show as characters, never as HTML). Offsets come from the text
// through the store tests' `article()` builder, so every span is an exact slice.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ContractDocument, Geo } from "../../src/core/contract.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { article } from "../store/fixtures.ts";

const RIYADH: Geo = { lat: 24.6877, lon: 46.7219, country: "SA" };
const RAQQA: Geo = { lat: 35.9528, lon: 39.0079, country: "SY" };
const TEHRAN: Geo = { lat: 35.6892, lon: 51.389, country: "IR" };

export const VISIT = article({
  path: "fixtures/visit.txt", url: "https://www.example-gulf.com/news/visit-riyadh", published: "2024-03-10",
  title: "وزير الخارجية السعودي يستقبل نظيره الأمريكي في الرياض",
  paragraphs: [
    "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن في الرياض يوم الأحد، وبحث الجانبان تطورات الأوضاع في قطاع غزة.",
    "وقال بلينكن إن \"الولايات المتحدة ملتزمة بدعم جهود التهدئة\"، بحسب وكالة الأنباء السعودية.",
    "وأعلنت السعودية تقديم مساعدات إنسانية عاجلة إلى قطاع غزة.",
  ],
  entities: [
    { id: "rasid:faisal-bin-farhan", type: "PERSON", name: "فيصل بن فرحان", name_en: "Faisal bin Farhan", forms: ["الأمير فيصل بن فرحان"] },
    { id: "rasid:antony-blinken", type: "PERSON", name: "أنتوني بلينكن", name_en: "Antony Blinken", forms: ["أنتوني بلينكن", "بلينكن"] },
    { id: "wd:Q851", type: "GPE", name: "السعودية", name_en: "Saudi Arabia", forms: ["السعودية", "السعودي"] },
    { id: "wd:Q30", type: "GPE", name: "الولايات المتحدة", name_en: "United States", forms: ["الولايات المتحدة", "الأمريكي"] },
    { id: "wd:Q3692", type: "GPE", name: "الرياض", name_en: "Riyadh", forms: ["الرياض"], geo: RIYADH },
    { id: "rasid:gaza-strip", type: "LOC", name: "قطاع غزة", name_en: "Gaza Strip", forms: ["قطاع غزة"], geo: { lat: 31.42, lon: 34.36, country: "PS" } },
    { id: "rasid:spa", type: "ORG", name: "وكالة الأنباء السعودية", name_en: "Saudi Press Agency", forms: ["وكالة الأنباء السعودية"] },
  ],
  quotes: [{ speaker: "rasid:antony-blinken", speaker_text: "بلينكن", cue: "وقال", text: "الولايات المتحدة ملتزمة بدعم جهود التهدئة", direct: true, via: "rasid:spa" }],
  events: [
    { type: "CONSULT", source: "rasid:faisal-bin-farhan", target: "rasid:antony-blinken", location: "wd:Q3692", date: "2024-03-10",
      trigger: "استقبل", sentence: "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن في الرياض يوم الأحد، وبحث الجانبان تطورات الأوضاع في قطاع غزة." },
    { type: "AID", source: "wd:Q851", target: "rasid:gaza-strip", trigger: "تقديم مساعدات", sentence: "وأعلنت السعودية تقديم مساعدات إنسانية عاجلة إلى قطاع غزة." },
  ],
});

export const CLASH = article({
  path: "fixtures/clash.txt", url: "https://example-levant.net/2024/03/12/raqqa", published: "2024-03-12",
  title: "مقتل ثلاثة مسلحين في اشتباكات قرب الرقة",
  paragraphs: [
    "قُتل ثلاثة مسلحين في اشتباكات مع قوات سوريا الديمقراطية قرب مدينة الرقة شمالي سورية، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
    "ونفت قوات سوريا الديمقراطية أنها قصفت قرى في ريف الرقة الشرقي.",
  ],
  entities: [
    { id: "wd:Q21013393", type: "ORG", name: "قوات سوريا الديمقراطية", name_en: "Syrian Democratic Forces", forms: ["قوات سوريا الديمقراطية"] },
    { id: "wd:Q184589", type: "GPE", name: "الرقة", name_en: "Raqqa", forms: ["الرقة"], geo: RAQQA },
    { id: "wd:Q858", type: "GPE", name: "سوريا", name_en: "Syria", forms: ["سورية"] },
    { id: "rasid:sohr", type: "ORG", name: "المرصد السوري لحقوق الإنسان", name_en: "Syrian Observatory for Human Rights", forms: ["المرصد السوري لحقوق الإنسان"] },
  ],
  events: [
    { type: "ASSAULT", source: "wd:Q21013393", location: "wd:Q184589", mode: "violence", fatalities: 3, trigger: "اشتباكات",
      sentence: "قُتل ثلاثة مسلحين في اشتباكات مع قوات سوريا الديمقراطية قرب مدينة الرقة شمالي سورية، وفق ما أفاد المرصد السوري لحقوق الإنسان." },
    { type: "ASSAULT", source: "wd:Q21013393", location: "wd:Q184589", mode: "violence", negated: true, trigger: "قصفت",
      sentence: "ونفت قوات سوريا الديمقراطية أنها قصفت قرى في ريف الرقة الشرقي." },
  ],
});

export const THREAT = article({
  path: "fixtures/threat.txt", url: "https://example-gulf.com/news/tehran-warns", published: "2024-03-15",
  title: "طهران تحذر من رد حازم",
  paragraphs: [
    "هدد قائد في الحرس الثوري الإيراني برد حازم على أي هجوم يستهدف إيران، حسبما نقلت وكالة فارس من طهران.",
    "وأكد المتحدث أن \"أي اعتداء سيقابل برد قوي\"، ونشرت الوكالة الخبر تحت عنوان <b>عاجل</b> على موقعها.",
  ],
  entities: [
    { id: "wd:Q794", type: "GPE", name: "إيران", name_en: "Iran", forms: ["إيران", "الإيراني"] },
    { id: "rasid:irgc", type: "ORG", name: "الحرس الثوري الإيراني", name_en: "Islamic Revolutionary Guard Corps", forms: ["الحرس الثوري"] },
    { id: "rasid:fars", type: "ORG", name: "وكالة فارس", name_en: "Fars News Agency", forms: ["وكالة فارس"] },
    { id: "wd:Q3616", type: "GPE", name: "طهران", name_en: "Tehran", forms: ["طهران"], geo: TEHRAN },
  ],
  quotes: [{ speaker: null, speaker_text: "المتحدث", cue: "وأكد", text: "أي اعتداء سيقابل برد قوي", direct: true, via: "rasid:fars", stance: "asserted" }],
  events: [
    { type: "THREATEN", source: "rasid:irgc", location: "wd:Q3616", hedged: true, trigger: "هدد",
      sentence: "هدد قائد في الحرس الثوري الإيراني برد حازم على أي هجوم يستهدف إيران، حسبما نقلت وكالة فارس من طهران." },
  ],
});

export const DOCS: ContractDocument[] = [VISIT, CLASH, THREAT];

/** A fresh SQLite file in a temporary folder, filled with DOCS; `done()` closes and removes it. */
export async function tempStore(docs: ContractDocument[] = DOCS): Promise<{ store: Store; file: string; done: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-server-"));
  const file = path.join(dir, "test.db");
  const writer = await openStore(file);
  await writer.putBatch(docs);
  await writer.close();
  const store = await openStore(file, { readonly: true });
  return { store, file, done: async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}
