// Contract documents for store and export tests, built from short Arabic news-style articles
// written for these tests. Offsets are computed from the text (never typed by hand), so every
// mention, quote and event span is an exact slice of it, as the contract requires.
import crypto from "node:crypto";
import type { ContractDocument, EntityOut, EntityType, EventOut, Geo, PloverType, QuoteOut, Stance } from "../../src/core/contract.ts";

interface EntitySpec { id: string; type: EntityType; name: string; name_en?: string | null; forms: string[]; geo?: Geo }
interface QuoteSpec { speaker: string | null; speaker_text: string | null; cue: string; text: string; direct: boolean; via?: string | null; stance?: Stance }
interface EventSpec {
  type: PloverType; source?: string | null; target?: string | null; location?: string | null; date?: string | null;
  mode?: string | null; trigger: string; sentence: string; fatalities?: number | null; hedged?: boolean; negated?: boolean;
}
export interface ArticleSpec {
  title: string; paragraphs: string[]; published: string | null; url?: string | null; path: string;
  entities?: EntitySpec[]; quotes?: QuoteSpec[]; events?: EventSpec[];
}

function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

export function article(a: ArticleSpec): ContractDocument {
  const text = [a.title, ...a.paragraphs].join("\n");
  const entities: EntityOut[] = (a.entities ?? []).map((e) => {
    // forms in order, longest first by convention: a shorter form inside a longer one is not a second mention
    const mentions: { start: number; end: number; text: string }[] = [];
    for (const form of e.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
        if (!mentions.some((m) => i < m.end && i + form.length > m.start)) mentions.push({ start: i, end: i + form.length, text: form });
      }
    }
    if (!mentions.length) throw new Error(`fixture: no mention of ${e.id}`);
    mentions.sort((x, y) => x.start - y.start);
    const out: EntityOut = { id: e.id, type: e.type, name: e.name, name_en: e.name_en ?? null, mentions };
    if (e.geo) out.geo = e.geo;
    return out;
  });
  const quotes: QuoteOut[] = (a.quotes ?? []).map((q) => ({
    speaker: q.speaker, speaker_text: q.speaker_text, cue: q.cue, text: q.text, ...spanOf(text, q.text),
    direct: q.direct, via: q.via ?? null, stance: q.stance ?? "asserted",
  }));
  const events: EventOut[] = (a.events ?? []).map((e) => {
    const sentence = spanOf(text, e.sentence);
    return {
      type: e.type, source: e.source ?? null, target: e.target ?? null, location: e.location ?? null,
      date: e.date ?? null, mode: e.mode ?? null, trigger: e.trigger, trigger_span: spanOf(text, e.trigger, sentence.start), sentence,
      quantities: [], fatalities: e.fatalities ?? null, hedged: e.hedged ?? false, negated: e.negated ?? false,
    };
  });
  return {
    schema: "rasid.document/1",
    id: crypto.createHash("sha256").update(text).digest("hex"),
    source: { path: a.path, url: a.url ?? null },
    language: "ar", title: a.title, published: a.published, text, entities, quotes, events,
  };
}

const SANAA: Geo = { lat: 15.3547, lon: 44.2066, country: "YE" };
const RAQQA: Geo = { lat: 35.9528, lon: 39.0079, country: "SY" };
const CAIRO: Geo = { lat: 30.0444, lon: 31.2357, country: "EG" };
const COALITION = { id: "rasid:arab-coalition", type: "ORG" as const, name: "التحالف العربي", name_en: "Arab coalition", forms: ["التحالف العربي", "التحالف"] };
const HOUTHIS = { id: "wd:Q1136767", type: "ORG" as const, name: "الحوثيون", name_en: "Houthis", forms: ["الحوثيين", "الحوثي"] };
const ISIS = { id: "wd:Q2429253", type: "ORG" as const, name: "تنظيم الدولة الإسلامية", name_en: "Islamic State", forms: ["تنظيم داعش", "داعش"] };

/** Six articles over four days and three outlets, with entities, quotes and events. */
export const ARTICLES: ArticleSpec[] = [
  {
    title: "طائرات التحالف تقصف مواقع للحوثيين قرب صنعاء",
    paragraphs: [
      "شنت طائرات التحالف العربي فجر الاثنين غارات مكثفة على مواقع لجماعة الحوثي شمال صنعاء، ما أسفر عن مقتل 12 مسلحا.",
      "وقال المتحدث باسم التحالف العميد أحمد عسيري إن الغارات أصابت أهدافها بدقة عالية.",
    ],
    published: "2015-07-20", url: "https://www.akhbar-example.sa/news/1001", path: "corpus/a/1001.txt",
    entities: [
      COALITION, HOUTHIS,
      { id: "gn:71137", type: "GPE", name: "صنعاء", name_en: "Sanaa", forms: ["صنعاء"], geo: SANAA },
      { id: "rasid:ahmed-asiri", type: "PERSON", name: "أحمد عسيري", name_en: "Ahmed Asiri", forms: ["أحمد عسيري"] },
    ],
    quotes: [{ speaker: "rasid:ahmed-asiri", speaker_text: "أحمد عسيري", cue: "قال", text: "الغارات أصابت أهدافها بدقة عالية", direct: false }],
    events: [{
      type: "ASSAULT", source: COALITION.id, target: HOUTHIS.id, location: "gn:71137", date: "2015-07-20", mode: "violence",
      trigger: "غارات", sentence: "شنت طائرات التحالف العربي فجر الاثنين غارات مكثفة على مواقع لجماعة الحوثي شمال صنعاء، ما أسفر عن مقتل 12 مسلحا.", fatalities: 12,
    }],
  },
  {
    title: "اشتباكات عنيفة بالرقة بين تنظيم داعش والوحدات الكردية",
    paragraphs: [
      "اندلعت اشتباكات عنيفة أمس بالرقة بين مسلحي تنظيم داعش ومقاتلي الوحدات الكردية، وذكرت مصادر محلية أن التنظيم هاجم حاجزا للوحدات.",
      "ونقلت وكالة رويترز عن مصدر ميداني قوله إن المعارك ما زالت مستمرة في الأحياء الشمالية.",
    ],
    published: "2015-07-21", url: "https://akhbar-example.sa/news/1002", path: "corpus/a/1002.txt",
    entities: [
      ISIS,
      { id: "gn:163915", type: "GPE", name: "الرقة", name_en: "Raqqa", forms: ["الرقة"], geo: RAQQA },
      { id: "wd:Q1141436", type: "ORG", name: "وحدات حماية الشعب", name_en: "YPG", forms: ["الوحدات الكردية"] },
      { id: "wd:Q130879", type: "ORG", name: "رويترز", name_en: "Reuters", forms: ["وكالة رويترز"] },
    ],
    quotes: [{ speaker: null, speaker_text: "مصدر ميداني", cue: "قوله", text: "المعارك ما زالت مستمرة في الأحياء الشمالية", direct: false, via: "wd:Q130879" }],
    events: [{
      type: "ASSAULT", source: ISIS.id, target: "wd:Q1141436", location: "gn:163915", mode: "violence", trigger: "هاجم",
      sentence: "اندلعت اشتباكات عنيفة أمس بالرقة بين مسلحي تنظيم داعش ومقاتلي الوحدات الكردية، وذكرت مصادر محلية أن التنظيم هاجم حاجزا للوحدات.", hedged: true,
    }],
  },
  {
    title: "أردوغان يتوعد تنظيم داعش بالرد",
    paragraphs: [
      "قال الرئيس التركي رَجَب طيّب أَرْدُوغَان اليوم: «سنرد بقوة على أي اعتداء يطال حدودنا».",
      "وهدد أردوغان تنظيم داعش بعمليات واسعة، فيما نفى الجيش التركي أن يكون قد قصف مواقع داخل الأراضي السورية.",
    ],
    published: "2015-07-22", url: "https://www.wakala-example.com/p/77", path: "corpus/b/77.html",
    entities: [
      { id: "wd:Q39803", type: "PERSON", name: "رجب طيب أردوغان", name_en: "Recep Tayyip Erdoğan", forms: ["رَجَب طيّب أَرْدُوغَان", "أردوغان"] },
      ISIS,
      { id: "wd:Q43", type: "GPE", name: "تركيا", name_en: "Turkey", forms: ["التركي"], geo: { lat: 39, lon: 35, country: "TR" } },
      { id: "rasid:turkish-army", type: "ORG", name: "الجيش التركي", name_en: "Turkish Army", forms: ["الجيش التركي"] },
    ],
    quotes: [{ speaker: "wd:Q39803", speaker_text: "رَجَب طيّب أَرْدُوغَان", cue: "قال", text: "سنرد بقوة على أي اعتداء يطال حدودنا", direct: true }],
    events: [
      { type: "THREATEN", source: "wd:Q39803", target: ISIS.id, trigger: "هدد", sentence: "وهدد أردوغان تنظيم داعش بعمليات واسعة، فيما نفى الجيش التركي أن يكون قد قصف مواقع داخل الأراضي السورية." },
      { type: "ASSAULT", source: "rasid:turkish-army", trigger: "قصف", sentence: "وهدد أردوغان تنظيم داعش بعمليات واسعة، فيما نفى الجيش التركي أن يكون قد قصف مواقع داخل الأراضي السورية.", negated: true, mode: "violence" },
    ],
  },
  {
    title: "مصرف الراجحي يعلن نمو أرباحه الفصلية",
    paragraphs: ["أعلن مصرف الراجحي ارتفاع صافي أرباحه في الربع الثاني بنسبة سبعة في المئة مقارنة بالفترة نفسها من العام الماضي."],
    published: null, url: null, path: "corpus/c/bank.txt",
    entities: [{ id: "rasid:alrajhi-bank", type: "ORG", name: "مصرف الراجحي", name_en: "Al Rajhi Bank", forms: ["مصرف الراجحي"] }],
  },
  {
    title: "الرئيس المصري يستقبل وزير الخارجية السعودي في القاهرة",
    paragraphs: [
      "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي، وبحث الجانبان العلاقات الثنائية والأوضاع في اليمن.",
      "وأكدت مصر دعمها الكامل للتحالف العربي، بحسب ما قاله المتحدث الرسمي علاء موسى للصحفيين.",
    ],
    published: "2015-07-23", url: "https://www.wakala-example.com/p/78", path: "corpus/b/78.html",
    entities: [
      { id: "wd:Q79", type: "GPE", name: "مصر", name_en: "Egypt", forms: ["مصر", "المصري"], geo: { lat: 26, lon: 30, country: "EG" } },
      { id: "wd:Q851", type: "GPE", name: "السعودية", name_en: "Saudi Arabia", forms: ["السعودي"], geo: { lat: 24, lon: 45, country: "SA" } },
      { id: "gn:360630", type: "GPE", name: "القاهرة", name_en: "Cairo", forms: ["القاهرة"], geo: CAIRO },
      { id: "rasid:alaa-mousa", type: "PERSON", name: "علاء موسى", forms: ["علاء موسى"] },
      { ...COALITION, forms: ["للتحالف العربي"] },
    ],
    events: [
      { type: "CONSULT", source: "wd:Q79", target: "wd:Q851", location: "gn:360630", date: "2015-07-23", trigger: "استقبل", sentence: "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي، وبحث الجانبان العلاقات الثنائية والأوضاع في اليمن." },
      { type: "SUPPORT", source: "wd:Q79", target: COALITION.id, trigger: "دعمها", sentence: "وأكدت مصر دعمها الكامل للتحالف العربي، بحسب ما قاله المتحدث الرسمي علاء موسى للصحفيين." },
    ],
  },
  {
    title: "الحوثيون يقصفون أحياء في تعز",
    paragraphs: ["قصف مسلحو جماعة الحوثي أحياء سكنية في تعز، وقالت مصادر طبية إن ثلاثة مدنيين قتلوا."],
    published: "2015-07-23", url: "https://akhbar-example.sa/news/1003", path: "corpus/a/1003.txt",
    entities: [
      HOUTHIS,
      { id: "gn:70225", type: "GPE", name: "تعز", name_en: "Taizz", forms: ["تعز"], geo: { lat: 13.5795, lon: 44.0209, country: "YE" } },
    ],
    events: [{ type: "ASSAULT", source: HOUTHIS.id, location: "gn:70225", date: "2015-07-23", mode: "violence", trigger: "قصف", sentence: "قصف مسلحو جماعة الحوثي أحياء سكنية في تعز، وقالت مصادر طبية إن ثلاثة مدنيين قتلوا.", fatalities: 3 }],
  },
];

export const DOCS: ContractDocument[] = ARTICLES.map(article);
