// Reporting cues (data/lexicon/reporting-cues.tsv): who-said-what verbs, participles,
// "according to" phrases and via markers, compiled for the quote finder.
import type { Stance } from "../core/contract.ts";
import { normalize } from "../text/normalize.ts";
import { lexicon } from "./load.ts";
import type { PhraseIndex } from "./phrase-index.ts";

// document: a statement noun that can be a subject ("وأضاف البيان"); issuer: "صادر عن X"; text: "الآتي نصها";
// not: an idiom that shares a cue's words but reports no speech ("لفت الأنظار")
export type CueKind = "say" | "accord" | "relay" | "via" | "document" | "issuer" | "text" | "not";
export interface Cue {
  kind: CueKind;
  pos: string;
  participle: boolean;          // a حال (مشيرا، مؤكدا) continuing the current speaker
  frames: Set<string>;          // "an", "obj", or a normalized preposition ("الي", "عن", "علي", "ب", "من")
  stance: Stance;
}

export function cueIndex(): PhraseIndex<Cue> {
  // (kind interview: words of a question-and-answer layout, read by quotes/interview.ts, matched nowhere)
  return lexicon<Cue>("reporting-cues.tsv", (r) => r.kind === "interview" ? null : ({
    kind: r.kind as CueKind,
    pos: r.pos,
    participle: r.pos === "participle",
    frames: new Set(r.frames.split("|").map((f) => (f === "an" || f === "obj" || f === "after" ? f : normalize(f)))),
    stance: (r.stance || "asserted") as Stance,
  }));
}
