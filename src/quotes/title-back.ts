// "وأعلن المتحدث …"، "وقال المتحدث باسم البيت الأبيض:"، "وتمنى الوزير الألماني": a definite title
// as the subject of a cue, with no name of its own after it, repeats the title an earlier person was
// introduced with ("المتحدث باسم البيت الأبيض X"، "X، المتحدث باسم الوزارة"، "X وزير الخارجية
// الألماني"). That person speaks — not an unnamed spokesman, and not the institution named in the
// title ("باسم البيت الأبيض"). Without such a person the caller goes on as before.
import type { Token } from "../core/document.ts";
import type { ActorMention } from "../actors/mentions.ts";
import type { Speaker, State } from "./state.ts";
import { firstMentionFrom } from "./state.ts";
import { isNisba, titleWord } from "./speakers.ts";
import { normalize } from "../text/normalize.ts";
import { isAn } from "./tokens.ts";

const OWN_NAME = 20;    // tokens after the title in which its own holder's name would stand (before a punctuation mark or أن)
const AFTER_NAME = 1;   // words after a person's name (a comma aside) of which the first is his appositive title ("X، المتحدث")
const TITLE_BEFORE = 8; // tokens before a person's name in which his title may start
const REACH = 1500;     // characters back in which the earlier holder is looked for

/** The earlier person a definite title at token i stands for, else null. */
export function heldTitle(st: State, i: number): Speaker | null {
  const t = st.toks[i];
  if (!t || !definiteTitle(t) || st.ix.atToken[i]) return null;
  // "وقال المتحدث باسم الوزارة العميد X"، "وأوضح المدير الإقليمي للحملة … الدكتور X أن": the title's
  // own holder follows, before the content opens
  for (let j = i + 1; j < Math.min(i + OWN_NAME, st.toks.length) && st.toks[j].kind !== "punct" && !isAn(st.toks[j]); j++) if (st.ix.atToken[j]?.type === "PERSON") return null;
  return titledPerson(st, i);
}

/** "ال" + a title head of titles.tsv (المتحدث، الوزير، الناطق), no pronoun after it. */
function definiteTitle(t: Token): boolean {
  return titleWord(t) && t.readings.some((r) => r.article && !r.post && (r.pre === "" || r.pre === "و"));
}

/** The latest person before token i whose name a comma or nothing separates from the same title
 *  word after it ("سالم الفرحاني، المتحدث باسم وزارة الداخلية"، "فرانك شتاينماير وزير الخارجية"),
 *  or whose title starts with it up to TITLE_BEFORE words before the name, no punctuation between. */
function titledPerson(st: State, i: number): Speaker | null {
  const bare = bareTitle(st.toks[i]);
  if (!bare) return null;
  const off = st.toks[i].start;
  const nisba = nisbaAt(st, i + 1);
  for (let k = firstMentionFrom(st, i) - 1; k >= 0; k--) {
    const mm = st.ix.mentions[k];
    if (off - mm.end > REACH) break;
    // ("المتحدث باسم X": X is whom the spokesman speaks for, never the spokesman)
    if (mm.type !== "PERSON" || st.toks[mm.first - 1]?.norm === "باسم") continue;
    // (before the name, past a long title: "وزير الدولة لشؤون الإغاثة في البلاد X"; a conjunction
    // there starts another clause: "قتل طيار وأصيب آخر عندما …")
    for (let j = mm.first - 1; j >= Math.max(0, mm.first - TITLE_BEFORE) && st.toks[j].kind !== "punct"; j--) {
      const w = st.toks[j];
      if (st.ix.atToken[j]?.type === "PERSON" || isAn(w) || (j < mm.first - 1 && conjoined(w))) break;
      // ("المتحدث باسم الأمين العام X": the title after باسم is whom X speaks for, not X's)
      if (!st.ix.atToken[j] && isTitle(w, bare) && headsTitle(st, j) && st.toks[j - 1]?.norm !== "باسم" && sameCountry(st, nisba, j, mm.first)) return { id: mm.id, text: mm.text, at: mm.first };
    }
    for (let j = mm.last + 1, n = 0; j < st.toks.length && j < i && n < AFTER_NAME; j++) {
      const w = st.toks[j];
      if (w.kind === "punct") { if (w.text === "،" || w.text === ",") continue; break; }
      n++;
      if (st.ix.atToken[j]) break;
      if (isTitle(w, bare) && sameCountry(st, nisba, j, Math.min(j + 4, i))) return { id: mm.id, text: mm.text, at: mm.first };
    }
  }
  return null;
}

/** A word that opens with the conjunction و (every reading has it as proclitic: "وزير" has one without). */
function conjoined(t: Token): boolean {
  return t.readings.length > 0 && t.readings.every((r) => r.pre.startsWith("و"));
}

/** The title word itself, bare or after ل ("مقالا للكاتب X"), not after و ("X، ووزير الخارجية Y" is another man). */
function isTitle(t: Token, bare: string): boolean {
  return t.readings.some((r) => !r.post && r.bare === bare && (r.pre === "" || r.pre === "ل"));
}

/** The word at j is definite or in construct with what follows ("الوزير"، "وزير الإدارة"): a title,
 *  not a bare indefinite noun ("قتل طيار وأصيب آخر"). */
function headsTitle(st: State, j: number): boolean {
  const n = st.toks[j + 1];
  return st.toks[j].readings.some((r) => r.article) || (!!n && (n.readings.some((r) => r.article) || !!st.ix.atToken[j + 1]));
}

/** The nationality adjective at token i ("الوزير الكندي"), normalized, else "". */
function nisbaAt(st: State, i: number): string {
  const mm = st.ix.atToken[i];
  return mm && mm.first === i && isNisba(mm) ? normalize(mm.text) : "";
}

/** No other nationality than the title's own stands in the earlier title [a, b): "وزير الخارجية
 *  العراقي X" is not "الوزير الكندي". */
function sameCountry(st: State, nisba: string, a: number, b: number): boolean {
  if (!nisba) return true;
  let other = false;
  for (let j = a; j < b; j++) {
    const mm = st.ix.atToken[j];
    if (!mm || mm.first !== j || !isNisba(mm)) continue;
    if (normalize(mm.text) === nisba) return true;
    other = true;
  }
  return !other;
}

function bareTitle(t: Token): string {
  for (const r of t.readings) if (r.article && !r.post && (r.pre === "" || r.pre === "و")) return r.bare;
  return "";
}


/** "المتحدث باسم X": the mention stands right after باسم (X is whom the title speaks for). */
export function speaksFor(st: State, mm: ActorMention): boolean {
  const p = st.toks[mm.first - 1];
  return !!p && p.norm === "باسم";
}
