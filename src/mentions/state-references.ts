// A state named by its kind alone: "المملكة" (the kingdom), "للمملكة", "بالمملكة". The reader knows
// which kingdom from the document and the press: the home state of the press (Saudi press: Saudi
// Arabia), unless the document is about another kingdom: names it at least twice (by a country's
// name or adjective) and more often than the home state. (A kingdom named once beside a bare
// المملكة is mostly a partner of the home state: "سفير المملكة لدى الأردن"; on 1,526 news records
// 3 of the 4 documents where a lone other kingdom was taken meant Saudi Arabia.) The table is
// data (data/kb/state-references.tsv: form, id, country, home); a form with a definite adjective
// after it ("المملكة الهولندية") is another state's name and is left alone, and a longer known name
// over the same word ("المملكة العربية السعودية") wins in resolve (find-mentions.ts).
import path from "node:path";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";
import type { NameEntry } from "./gazetteer.ts";
import { HEAD_PRE } from "./word-classes.ts";
import { groupTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { KB_DIR } from "../kb/files.ts";
import { formGate, tokensPassing } from "../text/form-gate.ts";

export interface StateRef { id: string; country: string; home: boolean }

/** normalized form (ال included) -> the states it may name. */
export type StateRefs = ReadonlyMap<string, readonly StateRef[]>;

let table: StateRefs | null = null;

/** The project's table, read once; empty when the file is absent. */
export function stateRefs(): StateRefs {
  if (table) return table;
  return (table = groupTsv(path.join(KB_DIR, "state-references.tsv"), ({ form, id, country, home }) =>
    form && id && country ? [normalize(form), { id, country, home: home === "yes" }] as const : null));
}

/**
 * The state a form means in a document that names countries `named` times each (country code ->
 * count), or null when it cannot say (two other kingdoms named as often, or no home row).
 */
export function chooseState(options: readonly StateRef[], named: ReadonlyMap<string, number>): StateRef | null {
  let home: StateRef | null = null;
  for (const o of options) if (o.home) home = o;
  const floor = Math.max(2, home ? (named.get(home.country) ?? 0) + 1 : 0);
  let pick: StateRef | null = null, top = 0, tie = false;
  for (const o of options) {
    const n = named.get(o.country) ?? 0;
    if (o.home || n < floor) continue;
    if (n > top) { pick = o; top = n; tie = false; } else if (n === top) tie = true;
  }
  if (pick) return tie ? null : pick;
  return home;
}

/** How many times the document names each country: KB matches of a country's name (`lists`: their candidates) and nationality adjectives. */
export function nationCounts(c: Ctx, lists: readonly (readonly NameEntry[])[], adj: readonly FoundMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lists) {
    const e = l[0];
    if (e && e.subtype === "country" && e.country) out.set(e.country, (out.get(e.country) ?? 0) + 1);
  }
  for (const m of adj) {
    const e = c.gaz.byId(m.candidates[0]);
    if (e?.country) out.set(e.country, (out.get(e.country) ?? 0) + 1);
  }
  return out;
}

// the tokens written as a state's kind (المملكة، للمملكة), found by form (text/form-gate.ts)
const STATE_WORD = formGate((t, refs: StateRefs) => t.readings.some((r) => r.article && r.post === "" && HEAD_PRE.has(r.pre) && refs.has(r.norm)));

/** `named`: how many times the document names each country (nationCounts). */
export function stateReferences(c: Ctx, named: ReadonlyMap<string, number>, refs: StateRefs = stateRefs()): FoundMention[] {
  const out: FoundMention[] = [];
  if (!refs.size) return out;
  const { tokens, text } = c;
  const chosen = new Map<string, StateRef | null>(); // per form, once per document
  const heads = tokensPassing(STATE_WORD, tokens, refs);
  for (let j = 0; j < heads.length; j++) {
    const i = heads[j];
    const t = tokens[i];
    if (t.kind !== "word") continue;
    for (const r of t.readings) {
      if (!r.article || r.post !== "" || !HEAD_PRE.has(r.pre)) continue;
      const options = refs.get(r.norm);
      if (!options) continue;
      if (qualified(c, i)) break;
      let s = chosen.get(r.norm);
      if (s === undefined) chosen.set(r.norm, (s = chooseState(options, named)));
      if (!s) break;
      const m = makeMention(text, tokens, r, i, i + 1, "GPE", "kb", 0.6, r.norm, [s.id]);
      m.role = "state"; // (not the document's places: link-entities.ts leaves it out of their context)
      out.push(m);
      break;
    }
  }
  return out;
}

/** Is the word after token i a definite adjective of it (المملكة الهولندية، المملكة العربية)? */
function qualified(c: Ctx, i: number): boolean {
  const u = c.tokens[i + 1];
  if (!isWord(u) || u.sentence !== c.tokens[i].sentence) return false;
  const r = u.readings[0];
  return r.article && r.pre === "" && (r.norm.endsWith("يه") || c.gaz.adjective(r.norm) !== undefined);
}
