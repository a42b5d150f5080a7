// A one-word KB place read off a written word only by splitting a proclitic, where the written word
// is likelier something else: a dictionary word as written ("وكيل" "agent" is no و + Kiel, "بنوك"
// "banks" no ب + Nuuk, "كامل" "whole" no ك + Amol, "كمين" "ambush" no ك + Maine), or a foreign word
// that starts with ك, which the press writes far oftener than "like + a town" ("كورونا" the virus,
// read as ك + Verona). A word with tanween is no name at all ("دوماً" "always", not Douma). The
// tagger, which reads words and not the KB, names such words (a virus, an agency's title), and a KB
// place it names is kept whatever its doubt (model-mentions.ts), so the word is judged here. ك
// before a country or capital ("كروسيا", "كالقاهرة": the article is the word's own) is kept.
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
  return withoutWhere(ms, (m) => (m.via === "kb" || !!m.kbId) && PLACES.has(m.type) && m.tokens.end - m.tokens.start === 1 && otherWord(c, m));
}

function otherWord(c: Ctx, m: FoundMention): boolean {
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
  if (!KAF.has(r.pre) || r.article) return false;
  return es.every((e) => !BIG.has(e.subtype));
}
