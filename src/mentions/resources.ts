// The recognizer's resources, loaded once per process: the knowledge base compiled into a
// gazetteer, and the lexicons. Tests build their own with buildGazetteer/buildLexicons.
import { gazetteerFromKb } from "./kb-gazetteer.ts";
import { loadKb } from "../kb/index.ts";
import { loadLexicons } from "./lexicons.ts";
import type { MentionResources } from "./find-mentions.ts";

let cached: MentionResources | null = null;
export function defaultResources(): MentionResources {
  cached ??= { gaz: gazetteerFromKb(loadKb()), lex: loadLexicons() };
  return cached;
}
