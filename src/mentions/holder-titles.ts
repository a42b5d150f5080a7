// A head word before a dignitary's title belongs to the dignitary, not to a body or a place of its own:
// - "نرفع التهاني لمقام خادم الحرمين …": مقام "station" before a royal or political title
//   is the court style for the person (honorific_head in ner-cues.tsv), no shrine (مقام السيدة زينب is
//   one: a religious title there). SaudiNewsNet, 28k records: «مقام خادم» 124 times, each the king;
//   the facility pattern read every one as a FAC that swallowed the king's name.
// - "وقال مكتب الرئيس [بول بيا] إن": after an office head (office_body: مكتب) a name right after a
//   political title written with ال is the office holder, whom the press quotes through his office;
//   the head's complement ends at the title, so the head alone names no body ("مكتب رئيس الوزراء"
//   with no name stays office-bodies.ts's). (Not under إدارة: "إدارة الرئيس أوباما" is the
//   administration, an organization the annotators may mark.) SaudiNewsNet 2015-07-23/25: 4 such
//   offices (بوتفليقة twice, بول بيا twice), each read as an ORG "مكتب الرئيس X" that cut the name.
import type { Ctx } from "./words.ts";
import { isWord } from "./candidate.ts";

const COURT_KINDS = new Set(["royal", "political"]);

/** Is head (normalized) an honorific head with a royal or political title at token k? */
export function honorificBeforeTitle(c: Ctx, head: string, k: number): boolean {
  if (!c.lex.honorificHeads.has(head)) return false;
  const t = c.tokens[k];
  if (!isWord(t) || t.sentence !== c.tokens[k - 1].sentence) return false;
  return titleKindAt(c, k, COURT_KINDS);
}

/** Is token k - 1 a political title written with ال (الرئيس), so that token k begins its holder's name? */
export function afterPoliticalTitle(c: Ctx, k: number): boolean {
  const p = c.tokens[k - 1];
  if (!isWord(p) || p.readings[0].pre !== "" || !p.readings[0].article) return false;
  const rows = c.lex.titles.get(p.norm);
  if (!rows) return false;
  for (const r of rows) if (r.words.length === 1 && r.kind === "political") return true;
  return false;
}

/** Does a title of one of `kinds` begin at token k (its words as written, folded)? */
function titleKindAt(c: Ctx, k: number, kinds: ReadonlySet<string>): boolean {
  const rows = c.lex.titles.get(c.tokens[k].norm);
  if (!rows) return false;
  for (const r of rows) {
    if (!kinds.has(r.kind)) continue;
    let ok = true;
    for (let w = 1; w < r.words.length && ok; w++) ok = c.tokens[k + w]?.norm === r.words[w];
    if (ok) return true;
  }
  return false;
}
