// Organizations named with a definite head, the way the press names most bodies it does not
// abbreviate: "المجلس الأعلى للحراك الثوري", "الهيئة الوطنية لمكافحة الفساد", "اللجنة العليا
// للانتخابات". orgPatterns reads only an indefinite head in construct ("هيئة تحرير الشام"); a
// definite head is followed by adjectives instead, and alone ("المجلس الأعلى") it is a description,
// not a name. What makes it a name is the لـ-complement that says what the body is for: head,
// one to three definite adjectives, then a لل-word (or ل + an indefinite word in construct with a
// definite one: لمكافحة الفساد), then the definite words of that complement. Over SaudiNewsNet the
// shape head + adjective + لـ-word is a body's name in about nine of ten of its 1,030 distinct
// occurrences (الهيئة العامة للسياحة، الاتحاد السعودي لكرة القدم، المؤسسة العامة للتدريب التقني).
// A known organization may be the complement: a body of it is a body of its own ("المكتب السياسي
// لحركة حماس", "اللجنة المركزية لحركة فتح", "الكتلة البرلمانية للإخوان المسلمين"); not a state's
// institution named by its nationality ("الحزب الديموقراطي للرئاسة الأميركية": a race for it) nor
// a news medium (ل of the addressee: "قال مسؤول في الشركة لوكالة الصحافة الفرنسية").
import type { FoundMention } from "./candidate.ts";
import type { Reading, Token } from "../core/document.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { ADJ_WORD, HEAD_PRE, ORG_HEAD, STOP, wordClasses } from "./word-classes.ts";

const MAX_ADJ = 3, MAX_TAIL = 3;

/** `known`: mentions found so far by start token (KB names, institutions, other patterns). */
export function definiteOrgs(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(cls[i] & ORG_HEAD)) continue;
    const r = definiteHead(c, tokens[i]);
    if (!r) continue;
    const sentence = tokens[i].sentence;
    // the adjectives: plain definite words (الأعلى، الوطنية، السعودية)
    if (known.has(i)) continue; // "التحالف العربي": a name already found stands as found
    // (a known name ends the run, but a nationality adjective is one: الهيئة السعودية للمواصفات)
    let k = i + 1;
    while (k - i - 1 < MAX_ADJ && inSentence(tokens, k, sentence) && plainDefinite(tokens[k]) && free(c, cls, known, k)) k++;
    if (k === i + 1 || !inSentence(tokens, k, sentence)) continue;
    // the لـ-complement: للحراك، or لمكافحة + الفساد
    const u = tokens[k];
    let lil = false, lIndef = false;
    for (const x of u.readings) {
      if (x.pre !== "ل" || x.post !== "") continue;
      if (x.article) lil = true; else lIndef = true;
    }
    // a known organization as the complement: a body of it ("المكتب السياسي لحركة حماس", "اللجنة
    // المركزية لحركة فتح"): the name runs over the organization's
    const of = known.get(k);
    if (of && of.type === "ORG" && of.tokens.start === k && of.role !== "institution" && !media(c, of) && lIndefOrLil(u, of, text)) {
      const key = normalize(r.norm + text.slice(tokens[i].start + r.to, tokens[of.tokens.end - 1].end));
      out.push(makeMention(text, tokens, r, i, of.tokens.end, "ORG", "pattern", 0.6, key));
      i = of.tokens.end - 1;
      continue;
    }
    if (known.has(k) || (!lil && !(lIndef && inSentence(tokens, k + 1, sentence) && plainDefinite(tokens[k + 1])))) continue;
    k++;
    // the complement's own definite words (الثوري، الفساد، الاحمر), up to three
    const tail = k;
    while (k - tail < MAX_TAIL && inSentence(tokens, k, sentence) && plainDefinite(tokens[k]) && free(c, cls, known, k) && !known.has(k) && !lex.titles.has(tokens[k].norm)) k++;
    // لمكافحة must go on (الفساد); للحصول + على, للتأكد + من: a clause's verbal noun, not a body's purpose
    if (k === tail && (!lil || (inSentence(tokens, k, sentence) && lex.verbPreps.has(tokens[k].norm)))) continue;
    // (the key from the stem: للهيئة X and الهيئة X are one body)
    const key = normalize(r.norm + text.slice(tokens[i].start + r.to, tokens[k - 1].end));
    out.push(makeMention(text, tokens, r, i, k, "ORG", "pattern", 0.6, key));
    i = k - 1;
  }
  return out;
}

// (module-level functions, not closures made per head: a named closure costs tsx's and the
// bundle's __name() at each creation, bench/PERF.md session 11)
/** Is token k a word of the head's sentence? */
function inSentence(tokens: readonly Token[], k: number, sentence: number): boolean {
  return k < tokens.length && isWord(tokens[k]) && tokens[k].kind === "word" && tokens[k].sentence === sentence;
}

/** May token k go on the run: no stop word, direction or relational word, and not a name found
 *  already unless it is an adjective (a nationality: الهيئة السعودية للمواصفات)? */
function free(c: Ctx, cls: ArrayLike<number>, known: Map<number, FoundMention>, k: number): boolean {
  const { tokens, lex } = c;
  return !(cls[k] & STOP) && !lex.directions.has(tokens[k].norm) && !lex.relational.has(tokens[k].norm) && (!known.has(k) || (cls[k] & ADJ_WORD) !== 0);
}

/** A news medium or agency (the KB's subtypes): "مدير في الشركة الوطنية لوكالة أنباء الشرق" told
 *  the agency; a body of a medium is rarely named so. */
function media(c: Ctx, m: FoundMention): boolean {
  const e = m.kbId ? c.gaz.byId(m.kbId) : undefined;
  return !!e && (e.subtype === "media" || e.subtype === "news_agency");
}

/** Does the known mention m start at token u after a ل (لحركة حماس) or with a fused لل (للاتحاد الدولي)? */
function lIndefOrLil(u: Token, m: FoundMention, text: string): boolean {
  const before = text.slice(u.start, m.start);
  return before === "ل" || (before === "" && m.text.startsWith("لل"));
}

/** The token's reading that is ال + an organization head (المجلس، والهيئة، بالاتحاد), or null. */
function definiteHead(c: Ctx, t: Token): Reading | null {
  for (const x of t.readings) {
    if (!x.article || x.post !== "" || !HEAD_PRE.has(x.pre)) continue;
    const h = c.lex.orgHeads.get(x.bare);
    if (h && h.type === "ORG" && !c.lex.constructHeads.has(x.bare)) return x; // (الأمانة العامة لـX: X's secretariat, X is the name)
  }
  return null;
}

/** A definite word with no clitic in front (الأعلى, not والأعلى or بالأعلى): an adjective or genitive. */
function plainDefinite(t: Token): boolean {
  const r = t.readings[0];
  return r.article && r.pre === "" && r.post === "";
}
