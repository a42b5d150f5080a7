// The outlet named in a dateline between dashes: "كتبه فلان - سبق - الرياض:". An outlet whose
// bare name is an ordinary word (سبق "preceded", الوطن "the homeland") is filed in the KB under its
// media head only (صحيفة سبق), so the KB match never sees it; between two dashes, the word is the
// outlet when a media head and it make a KB outlet's name. SaudiNewsNet (28k articles): «- سبق -»
// heads about 1,050 articles. A word the KB knows as a place (الرياض، المدينة) is the dateline's
// place there, not the paper of that name, and is left alone. org17: the same outlet opening a
// paragraph before a dash ("سبق- الرياض:"), as some of its pages write the dateline: 28 of the
// 1,500 records of 2015-08-01/02, none found before.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { placeNamed } from "./org-patterns.ts";

const DASHES = new Set(["-", "–", "—"]);
const MAX_WORDS = 2;

export function datelineOutlets(c: Ctx): FoundMention[] {
  const { tokens, text } = c;
  const out: FoundMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const d = tokens[i];
    if (d.kind === "word" && lineStart(text, tokens, i)) { // org17: "سبق- الرياض:" opening a paragraph
      const m = outletBefore(c, i);
      if (m) { out.push(m); i = m.tokens.end; continue; }
    }
    if (d.kind !== "punct" || !DASHES.has(d.text)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i - 1 < MAX_WORDS && isWord(tokens[k]) && tokens[k].kind === "word") k++;
    if (k === i + 1 || k >= tokens.length || tokens[k].kind !== "punct" || !DASHES.has(tokens[k].text)) continue;
    const name = normalize(text.slice(tokens[i + 1].start, tokens[k - 1].end));
    const ids = outletIds(c, name);
    if (!ids.length) continue;
    out.push(makeMention(text, tokens, tokens[i + 1].readings[0], i + 1, k, "ORG", "kb", 0.7, name, ids));
    i = k - 1;
  }
  return out;
}

/** The KB outlets a media head and the bare name make (none for a stop word or a place's name). */
function outletIds(c: Ctx, name: string): string[] {
  const { lex, gaz } = c;
  if (lex.stops.has(name) || placeNamed(gaz.lookup(name))) return [];
  for (const h of lex.mediaHeads) {
    const hit = gaz.lookup(`${h} ${name}`);
    const ids = hit ? hit.filter((e) => e.type === "ORG").map((e) => e.id) : [];
    if (ids.length) return ids;
  }
  return [];
}

/** Does token i open its line (a line break in the gap before it; the gap is a space or two)? */
function lineStart(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  for (let j = tokens[i - 1].end; j < tokens[i].start; j++) if (text.charCodeAt(j) === 10) return true;
  return false;
}

/** "سبق- الرياض:": one or two words opening a line, then a dash: the outlet, as between dashes. */
function outletBefore(c: Ctx, i: number): FoundMention | null {
  const { tokens, text } = c;
  let k = i;
  while (k < tokens.length && k - i < MAX_WORDS && isWord(tokens[k]) && tokens[k].kind === "word") k++;
  if (k >= tokens.length || tokens[k].kind !== "punct" || !DASHES.has(tokens[k].text)) return null;
  const name = normalize(text.slice(tokens[i].start, tokens[k - 1].end));
  const ids = outletIds(c, name);
  return ids.length ? makeMention(text, tokens, tokens[i].readings[0], i, k, "ORG", "kb", 0.7, name, ids) : null;
}
