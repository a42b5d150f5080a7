// The subject slot after a verb of saying (data/lexicon/speaker-slot.tsv), read once for the two
// modules that look at it: mentions/speaker-names.ts (which words can be part of a speaker's name)
// and quotes/speakers.ts (which nouns name a part of a body that speaks for it), and
// quotes/title-phrase.ts (which words break a title's phrase before its holder's name), and
// quotes/clause-subject.ts (which words may stand before a clause's subject, and which govern a name).
import path from "node:path";
import { LEXICON_DIR } from "./load.ts";
import { classReader } from "./word-classes.ts";

export const slotWords = classReader(path.join(LEXICON_DIR, "speaker-slot.tsv"), {
  not_name: "mentions/speaker-names.ts", end_hard: "mentions/speaker-names.ts", end_soft: "mentions/speaker-names.ts", body_adjective: "mentions/speaker-names.ts",
  body_part: "quotes/speakers.ts", phrase_break: "quotes/title-phrase.ts",
  clause_lead: "quotes/clause-subject.ts", slot_preposition: "quotes/clause-subject.ts",
});
