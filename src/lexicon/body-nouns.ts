// Bare body nouns and the bodies they name again (data/lexicon/body-nouns.tsv: الوزارة → a ministry,
// الشركة → a company), read once for quotes/body-noun.ts.
import path from "node:path";
import { RasidError } from "../core/errors.ts";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { LEXICON_DIR } from "./load.ts";

/** What a bare body noun may name: KB subtypes of organizations, and whether a country after the
 *  head ("حكومة X") counts. */
export interface BodyNoun { subtypes: ReadonlySet<string>; gpe: boolean }

let table: Map<string, BodyNoun> | null = null;
/** Normalized head (without ال) → what it names; throws RasidError E_KB_ROW naming file:line on a
 *  repeated or empty head. */
export function bodyNouns(): ReadonlyMap<string, BodyNoun> {
  if (table) return table;
  const t = new Map<string, BodyNoun>();
  for (const { row, file, line } of readTsv(path.join(LEXICON_DIR, "body-nouns.tsv"))) {
    const head = normalize(row.head ?? "");
    if (!head || t.has(head)) throw new RasidError("E_KB_ROW", `${file}:${line}`, `body noun "${row.head}" empty or repeated`);
    const refs = (row.refers_to ?? "").split(" ").filter((x) => x && x !== "-");
    t.set(head, { subtypes: new Set(refs.filter((x) => x !== "GPE")), gpe: refs.includes("GPE") });
  }
  return (table = t);
}
