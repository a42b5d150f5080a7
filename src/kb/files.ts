// Where the knowledge base lives on disk. Entity rows: every data/kb/*.tsv (hand-written, in git)
// and data/kb/generated/*.tsv (built from packages at install). A few data/kb files are not entity
// rows but inputs of the build or the checks; they are named here so the loader skips them.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const KB_DIR = path.join(ROOT, "data/kb");
export const GENERATED_DIR = path.join(KB_DIR, "generated");

/** data/kb files with their own layout (see data/kb/README.md). */
export const KB_AUX_FILES = ["country-adjectives.tsv", "admin-words.tsv", "common-words.tsv", "collisions.tsv", "context-names.tsv", "state-references.tsv", "province-ordinary-names.tsv", "spelling-variants.tsv", "region-parts.tsv", "war-sides.tsv", "geonames-wrong-names.tsv"];
/** data/kb/generated files that are not entity rows. */
export const GENERATED_AUX_FILES = ["common-words.tsv"];

/** The entity-row files, hand-written first, then generated, each folder sorted by name. */
export function kbRowFiles(dir = KB_DIR): string[] {
  const list = (d: string, skip: string[]) =>
    fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".tsv") && !skip.includes(f)).sort().map((f) => path.join(d, f)) : [];
  return [...list(dir, KB_AUX_FILES), ...list(path.join(dir, "generated"), GENERATED_AUX_FILES)];
}
