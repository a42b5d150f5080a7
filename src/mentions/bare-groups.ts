// A group the KB files under its head ("تنظيم القاعدة") named by its bare word ("القاعدة",
// bare_org_head in ner-cues.tsv) where no tagger reading backs it (group-words.ts takes the bare
// word only when the tagger or a pattern read it as an organization). The bare word is too
// ordinary to be an alias everywhere ("the base", "the rule": most of its uses in the news), so it
// is the group only on one of two marks the press gives a group's name:
// - set off by quotation marks or brackets around the word alone: «القاعدة»، (القاعدة);
// - joined by و to a militant group the KB knows, with no definite word after it: "طالبان
//   والقاعدة", "القاعدة وداعش" (not "حزب العمال الكردستاني والدولة التركية").
// An air base in brackets is written with its adjective ("(القاعدة العسكرية)"), which the first
// mark excludes. SaudiNewsNet 2015-08-01/02 (1,500 records): 77 bare القاعدة, 33 found before;
// of the 44 left, 5 are al-Qaeda with one of the marks (4 taken here), none of the 37 bases or
// rules has one. Over all bare words (الدولة too): 5 added, 4 right; the wrong one, "الدولة" before
// a nationality adjective, is now excluded.
import type { FoundMention } from "./candidate.ts";
import { makeMention, NAME_PRE } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import type { Token } from "../core/document.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Lexicons } from "./lexicons.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";

interface Res { lex: Lexicons; gaz: Gazetteer }
const OPEN = new Set(["«", "(", "\"", "“", "'"]);
const CLOSE = new Set(["»", ")", "\"", "”", "'"]);
const MILITANT = "militant_group";

/** The KB group the word names bare (تنظيم + word), or null. */
function bareGroup(r: Res, word: string): string | null {
  for (const h of r.lex.bareOrgHeads) {
    const es = r.gaz.lookup(`${h} ${word}`);
    if (es && es.length && es[0].type === "ORG") return es[0].id;
  }
  return null;
}

// a word one of whose readings (ال + stem, no enclitic) is a group's bare name (text/form-gate.ts)
const BARE = formGate((t: Token, r: Res) => {
  for (const x of t.readings) if (x.article && x.post === "" && NAME_PRE.has(x.pre) && bareGroup(r, x.norm)) return true;
  return false;
});
let res: Res | null = null;

/** `ms` with the bare group words the marks above name added, in document order. */
export function withBareGroups(c: Ctx, ms: FoundMention[]): FoundMention[] {
  const { tokens, text, lex, gaz } = c;
  if (!lex.bareOrgHeads.length) return ms;
  if (res === null || res.lex !== lex || res.gaz !== gaz) res = { lex, gaz };
  const hits = tokensPassing(BARE, tokens, res);
  if (!hits.length) return ms;
  let added: FoundMention[] | null = null;
  for (let p = 0; p < hits.length; p++) {
    const i = hits[p];
    if (ms.some((m) => m.tokens.start <= i && i < m.tokens.end)) continue;
    const t = tokens[i];
    for (const r of t.readings) {
      if (!r.article || r.post !== "" || !NAME_PRE.has(r.pre)) continue;
      const id = bareGroup(res, r.norm);
      if (!id) continue;
      if (!(r.pre === "" && setOff(tokens, i)) && !(describedNot(tokens, i) && joinedToGroup(c, ms, i, r.pre))) continue;
      (added ??= []).push(makeMention(text, tokens, r, i, i + 1, "ORG", "pattern", 0.7, r.norm, [id]));
      break;
    }
  }
  if (!added) return ms;
  return [...ms, ...added].sort((a, b) => a.start - b.start);
}

/** The word alone between an opening and a closing mark: «القاعدة»، (القاعدة). */
function setOff(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1], b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.kind === "punct" && b.kind === "punct" && OPEN.has(a.text) && CLOSE.has(b.text) && a.end === tokens[i].start && b.start === tokens[i].end;
}

/** No definite word goes on the noun: "والدولة التركية" is a state, "القاعدة الجوية" a base. */
function describedNot(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n === undefined || n.sentence !== tokens[i].sentence || n.kind !== "word" || !n.readings[0].article;
}

/** Joined by و to a KB militant group's mention: "طالبان والقاعدة" (pre و) or "القاعدة وداعش". */
function joinedToGroup(c: Ctx, ms: readonly FoundMention[], i: number, pre: string): boolean {
  const { tokens } = c;
  const militant = (m: FoundMention) => m.type === "ORG" && m.kbId !== null && c.gaz.byId(m.kbId)?.subtype === MILITANT;
  if (pre.startsWith("و")) {
    // the group just before, maybe behind its closing mark
    let j = i;
    if (tokens[j - 1]?.kind === "punct" && CLOSE.has(tokens[j - 1].text)) j--;
    if (ms.some((m) => m.tokens.end === j && militant(m))) return true;
  }
  if (pre !== "") return false;
  // the group just after: "والداعش" on the next token, or "و" then a mark then the group
  const n = tokens[i + 1];
  if (n === undefined || n.sentence !== tokens[i].sentence) return false;
  if (n.readings.some((r) => r.pre.startsWith("و")) && ms.some((m) => m.tokens.start === i + 1 && militant(m))) return true;
  if (n.text !== "و") return false;
  let k = i + 2;
  if (tokens[k]?.kind === "punct" && OPEN.has(tokens[k].text)) k++;
  return ms.some((m) => m.tokens.start === k && militant(m));
}
