// Closed-class words more than one stage tests a token against (relative pronouns, قد, كان,
// personal pronouns). They used to be written out in each module (quotes and events each had
// their own list of relatives, and the lists had drifted); now they are one data file,
// data/lexicon/function-words.tsv, read once (src/lexicon/word-classes.ts) and shared. A lookup
// stays one Set.has on a token's norm.
import path from "node:path";
import { LEXICON_DIR } from "./load.ts";
import { classReader } from "./word-classes.ts";

/** Every class the code asks for, and the modules that read it. */
export const FUNCTION_WORDS = {
  "relative": "quotes/find-quotes.ts, quotes/speakers.ts, quotes/accord-span.ts, quotes/relative-object.ts, quotes/title-phrase.ts, events/clause.ts",
  "qad": "quotes/find-quotes.ts, mentions/speaker-names.ts",
  "kana": "quotes/find-quotes.ts, quotes/clause-subject.ts, events/implicit-subjects.ts",
  "personal-pronoun": "quotes/speakers.ts, quotes/clause-subject.ts, events/event-classes.ts",
} as const;
export type FunctionWordClass = keyof typeof FUNCTION_WORDS;

export const FUNCTION_WORDS_FILE = path.join(LEXICON_DIR, "function-words.tsv");

/** The normalized words of one class of data/lexicon/function-words.tsv. */
export const functionWords: (name: FunctionWordClass) => ReadonlySet<string> = classReader(FUNCTION_WORDS_FILE, FUNCTION_WORDS);
