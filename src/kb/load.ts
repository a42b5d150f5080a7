// Reading the knowledge base from disk: every entity-row file (files.ts), each row checked
// (row.ts), ids made unique, then compiled (compile.ts). A bad row is a typed error naming its
// file:line and reason; `rasid kb check` collects them all instead of stopping at the first.
//
// One id in several files: a hand-written row may take up a generated one (same id) to correct
// its name or add aliases; its non-empty cells win and the alias and adjective lists are merged.
// Two hand-written rows, or two generated rows, with one id are an error.
import fs from "node:fs";
import path from "node:path";
import { RasidError } from "../core/errors.ts";
import { parseTsv } from "../core/tsv.ts";
import { readCache, stampOf, writeCache, type Compiled } from "./cache.ts";
import { indexKb, kbOf, type Kb, type OrdinaryWords, type WordKind } from "./compile.ts";
import { GENERATED_DIR, KB_DIR, ROOT, kbRowFiles } from "./files.ts";
import { VARIANTS_FILE, type WordSet } from "./loose.ts";
import { wordListAt } from "./ordinary-words.ts";
import { kbKey } from "./keys.ts";
import { parseRow, type KbEntry, type RowProblem } from "./row.ts";

export interface LoadOptions {
  /** data/kb folder (its generated/ subfolder is read too). */
  dir?: string;
  /** Extra row files (e.g. an analyst's own), read after the others as hand-written. */
  extraFiles?: string[];
  /** "throw" (default): the first bad row throws RasidError E_KB_ROW; "collect": skip and report. */
  onProblem?: "throw" | "collect";
  /**
   * Use the compiled cache (cache.ts, data/kb/generated/kb-index.json) when it matches the files,
   * and write it when it does not. Default: on for the project's own KB (default dir, no extra
   * files) unless RASID_KB_CACHE=0; always off for other folders.
   */
  cache?: boolean;
}

export interface LoadResult { kb: Kb; problems: RowProblem[]; files: string[] }

const isGenerated = (file: string) => path.basename(path.dirname(file)) === "generated";

export function readKbEntries(files: string[], problems: RowProblem[]): KbEntry[] {
  const byId = new Map<string, KbEntry>();
  const order: string[] = [];
  for (const file of files) {
    for (const rec of parseTsv(fs.readFileSync(file, "utf8"), file)) {
      const { entry, problems: p } = parseRow(rec);
      problems.push(...p);
      if (!entry) continue;
      const prev = byId.get(entry.id);
      if (!prev) { byId.set(entry.id, entry); order.push(entry.id); continue; }
      const genPrev = isGenerated(prev.file), genNow = isGenerated(entry.file);
      if (genPrev === genNow) {
        problems.push({ file, line: rec.line, id: entry.id, reason: `duplicate id (first at ${prev.file}:${prev.line})` });
        continue;
      }
      byId.set(entry.id, genNow ? mergeRows(prev, entry) : mergeRows(entry, prev));
    }
  }
  return order.map((id) => byId.get(id)!);
}

/** A hand row over a generated row with the same id: hand cells win, lists are merged. */
export function mergeRows(hand: KbEntry, gen: KbEntry): KbEntry {
  const union = (a: string[], b: string[]) => {
    const seen = new Set(a.map(kbKey));
    return [...a, ...b.filter((x) => { const k = kbKey(x); if (seen.has(k)) return false; seen.add(k); return true; })];
  };
  const pick = <T>(h: T | null, g: T | null): T | null => (h === null || h === "" ? g : h);
  const aliases = union(hand.aliases, gen.name === hand.name ? gen.aliases : [gen.name, ...gen.aliases])
    .filter((a) => kbKey(a) !== kbKey(hand.name));
  return {
    ...gen, ...hand,
    subtype: hand.subtype || gen.subtype, nameEn: pick(hand.nameEn, gen.nameEn), aliases,
    adjectives: union(hand.adjectives, gen.adjectives), country: pick(hand.country, gen.country),
    lat: pick(hand.lat, gen.lat), lon: pick(hand.lon, gen.lon), population: pick(hand.population, gen.population),
    wikidata: pick(hand.wikidata, gen.wikidata), source: `${hand.source}; ${gen.source}`,
  };
}

/** The ordinary-word flags made by the build (generated/common-words.tsv), else the hand list. */
export function readCommonWords(dir = KB_DIR): Map<string, WordKind> {
  const gen = path.join(dir, "generated", "common-words.tsv");
  const file = fs.existsSync(gen) ? gen : path.join(dir, "common-words.tsv");
  const out = new Map<string, WordKind>();
  if (!fs.existsSync(file)) return out;
  for (const r of parseTsv(fs.readFileSync(file, "utf8"), file)) {
    const form = r.row.form ?? r.row.word;
    if (form) out.set(kbKey(form), r.row.kind as WordKind);
  }
  return out;
}

export function loadKbFrom(opts: LoadOptions = {}): LoadResult {
  const dir = opts.dir ?? KB_DIR;
  const files = [...kbRowFiles(dir), ...(opts.extraFiles ?? [])];
  const own = dir === KB_DIR && !opts.extraFiles?.length;
  const useCache = opts.cache ?? (own && process.env.RASID_KB_CACHE !== "0");
  const cacheFile = path.join(dir, "generated", "kb-index.json");
  const stamp = useCache ? stampOf([...files, ...commonWordFiles(dir)]) : "";
  let compiled: Compiled | null = useCache ? readCache(cacheFile, stamp) : null;
  if (!compiled) {
    const problems: RowProblem[] = [];
    const entries = readKbEntries(files, problems);
    compiled = { entries, problems, index: indexKb(entries, readCommonWords(dir), readOrdinaryWords(dir)) };
    if (useCache) writeCache(cacheFile, stamp, compiled);
  }
  const { entries, problems, index } = compiled;
  if (problems.length && (opts.onProblem ?? "throw") === "throw") {
    const p = problems[0];
    throw new RasidError("E_KB_ROW", `${p.file}:${p.line}`, `${p.id ? `${p.id}: ` : ""}${p.reason}${problems.length > 1 ? `; ${problems.length - 1} more (rasid kb check)` : ""}`);
  }
  // (the ordinary words are the Set the tagger's features read too: kb/ordinary-words.ts)
  const words = (): WordSet => { const frequent = readFrequentWords(dir), ordinary = wordListAt(path.join(dir, "generated", ORDINARY_FILE)); return { has: (w) => frequent.has(w) || ordinary.has(w) }; };
  return { kb: kbOf(entries, index, words), problems, files };
}

/** The files readCommonWords and readOrdinaryWords may read, and the variant rules (for the cache's stamp). */
const commonWordFiles = (dir: string) => [path.join(dir, "generated", "common-words.tsv"), path.join(dir, "common-words.tsv"),
  path.join(dir, "generated", ORDINARY_FILE), VARIANTS_FILE, ...lexiconFiles()];

/** data/generated file the build writes from hunspell-ar: every ordinary word (normalized), one a line. */
export const ORDINARY_FILE = "ordinary-words.txt";
const LEXICON_DIR = path.join(ROOT, "data", "lexicon");
const lexiconFiles = () => (fs.existsSync(LEXICON_DIR) ? fs.readdirSync(LEXICON_DIR).filter((f) => f.endsWith(".tsv")).sort().map((f) => path.join(LEXICON_DIR, f)) : []);

/**
 * Words a foreign name's loose key must not be taken for (loose-index.ts). Frequent: the hand list
 * of common words and every word of the lexicons (given names, titles, cues: the first column of
 * data/lexicon/*.tsv). Ordinary: hunspell-ar's words when the build found it (generated/ordinary-words.txt).
 */
export function readOrdinaryWords(dir = KB_DIR): OrdinaryWords {
  const ordinary: string[] = [];
  const gen = path.join(dir, "generated", ORDINARY_FILE);
  if (fs.existsSync(gen)) for (const w of fs.readFileSync(gen, "utf8").split("\n")) if (w && !w.startsWith("#")) ordinary.push(w);
  return { frequent: readFrequentWords(dir), ordinary };
}

/** readOrdinaryWords's frequent words: the hand list of common words and every word of the lexicons' first column. */
function readFrequentWords(dir: string): Set<string> {
  const out = new Set<string>();
  for (const file of [path.join(dir, "common-words.tsv"), ...lexiconFiles()]) {
    if (!fs.existsSync(file)) continue;
    const recs = parseTsv(fs.readFileSync(file, "utf8"), file);
    for (const r of recs) {
      const first = Object.values(r.row)[0];
      if (first) for (const w of kbKey(first).split(" ")) if (w) out.add(w);
    }
  }
  return out;
}

let shared: Kb | null = null;

/**
 * The project's knowledge base, loaded once per process: `loadKb().lookup(kbKey("بوتين"))`.
 * Throws RasidError E_KB_ROW naming file:line when a row is malformed.
 */
export function loadKb(): Kb {
  shared ??= loadKbFrom().kb;
  return shared;
}

/** True when the generated half exists (the build step has run). */
export const hasGeneratedKb = (): boolean => fs.existsSync(path.join(GENERATED_DIR, "countries.tsv"));
