// Which KB names are also ordinary Arabic words (عند، صبر، أمل، حرب ...), so the recognizer can ask
// for evidence (a place cue, the document's country, population) before it makes them mentions.
//
// The word list is Debian's hunspell-ar dictionary (GPL/LGPL/MPL; read at install, never shipped).
// Its sections tell us what a word is: stop words and particles ("stop"), verb forms ("verb"),
// common nouns ("noun"), and a small block of proper names (continents, countries, capitals,
// first names) which are NOT ordinary words. A name is flagged by the strongest ordinary reading
// of its form or of its form without ال. Without hunspell-ar, a short hand list of function words
// (data/kb/common-words.tsv) is used, and one line says so.
import fs from "node:fs";
import path from "node:path";
import { readTsv } from "../../../src/core/tsv.ts";
import { normalize } from "../../../src/text/normalize.ts";
import { HAND_DIR, HUNSPELL_AR, exists } from "./sources.ts";

export type WordKind = "stop" | "verb" | "noun";
export const KIND_RANK: Record<WordKind, number> = { stop: 3, verb: 2, noun: 1 };

export interface WordList { kinds: Map<string, WordKind>; proper: Set<string>; source: string }

/** Parse hunspell-ar's ar.dic (a concatenation of section files marked by "::::" banners). */
export function readHunspellAr(file: string): WordList {
  const kinds = new Map<string, WordKind>();
  const proper = new Set<string>();
  let section: WordKind | "proper" | null = null;
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("::::")) continue;
    if (line === "stopwords.dic" || line === "tools.dic") { section = "stop"; continue; }
    if (line === "names.dic") { section = "proper"; continue; }
    if (line === "verb.huns.dic") { section = "verb"; continue; }
    if (line.startsWith("####الأسماء####")) { section = "noun"; continue; }
    if (line.startsWith("#") || !section) continue;
    const word = normalize(line.split(/[/\t]/)[0]);
    if (!word || /\d/.test(word)) continue;
    if (section === "proper") { proper.add(word); continue; }
    const prev = kinds.get(word);
    if (!prev || KIND_RANK[section] > KIND_RANK[prev]) kinds.set(word, section);
  }
  return { kinds, proper, source: "hunspell-ar (Debian)" };
}

function readHandList(): WordList {
  const kinds = new Map<string, WordKind>();
  for (const r of readTsv(path.join(HAND_DIR, "common-words.tsv"))) kinds.set(normalize(r.row.word), r.row.kind as WordKind);
  return { kinds, proper: new Set(), source: "hand:data/kb/common-words.tsv" };
}

export function loadWordList(): { list: WordList; note: string | null } {
  const hand = readHandList();
  if (!exists(HUNSPELL_AR)) {
    return { list: hand, note: `kb build: ${HUNSPELL_AR} not found (Debian hunspell-ar); ordinary-word flags use the short hand list only` };
  }
  const list = readHunspellAr(HUNSPELL_AR);
  for (const [w, k] of hand.kinds) if (!list.kinds.has(w) || KIND_RANK[k] > KIND_RANK[list.kinds.get(w)!]) list.kinds.set(w, k);
  return { list, note: null };
}

/** The ordinary-word reading of one normalized single-word name, or null. */
export function ordinaryKind(form: string, list: WordList): WordKind | null {
  const bare = form.startsWith("ال") && form.length > 3 ? form.slice(2) : null;
  const kinds = [list.kinds.get(form), bare ? list.kinds.get(bare) : undefined].filter(Boolean) as WordKind[];
  // hunspell keeps noun stems and adds the feminine and plural endings by rule: حكومة = حكوم + ة
  const stem = (bare ?? form).replace(/(ه|ات|ين|ون)$/, "");
  if (!kinds.length && stem.length >= 3 && stem !== (bare ?? form) && list.kinds.get(stem) === "noun") kinds.push("noun");
  if (!kinds.length) return null;
  const best = kinds.sort((a, b) => KIND_RANK[b] - KIND_RANK[a])[0];
  // a known proper name (بغداد، مصر) is not ordinary unless it is also a particle or a verb form
  if (best === "noun" && (list.proper.has(form) || (bare && list.proper.has(bare)))) return null;
  return best;
}
