// A generic name the document does not resolve (context-names.ts: "حركة التغيير" is Gorran in an
// Iraqi story, "وزارة الخارجية" the ministry of the story's state) is still a name when an
// organization head of its own opens it: without the KB, the head pattern (org-patterns.ts) would
// have found it as an organization of its own. Such a mention becomes an entity the KB does not
// link, rather than no entity at all (only the form itself: a longer span over it is another name); a form with an ordinary-noun head (قوات التحالف، المقاومة)
// stays out, as the pattern would leave it.
import type { Lexicons } from "../mentions/lexicons.ts";
import type { ContextNames } from "./context-names.ts";

/**
 * Is the normalized name one of the generic forms themselves (not a longer span that took a form's
 * candidates, "جماعة القوات المسلحة الثورية الكولومبية": a name the document has linked otherwise),
 * opening with a non-weak organization head and going on after it?
 */
export function namedByHead(key: string, lex: Lexicons, forms: ContextNames): boolean {
  if (!forms.has(key)) return false;
  const sp = key.indexOf(" ");
  if (sp < 0) return false;
  const h = lex.orgHeads.get(key.slice(0, sp));
  return h !== undefined && h.type === "ORG" && !h.weak;
}
