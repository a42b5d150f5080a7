// "تواصل قوات الجيش X عملياتها … وخلال العمليات قامت القوات بمحاصرة القرى"، "قصف طيران التحالف
// مواقع … . كما قصفت الطائرات"، "قالت المقاومة الشعبية إن الثوار قتلوا": the press names a force
// once and then takes it up by a bare definite noun of its kind (القوات، الطائرات، الشرطة، الثوار،
// الميليشيات). The argument finder reads that noun as a generic actor with no entity, so the event
// had no source for the scorer (or was dropped: a statement by no named party is no event). This
// module gives such a noun the one body of its kind the paragraph named before it.
// Not when the noun is qualified (a definite adjective or a name after it: "القوات الحكومية"،
// "القوات الموالية لـX" are other constructions, own-forces.ts and affiliated-forces.ts), nor when
// the paragraph named two bodies of that kind before it (a war story names both sides: "الميليشيات"
// after the resistance and the Houthis is ambiguous by position alone), nor across a paragraph.
// News (2,711 SaudiNewsNet records of 2015-07-27 and 2015-08-02): see the commit message.
import type { Token } from "../core/document.ts";
import { type Arg, argAs } from "./arguments.ts";
import { bareWord } from "./clause.ts";
import type { Ctx } from "./event-context.ts";
import { subtypeOf } from "./places.ts";
import { wordClass } from "./word-classes.ts";

/** The head words that take up a named body, and the knowledge-base subtypes of the bodies each takes up. */
const KINDS: readonly { words: ReadonlySet<string>; subtypes: ReadonlySet<string> }[] = [
  { words: wordClass("force-anaphor"), subtypes: new Set(["army", "forces", "alliance"]) },
  { words: wordClass("police-anaphor"), subtypes: new Set(["police", "forces"]) },
  { words: wordClass("group-anaphor"), subtypes: new Set(["militant_group", "armed_group", "opposition", "militia"]) },
];

/** "للقوات"، "بالطائرات"، "والثوار": the word as its class lists it (with ال, without و/ف/ل/ب). */
function headForm(t: Token): string {
  const n = bareWord(t);
  if (n.startsWith("لل")) return "ال" + n.slice(2);
  return /^[بلك]ال/.test(n) ? n.slice(1) : n;
}

/** x with the id of the one body of its kind the paragraph named before it, when x is a generic
 *  actor of one such word, unqualified; else x unchanged. */
export function forceAntecedent(ctx: Ctx, x: Arg | null): Arg | null {
  if (!x || x.id || x.role === null || x.first !== x.last) return x;
  const toks = ctx.toks;
  const t = toks[x.first];
  const head = headForm(t);
  const kind = KINDS.find((k) => k.words.has(head));
  if (!kind) return x;
  // ("القوات الحكومية"، "الميليشيات الحوثية"، "القوات التابعة لـX": qualified, not taken up)
  const next = toks[x.last + 1];
  if (next && next.kind === "word" && (ctx.ai.at[x.last + 1] || next.readings.some((r) => r.article))) return x;
  let from = 0;
  for (const p of ctx.doc.paragraphs) { if (p.start > t.start) break; from = p.start; }
  let found: Arg | null = null;
  for (let i = x.first - 1; i >= 0 && toks[i].start >= from; i--) {
    const a = ctx.ai.at[i];
    if (!a) continue;
    i = a.first;
    if (!a.id || !kind.subtypes.has(subtypeOf(a.id) ?? "")) continue;
    if (found && found.id !== a.id) return x; // two bodies of the kind: which one is not told by position
    found = a;
  }
  return found ? argAs(x, found.id, found.type) : x;
}
