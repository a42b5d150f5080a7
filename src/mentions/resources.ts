// The recognizer's resources, loaded once per process: the knowledge base compiled into a
// gazetteer, and the lexicons. Tests build their own with buildGazetteer/buildLexicons.
import { fileURLToPath } from "node:url";
import { gazetteerFromKb } from "./kb-gazetteer.ts";
import { loadKb } from "../kb/index.ts";
import { loadLexicons } from "./lexicons.ts";
import type { MentionResources } from "./find-mentions.ts";
import { loadModel } from "./model/tagger.ts";

/** The shipped name tagger (data/models/README.md); RASID_NER_MODEL=off runs the rules alone. */
export const MODEL_FILE = fileURLToPath(new URL("../../data/models/ner-perceptron.json", import.meta.url));

let cached: MentionResources | null = null;
export function defaultResources(): MentionResources {
  cached ??= { gaz: gazetteerFromKb(loadKb()), lex: loadLexicons(), model: process.env.RASID_NER_MODEL === "off" ? undefined : loadModel(process.env.RASID_NER_MODEL_FILE || MODEL_FILE) };
  return cached;
}
