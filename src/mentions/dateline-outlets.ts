// The outlet named in a dateline between dashes: "كتبه فلان - سبق - الرياض:". An outlet whose
// bare name is an ordinary word (سبق "preceded", الوطن "the homeland") is filed in the KB under its
// media head only (صحيفة سبق), so the KB match never sees it; between two dashes, the word is the
// outlet when a media head and it make a KB outlet's name. SaudiNewsNet (28k articles): «- سبق -»
// heads about 1,050 articles. A word the KB knows as a place (الرياض، المدينة) is the dateline's
// place there, not the paper of that name, and is left alone.
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { placeNamed } from "./org-patterns.ts";

const DASHES = new Set(["-", "–", "—"]);
const MAX_WORDS = 2;

export function datelineOutlets(c: Ctx): FoundMention[] {
  const { tokens, text, lex, gaz } = c;
  const out: FoundMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const d = tokens[i];
    if (d.kind !== "punct" || !DASHES.has(d.text)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i - 1 < MAX_WORDS && isWord(tokens[k]) && tokens[k].kind === "word") k++;
    if (k === i + 1 || k >= tokens.length || tokens[k].kind !== "punct" || !DASHES.has(tokens[k].text)) continue;
    const name = normalize(text.slice(tokens[i + 1].start, tokens[k - 1].end));
    if (lex.stops.has(name) || placeNamed(gaz.lookup(name))) continue;
    let ids: string[] = [];
    for (const h of lex.mediaHeads) {
      const hit = gaz.lookup(`${h} ${name}`);
      if (hit) ids = hit.filter((e) => e.type === "ORG").map((e) => e.id);
      if (ids.length) break;
    }
    if (!ids.length) continue;
    out.push(makeMention(text, tokens, tokens[i + 1].readings[0], i + 1, k, "ORG", "kb", 0.7, name, ids));
    i = k - 1;
  }
  return out;
}
