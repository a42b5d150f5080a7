// Generic names whose referent is the document's own country's: "التلفزيون الرسمي" is the state
// broadcaster of the state the article is about, "قوات التحالف" the Saudi-led coalition in a story
// about Yemen and the US-led one in a story about Iraq or Syria. The table is data
// (data/kb/context-names.tsv: form, id, the countries where the form means that id); every form is
// also an alias of each of its ids, so the recognizer finds the span with all of them as candidates.
// Here one is chosen only on evidence: an id the document already names by an unambiguous name, or
// the one whose countries hold the document's main country. Otherwise the span links to nothing:
// a wrong outlet or coalition is worse than none.
import path from "node:path";
import fs from "node:fs";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { KB_DIR } from "../kb/files.ts";

export interface ContextName { id: string; countries: ReadonlySet<string> }

/** normalized form -> the ids it may name, each with the countries where it names that id. */
export type ContextNames = ReadonlyMap<string, readonly ContextName[]>;

let table: ContextNames | null = null;

/** The project's table (data/kb/context-names.tsv), read once; empty when the file is absent. */
export function contextNames(): ContextNames {
  if (table) return table;
  const file = path.join(KB_DIR, "context-names.tsv"), out = new Map<string, ContextName[]>();
  if (fs.existsSync(file)) {
    for (const r of readTsv(file)) {
      const { form, id, countries } = r.row;
      if (!form || !id) continue;
      const key = normalize(form);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ id, countries: new Set((countries ?? "").split("|").filter(Boolean)) });
    }
  }
  return (table = out);
}

/**
 * The generic name whose ids include every candidate of a mention (the span may be longer than the
 * form: "قناة للتلفزيون الرسمي" takes the candidates of "التلفزيون الرسمي"), else undefined.
 */
export function genericOf(names: ContextNames, candidates: readonly { id: string }[]): readonly ContextName[] | undefined {
  if (candidates.length < 2) return undefined;
  for (const options of names.values()) {
    let all = true;
    for (const c of candidates) if (!options.some((o) => o.id === c.id)) { all = false; break; }
    if (all) return options;
  }
  return undefined;
}

/** What the document says about itself: the ids it names unambiguously, its most-named country. */
export interface DocContext { named: ReadonlySet<string>; mainCountry: string | null }

/**
 * The id a generic name means in this document, or null when the document does not say: an id of
 * the form's that the document names by another name wins; else the one whose countries hold the
 * document's main country, when exactly one does.
 */
export function chooseByContext(options: readonly ContextName[], doc: DocContext): string | null {
  let pick: string | null = null, n = 0;
  for (const o of options) if (doc.named.has(o.id)) { pick = o.id; n++; }
  if (n === 1) return pick;
  if (n > 1 || !doc.mainCountry) return null;
  for (const o of options) if (o.countries.has(doc.mainCountry)) { pick = o.id; n++; }
  return n === 1 ? pick : null;
}

/** The country named most often by the document's places and adjectives (null on a tie or none). */
export function mainCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null, top = 0, tie = false;
  for (const [c, k] of counts) {
    if (k > top) { best = c; top = k; tie = false; } else if (k === top) tie = true;
  }
  return tie ? null : best;
}
