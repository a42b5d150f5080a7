// Two readings of a lone group word the tagger (or a pattern) calls an organization:
// - a people or sect named as a group ("الأكراد", "الشيعة", people in ner-cues.tsv) is a generic
//   noun, not a named entity (GUIDELINES.md: nationality forms and generic nouns make none); the
//   tagger, trained on ANERcorp, reads such plurals as organizations;
// - a group the KB files under its head ("تنظيم القاعدة") named bare ("القاعدة", bare_org_head in
//   ner-cues.tsv): the bare word is too ordinary to be a KB alias ("the base", "the rule"), but
//   once the tagger or a pattern has read it as an organization it is the KB's group.
// - a phrase that names nothing ("رحمه الله", "حسن الجوار", "اليورو": not_name in ner-cues.tsv).
// KB matches and nationality adjectives are not asked: the KB's own names stand.
import type { FoundMention } from "./candidate.ts";
import { NAME_PRE } from "./candidate.ts";
import type { Ctx } from "./words.ts";

export function groupWords(c: Ctx, ms: FoundMention[]): FoundMention[] {
  const { lex, gaz, tokens } = c;
  if (!lex.peoples.size && !lex.bareOrgHeads.length && !lex.notNames.size) return ms;
  let out: FoundMention[] | null = null;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    let drop = false;
    if (m.via !== "kb" && m.role !== "adjective" && m.tokens.end - m.tokens.start === 1 && (m.type === "ORG" || m.type === "PERSON" || m.type === "GPE")) {
      for (const r of tokens[m.tokens.start].readings) {
        if (r.post !== "" || !NAME_PRE.has(r.pre)) continue;
        if (lex.peoples.has(r.norm)) { drop = true; break; }
        if (m.type === "ORG" && !m.kbId && r.article) {
          const e = bareGroup(r.norm);
          if (e) { m.kbId = e; m.candidates = [e]; break; }
        }
      }
    }
    if (!drop && m.via !== "kb" && lex.notNames.size && lex.notNames.has(m.key ?? "")) drop = true;
    if (drop) { out ??= ms.slice(0, k); continue; }
    if (out) out.push(m);
  }
  return out ?? ms;

  function bareGroup(word: string): string | null {
    for (const h of lex.bareOrgHeads) {
      const es = gaz.lookup(`${h} ${word}`);
      if (es && es.length && es[0].type === "ORG") return es[0].id;
    }
    return null;
  }
}
