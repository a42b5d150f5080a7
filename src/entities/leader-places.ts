// A coalition named with the state that leads it ("التحالف بقيادة المملكة العربية السعودية", "قوات
// التحالف بقيادة السعودية", "التحالف الذي تقوده واشنطن") is one knowledge-base name, and the resolved
// mentions never overlap: the leading state, which the text names there, was lost with it — often the
// one place the document names the kingdom by its name. The state after a leader word (بقيادة،
// تقوده: leader_word in ner-cues.tsv) inside an organization's name joins the document's group of
// that state, or becomes one. Only a country or a capital: after بقيادة the country's name is no
// adjective (السعودية), which nested-places.ts must otherwise assume. The actor index keeps the outer
// mention at its tokens, as for nested places: quotes and events read the coalition.
import type { Document } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { mentionOf } from "../mentions/candidate.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";
import type { Lexicons } from "../mentions/lexicons.ts";
import type { Group } from "./link-entities.ts";
import { addPlaceMentions } from "./nested-places.ts";

/** The longest state name read after a leader word, in words ("المملكة العربية السعودية"). */
const MAX_WORDS = 3;

/** Adds the states named as leaders inside organizations' names to `groups` (in place). */
export function addLeaderPlaces(groups: Map<string, Group>, tokens: Document["tokens"], text: string, gaz: Gazetteer, lex: Lexicons): void {
  if (!lex.leaderWords.size) return;
  let found: [FoundMention, NameEntry][] | null = null;
  for (const g of groups.values()) {
    if (g.type !== "ORG") continue;
    for (const m of g.mentions) {
      for (let i = m.tokens.start + 1; i + 1 < m.tokens.end; i++) {
        if (!lex.leaderWords.has(tokens[i].norm)) continue;
        const p = stateAt(i + 1, m.tokens.end, tokens, text, gaz);
        if (p) (found ??= []).push(p);
        break;
      }
    }
  }
  if (found) addPlaceMentions(groups, found, (_, e) => groups.get(e.id));
}

/** The country or capital named from token i on (the longest name first, up to `end`), as a mention, or null. */
function stateAt(i: number, end: number, tokens: Document["tokens"], text: string, gaz: Gazetteer): [FoundMention, NameEntry] | null {
  const r = tokens[i].readings[0];
  if (r.pre !== "" || r.post !== "") return null;
  for (let n = Math.min(MAX_WORDS, end - i); n >= 1; n--) {
    const key = tokens.slice(i, i + n).map((t) => t.norm).join(" ");
    const cands = gaz.lookup(key);
    if (!cands?.length) continue;
    const e = cands.find((x) => x.type === "GPE" && (x.subtype === "country" || (x.subtype === "capital" && !x.generated))) ?? null;
    if (!e) return null;
    const start = tokens[i].start, stop = tokens[i + n - 1].end;
    return [mentionOf(start, stop, text.slice(start, stop), e.type, e.id, "kb", 0.5, { start: i, end: i + n }, key, [e.id], undefined), e];
  }
  return null;
}
