// The UI's words, Arabic first with English beside them. The page stays right-to-left in both
// (the articles are Arabic); the toggle changes labels only. One table, so a missing label is a
// type error rather than a blank.
import { createContext } from "preact";
import { useContext } from "preact/hooks";

export type Lang = "ar" | "en";

const LABELS = {
  app: ["راصد", "Rasid"],
  tagline: ["حقائق موثقة من الأخبار العربية", "Sourced facts from Arabic news"],
  search: ["بحث", "Search"],
  events: ["الأحداث", "Events"],
  map: ["الخريطة", "Map"],
  graph: ["شبكة الفاعلين", "Actor network"],
  query: ["ابحث في المقالات…", "Search the articles…"],
  go: ["ابحث", "Go"],
  from: ["من تاريخ", "From"],
  to: ["إلى تاريخ", "To"],
  outlet: ["الموقع", "Outlet"],
  entityType: ["نوع الكيان", "Entity type"],
  eventType: ["نوع الحدث", "Event type"],
  any: ["الكل", "Any"],
  hedged: ["غير مؤكد", "Hedged"],
  negated: ["منفي", "Negated"],
  yes: ["نعم", "Yes"],
  no: ["لا", "No"],
  results: ["نتيجة", "results"],
  noResults: ["لا نتائج", "No results"],
  loading: ["جارٍ التحميل…", "Loading…"],
  entities: ["الكيانات", "Entities"],
  quotes: ["الاقتباسات", "Quotes"],
  aliases: ["الأسماء الواردة", "Aliases"],
  mentionsOverTime: ["الإشارات عبر الزمن", "Mentions over time"],
  cooccurring: ["كيانات ترد معه", "Co-occurring entities"],
  documents: ["المقالات", "Documents"],
  mentions: ["إشارة", "mentions"],
  firstSeen: ["أول ظهور", "First seen"],
  lastSeen: ["آخر ظهور", "Last seen"],
  source: ["الفاعل", "Source"],
  target: ["المفعول به", "Target"],
  location: ["المكان", "Location"],
  date: ["التاريخ", "Date"],
  type: ["النوع", "Type"],
  trigger: ["الدالّ", "Trigger"],
  evidence: ["الجملة الدليل", "Evidence"],
  timeline: ["الخط الزمني", "Timeline"],
  speaker: ["المتحدث", "Speaker"],
  via: ["عبر", "Via"],
  direct: ["مباشر", "Direct"],
  reported: ["منقول", "Reported"],
  openArticle: ["فتح المقال", "Open article"],
  openEntity: ["صفحة الكيان", "Entity page"],
  sources: ["المصادر", "Sources"],
  published: ["تاريخ النشر", "Published"],
  more: ["المزيد", "More"],
  previous: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  places: ["الأماكن", "Places"],
  comentions: ["إظهار الورود المشترك", "Show co-mentions"],
  minWeight: ["أدنى وزن", "Minimum weight"],
  entity: ["الكيان (المعرّف)", "Entity (id)"],
  asSource: ["فاعلاً", "as source"],
  asTarget: ["مفعولاً به", "as target"],
  stats: ["في القاعدة", "In the store"],
  error: ["خطأ", "Error"],
  notBuilt: ["لا شيء هنا بعد", "Nothing here yet"],
  language: ["English", "العربية"],
  nodes: ["عقدة", "nodes"],
  edges: ["رابط", "edges"],
  mode: ["النمط", "Mode"],
  fatalities: ["قتلى", "Fatalities"],
  stance: { asserted: ["مؤكد", "asserted"], alleged: ["مزعوم", "alleged"], denied: ["منفي", "denied"] },
} as const;

export type LabelKey = Exclude<keyof typeof LABELS, "stance">;

const PLOVER: Record<string, [string, string]> = {
  AGREE: ["اتفاق", "Agree"], CONSULT: ["تشاور", "Consult"], SUPPORT: ["دعم", "Support"], CONCEDE: ["تنازل", "Concede"],
  COOPERATE: ["تعاون", "Cooperate"], AID: ["مساعدة", "Aid"], RETREAT: ["انسحاب", "Retreat"], REQUEST: ["طلب", "Request"],
  ACCUSE: ["اتهام", "Accuse"], REJECT: ["رفض", "Reject"], THREATEN: ["تهديد", "Threaten"], PROTEST: ["احتجاج", "Protest"],
  SANCTION: ["عقوبات", "Sanction"], MOBILIZE: ["تعبئة", "Mobilize"], COERCE: ["إكراه", "Coerce"], ASSAULT: ["اعتداء", "Assault"],
};
export const PLOVER_TYPES = Object.keys(PLOVER);

const ENTITY: Record<string, [string, string]> = {
  PERSON: ["شخص", "Person"], ORG: ["منظمة", "Organization"], GPE: ["كيان سياسي", "Country/city"],
  LOC: ["موقع", "Location"], FAC: ["منشأة", "Facility"],
};
export const ENTITY_TYPES = Object.keys(ENTITY);

const idx = (lang: Lang) => (lang === "ar" ? 0 : 1);

export interface T {
  lang: Lang;
  (key: LabelKey): string;
  plover: (type: string) => string;
  entityType: (type: string) => string;
  stance: (s: "asserted" | "alleged" | "denied") => string;
}

export function translator(lang: Lang): T {
  const i = idx(lang);
  const t = ((key: LabelKey) => LABELS[key][i]) as T;
  t.lang = lang;
  t.plover = (type) => PLOVER[type]?.[i] ?? type;
  t.entityType = (type) => ENTITY[type]?.[i] ?? type;
  t.stance = (s) => LABELS.stance[s][i];
  return t;
}

export const LangContext = createContext<T>(translator("ar"));
export const useT = (): T => useContext(LangContext);

export function savedLang(): Lang {
  try { return localStorage.getItem("rasid.lang") === "en" ? "en" : "ar"; } catch { return "ar"; }
}
export function saveLang(lang: Lang): void {
  try { localStorage.setItem("rasid.lang", lang); } catch { /* private mode: the toggle still works for this page */ }
}
