// A one-word KB place read off a written word only by splitting a proclitic, where the written word
// is likelier something else: a dictionary word as written ("وكيل" "agent" is no و + Kiel, "بنوك"
// "banks" no ب + Nuuk, "كامل" "whole" no ك + Amol, "كمين" "ambush" no ك + Maine), or a foreign word
// that starts with ك, which the press writes far oftener than "like + a town" ("كورونا" the virus,
// read as ك + Verona). A word with tanween is no name at all ("دوماً" "always", not Douma). The
// tagger, which reads words and not the KB, names such words (a virus, an agency's title), and a KB
// place it names is kept whatever its doubt (model-mentions.ts), so the word is judged here. ك
// before a country or capital ("كروسيا", "كالقاهرة": the article is the word's own) is kept.
// A foreign-named town (not a country, capital or province) read only by cutting a proclitic off
// needs the document's word for it: "بلاتر" is Blatter, not ب + Latur (GeoNames writes لاتر),
// "لجاكسون" Jackson Pollock, "بنيس" a poet; the town stands when the document also writes its name
// another way (bare, or with another clitic: "في زيوريخ" … "بزيوريخ") or, after و/ف, right
// after another place ("مومباي وكراتشي").
// News check (3,000 SaudiNewsNet records, 2015-07-21/25): see the commit.
import { type FoundMention, withoutWhere } from "./candidate.ts";
import { ordinaryWords } from "./model/features.ts";
import { foreignNamed } from "../kb/loose.ts";
import type { Ctx } from "./words.ts";

const PLACES = new Set(["GPE", "LOC"]);
const TANWEEN = /[\u064b-\u064d]/;
const KAF = new Set(["ك", "وك", "فك"]);
const BIG = new Set(["country", "capital", "province", "region", "continent"]);

export function withoutCliticPlaces(c: Ctx, ms: FoundMention[]): FoundMention[] {
  return withoutWhere(ms, (m) => (m.via === "kb" || !!m.kbId) && PLACES.has(m.type) && m.tokens.end - m.tokens.start === 1 && otherWord(c, m, ms));
}

function otherWord(c: Ctx, m: FoundMention, ms: FoundMention[]): boolean {
  const t = c.tokens[m.tokens.start];
  if (TANWEEN.test(t.text)) return m.role !== "adjective"; // ("تركيًا" "in Turkish terms" stays the adjective it is)
  if (m.start === t.start) return false; // (the word as written is the name)
  const r = t.readings.find((x) => x.post === "" && x.norm === m.key && m.start === t.start + x.from);
  if (!r) return false;
  const es = c.gaz.lookup(m.key);
  if (!es?.length) return false;
  const words = ordinaryWords();
  if (words.has(t.norm) && !c.gaz.lookup(t.norm)) {
    // (after و/ف a dictionary form is as often "and + the place" of a list: "أوروبا وآسيا",
    // "تعز وإب"; only a small foreign town is the likelier misreading there: "وكيل" no و + Kiel)
    if (r.pre[0] !== "و" && r.pre[0] !== "ف") return true;
    return es.every((e) => !BIG.has(e.subtype) && foreignNamed(e));
  }
  if (es.every((e) => !BIG.has(e.subtype) && foreignNamed(e)) && !vouched(c, m, ms)) return true;
  if (!KAF.has(r.pre) || r.article) return false;
  return es.every((e) => !BIG.has(e.subtype));
}

/** Does the document write m's place another way than m's written word, or (after و/ف) list it after a place? */
function vouched(c: Ctx, m: FoundMention, ms: FoundMention[]): boolean {
  const t = c.tokens[m.tokens.start];
  for (const x of ms) if (x !== m && x.key === m.key && c.tokens[x.tokens.start].norm !== t.norm) return true;
  const pre = t.norm[0];
  if (pre !== "و" && pre !== "ف") return false;
  const end = c.tokens[m.tokens.start - 1]?.end ?? -1;
  return ms.some((x) => x.end === end && PLACES.has(x.type)) || ms.some((x) => x.end === c.tokens[m.tokens.start - 2]?.end && PLACES.has(x.type) && c.tokens[m.tokens.start - 1].text === "،");
}
