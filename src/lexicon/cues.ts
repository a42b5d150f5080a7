// Reporting cues (data/lexicon/reporting-cues.tsv): who-said-what verbs, participles,
// "according to" phrases and via markers, compiled for the quote finder.
import path from "node:path";
import type { Stance } from "../core/contract.ts";
import { readTsv } from "../core/tsv.ts";
import { normalize } from "../text/normalize.ts";
import { LEXICON_DIR, lexicon } from "./load.ts";
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
  initial: string;              // the perfect's first letter when it is و or ف ("وصف"، "فسر"), else "": the word's own letter, no conjunction
}

export function cueIndex(): PhraseIndex<Cue> {
  // (kind interview: words of a question-and-answer layout, read by interviewWords() below, matched nowhere;
  // kind source: nouns of figures or words after "according to", read by quotes/accord-source.ts, matched nowhere)
  return lexicon<Cue>("reporting-cues.tsv", (r) => r.kind === "interview" || r.kind === "source" ? null : ({
    kind: r.kind as CueKind,
    pos: r.pos,
    // (frame acc: a particle row that is the accusative participle alone, its other forms being nouns: "مذكرا" not "مذكرة")
    participle: r.pos === "participle" || r.frames.split("|").includes("acc"),
    frames: new Set(r.frames.split("|").map((f) => (f === "an" || f === "obj" || f === "after" ? f : normalize(f)))),
    stance: (r.stance || "asserted") as Stance,
    initial: /^[وف]/.test(normalize(r.form)) ? normalize(r.form)[0] : "",
  }));
}

// The words of a question-and-answer layout (rows of kind interview, matched by no cue index):
// what announces an interview, marks a question, or marks an answer. Read once, for quotes/interview.ts.
export type InterviewWords = { announce: Set<string>; question: Set<string>; answer: Set<string> };
let interview: InterviewWords | null = null;
export function interviewWords(): InterviewWords {
  if (interview) return interview;
  interview = { announce: new Set(), question: new Set(), answer: new Set() };
  for (const { row } of readTsv(path.join(LEXICON_DIR, "reporting-cues.tsv"))) {
    if (row.kind !== "interview") continue;
    const f = row.frames as keyof InterviewWords;
    interview[f]?.add(normalize(row.form ?? ""));
  }
  return interview;
}
