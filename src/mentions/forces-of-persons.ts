// Forces named after their leader: "قوات المخلوع صالح", "قوات الأسد", "ميليشيات صالح". The press
// names an armed camp by the man it follows, and annotators (GUIDELINES.md: named entities, not
// descriptions) mark the man: an organization "قوات X" whose X is a person the knowledge base knows
// is no organization of its own. Forces of an organization stay the organization ("قوات التحالف",
// "ميليشيات الحوثي": the group's own name). Heads are data (forces_head in ner-cues.tsv).
import type { FoundMention } from "./candidate.ts";
import { makeMention } from "./candidate.ts";
import { titleAt, type Ctx } from "./words.ts";

/**
 * Drops from `all` (in place) each organization mention headed by a forces word whose rest is a KB
 * person's mention; when the rest is one word that ends a KB person's name the document uses
 * elsewhere ("علي عبدالله صالح … قوات صالح"), that word becomes the person's mention.
 */
export function forcesOfPersons(c: Ctx, all: FoundMention[], kb: readonly FoundMention[]): void {
  const { tokens, lex } = c;
  if (!lex.forcesHeads.size) return;
  let w = 0;
  let add: FoundMention[] | null = null, gone: FoundMention[] | null = null;
  for (let r = 0; r < all.length; r++) {
    const m = all[r];
    if (m.type === "ORG" && forcesHead(c, m.tokens.start)) {
      // (a one-word person after a KB organization's head is the group's own name: "ميليشيات
      // الحوثي", "أنصار الله"; a name of two words is a man's: "قوات المخلوع صالح")
      const p = personAfter(kb, m, m.via === "kb" || m.candidates.length ? 2 : 1);
      if (p) { (gone ??= []).push(m); continue; } // the person's own mention stands
      // "ميليشيات الرئيس المخلوع علي عبدالله صالح": the head and the man's title, his name right after
      // (the pattern stops at the name): the forces are his, the person's mention stands
      if (titledPersonAfter(c, kb, m)) { (gone ??= []).push(m); continue; }
      if (m.tokens.end - m.tokens.start === 2) {
        const id = personByLastWord(c, kb, tokens[m.tokens.end - 1].norm);
        if (id) {
          const t = tokens[m.tokens.end - 1];
          (add ??= []).push(makeMention(c.text, tokens, t.readings[0], m.tokens.end - 1, m.tokens.end, "PERSON", "kb", 0.5, t.norm, [id]));
          (gone ??= []).push(m);
          continue;
        }
      }
    }
    all[w++] = m;
  }
  all.length = w;
  if (!gone) return;
  // a name pattern that starts on the person and runs past the forces' name is not his ("وقوات صالح خسائر")
  w = 0;
  for (let r = 0; r < all.length; r++) {
    const m = all[r];
    if (m.type === "PERSON" && m.via !== "kb" && gone.some((g) => m.tokens.start > g.tokens.start && m.tokens.start < g.tokens.end && m.tokens.end > g.tokens.end)) continue;
    all[w++] = m;
  }
  all.length = w;
  if (add) for (const m of add) all.push(m);
}

function forcesHead(c: Ctx, i: number): boolean {
  for (const r of c.tokens[i].readings) if (r.post === "" && !r.article && c.lex.forcesHeads.has(r.norm)) return true;
  return false;
}

/** Is m a forces head, then a title (and its epithets), with a KB person's mention right after it? */
function titledPersonAfter(c: Ctx, kb: readonly FoundMention[], m: FoundMention): boolean {
  if (m.tokens.end - m.tokens.start < 2 || titleAt(c, m.tokens.start + 1) < 0) return false;
  for (const p of kb) if (p.type === "PERSON" && p.tokens.start === m.tokens.end && c.tokens[p.tokens.start].sentence === c.tokens[m.tokens.start].sentence) return true;
  return false;
}

/** A KB person's mention of `min` words or more that makes up the rest of m after its head (and at most one epithet). */
function personAfter(kb: readonly FoundMention[], m: FoundMention, min: number): FoundMention | null {
  for (const p of kb) {
    if (p.type === "PERSON" && p.tokens.end === m.tokens.end && p.tokens.start > m.tokens.start && p.tokens.start <= m.tokens.start + 2 && p.tokens.end - p.tokens.start >= min) return p;
  }
  return null;
}

/** The one KB person whose mention elsewhere in the document ends with `word` (two words or more). */
function personByLastWord(c: Ctx, kb: readonly FoundMention[], word: string): string | null {
  let id: string | null = null;
  for (const p of kb) {
    if (p.type !== "PERSON" || !p.kbId || p.tokens.end - p.tokens.start < 2 || c.tokens[p.tokens.end - 1].norm !== word) continue;
    if (id !== null && id !== p.kbId) return null;
    id = p.kbId;
  }
  return id;
}
