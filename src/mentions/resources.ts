// The recognizer's resources, loaded once per process: the knowledge base compiled into a
// gazetteer, and the lexicons. Tests build their own with buildGazetteer/buildLexicons.
import path from "node:path";
import fs from "node:fs";
import { readTsv } from "../core/tsv.ts";
import type { EntityType } from "../core/contract.ts";
import { buildGazetteer, type NameEntry } from "./gazetteer.ts";
import { DATA_DIR, loadLexicons } from "./lexicons.ts";
import type { MentionResources } from "./find-mentions.ts";

const AUX = new Set(["country-adjectives.tsv", "admin-words.tsv", "common-words.tsv", "collisions.tsv"]);
const list = (s: string | undefined) => (s ?? "").split("|").map((x) => x.trim()).filter(Boolean);
const num = (s: string | undefined) => (s && s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : null);

/** Rows of every data/kb entity file (hand-written first, then generated). */
export function readKbEntries(dir = path.join(DATA_DIR, "kb")): NameEntry[] {
  const files = (d: string) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".tsv") && !AUX.has(f)).sort().map((f) => path.join(d, f)) : []);
  const out: NameEntry[] = [];
  for (const [generated, file] of [...files(dir).map((f) => [false, f] as const), ...files(path.join(dir, "generated")).map((f) => [true, f] as const)]) {
    for (const { row } of readTsv(file)) {
      if (!row.id || !row.type || !row.name) continue;
      out.push({
        id: row.id, type: row.type as EntityType, subtype: row.subtype ?? "", name: row.name,
        nameEn: row.name_en || null, aliases: list(row.aliases), adjectives: list(row.adjectives),
        country: row.country || null, lat: num(row.lat), lon: num(row.lon), population: num(row.population),
        common: row.common_word === "1" || row.common === "1", generated,
      });
    }
  }
  return out;
}

let cached: MentionResources | null = null;
export function defaultResources(): MentionResources {
  cached ??= { gaz: buildGazetteer(readKbEntries()), lex: loadLexicons() };
  return cached;
}
