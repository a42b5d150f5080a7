// The content words the event rules test a token against (soldiers, state heads, "أعلن"، "تلقى"
// …) are language knowledge, so they live in one reviewable data file,
// data/lexicon/event-word-classes.tsv (class, word, note), not in code. Each rule module takes its
// set once at load (`const SOLDIERS = wordClass("soldier")`), so a lookup stays one Set.has on a
// token's normalized form, as before. Closed-class words the quotes stage tests too (relatives,
// قد, كان, personal pronouns) are in data/lexicon/function-words.tsv (src/lexicon/function-words.ts);
// the rest of the grammar (prepositions, clause openers) stays in the modules that use it.
import path from "node:path";
import type { TsvRecord } from "../core/tsv.ts";
import { LEXICON_DIR } from "../lexicon/load.ts";
import { classReader, compileClasses } from "../lexicon/word-classes.ts";

/** Every class the code asks for, and the module that reads it. */
export const WORD_CLASSES = {
  "soldier": "own-forces.ts",
  "own-army": "own-forces.ts",
  "announce-verb": "verb-words.ts",
  "receive-verb": "arguments.ts",
  "witness-verb": "event-classes.ts",
  "witness-stem": "occurrence.ts",
  "unreal-after": "event-classes.ts",
  "casualty-verb": "verb-words.ts",
  "victim-verb": "verb-words.ts",
  "state-verb": "trigger-veto.ts",
  "group-noun": "trigger-veto.ts",
  "state-head": "arguments.ts",
  "org-word": "arguments.ts",
  "of-whom": "arguments.ts",
  "partitive": "arguments.ts",
  "target-head": "arguments.ts",
  "person-head": "arguments.ts",
  "share-word": "arguments.ts",
  "counted-share": "arguments.ts",
  "member-of": "arguments.ts",
  "kill-noun": "quantities.ts",
  "count-approximator": "quantities.ts",
  "carry-opener": "implicit-subjects.ts",
  "honorific-pronoun": "implicit-subjects.ts",
  "any-quantifier": "occurrence.ts",
  "whoever": "occurrence.ts",
  "demand-link": "demanded.ts",
  "hypothetical": "clause.ts",
  "condition": "clause.ts",
  "adverb": "clause.ts",
  "sentence-opener": "sentences.ts",
  "place-noun": "clause.ts",
  "deny-verb": "polarity.ts",
  "place-role": "places.ts",
  "force-adjective": "noun-agents.ts",
  "blow-noun": "noun-agents.ts",
  "owned-force-noun": "noun-agents.ts",
  "passive-person": "verb-words.ts",
  "fire-of": "arguments.ts",
  "own-authority": "own-forces.ts",
  "own-forces-adjective": "own-forces.ts",
  "time-word": "time-asides.ts",
  "clash-noun": "clash-side.ts",
  "member-pronoun": "arguments.ts",
  "belong-word": "arguments.ts",
  "side-clash-noun": "clash-sides.ts",
  "any-one": "any-object.ts",
  "threat-word": "any-object.ts",
  "since-start": "running-toll.ts",
  "match-word": "send-off.ts",
  "backer-word": "story-state.ts",
  "dual-party": "dual-parties.ts",
  "time-opener": "consult-roles.ts",
  // evviol12
  "member-noun": "victim-phrase.ts",
  "taken-ground": "ground-object.ts", // evdet12
  "ground-quantifier": "ground-object.ts", // evdet12
  "held-by": "ground-object.ts", // evdet12
  "backing-aside": "backing-aside.ts", // evdet12
  "aid-carrier": "aid-carrier.ts",
  "ask-of-verb": "asked-of.ts",
  "arrive-verb": "arrival.ts",
  "visit-verb": "visit-retold.ts",
  "visit-noun": "visit-retold.ts",
  "former-word": "state-title-holder.ts",
  "same-title": "state-title-holder.ts",
  "arm-adjective": "arguments.ts", // evact13
  "meeting-frame": "meeting-frame.ts", // evarg18
  "meeting-ahead": "meeting-frame.ts", // evarg18
  "attribute-verb": "attributed-act.ts", // evarg18
  "loyal-word": "affiliated-forces.ts", // evact15
  "protest-purpose": "protest-object.ts", // evact15
  "blast-verb": "actorless.ts", // evdet13
  "cause-word": "actorless.ts", // evdet13
  "attack-noun": "actorless.ts", // evdet13
  "verdict-word": "court-sentence.ts", // evdet13
  "possibility-particle": "possibility.ts", // evdet14
  "potential-word": "possibility.ts", // evdet14
  "condition-noun": "possibility.ts", // evdet14
  "blessing-formula": "scripture.ts", // evdet14
  "person-object-verb": "source-apposition.ts", // evtgt16
  // branch evsrc16
  "state-force-word": "state-forces.ts", // evsrc16
  "state-police-word": "state-forces.ts", // evsrc16
  "state-army-word": "state-forces.ts", // evsrc16
  "state-security-word": "state-forces.ts", // evsrc16
  "air-word": "air-owner.ts", // evsrc16
  "army-force-head": "army-of-force.ts", // evsrc16
  "civil-air-word": "air-owner.ts", // evsrc16
  "follower-head": "first-conjunct.ts", // evact17
  // branch evdet17
  "prayer-addressee": "prayer.ts", // evdet17
  "prayer-boon": "prayer.ts", // evdet17
  // branch evdet18
  "sports-word": "match-report.ts", // evdet18
  // branch evtgt18
  "manner-accusative": "manner-accusative.ts", // evtgt18
  "manner-alive": "manner-accusative.ts", // evtgt18
  // branch evrole19
  "counted-body-head": "counted-victims.ts", // evrole19
  // branch evrole20
  "martyrdom-noun": "victim-side.ts", // evrole20
  "mourning-word": "victim-side.ts", // evrole20
  // branch evdet21
  "clash-verb": "clash-reach.ts", // evdet21
  // branch evatk21
  "aside-head": "story-attacker.ts", // evatk21
  "aside-other": "story-attacker.ts", // evatk21
  // branch evcarry23
  "force-anaphor": "force-antecedent.ts", // evcarry23
  "police-anaphor": "force-antecedent.ts", // evcarry23
  "group-anaphor": "force-antecedent.ts", // evcarry23
  "masculine-head": "verb-agreement.ts", // evcarry23
  // branch evtwin24
  "another-act": "another-act.ts", // evtwin24
  "toll-noun": "event-dedupe.ts", // evsplit26
  "office-head": "office-subject.ts", // evacc25
  "office-adjective": "office-subject.ts", // evacc25
  "office-honorific": "office-subject.ts", // evacc25
  "seat-noun": "meeting-seat.ts", // evacc25
  "backed-participle": "backed-attack.ts", // session 23
  "fire-support": "backed-attack.ts", // session 23
  "bomber-noun": "bomber-group.ts", // session 23
  "blast-noun": "blast-group.ts", // session 23
  "claim-verb": "blast-group.ts", // session 23
  // branch evprec25
  "intent-head": "intended.ts", // evprec25
  "intent-by": "intended.ts", // evprec25
} as const;
export type WordClass = keyof typeof WORD_CLASSES;

export const WORD_CLASSES_FILE = path.join(LEXICON_DIR, "event-word-classes.tsv");

/** Rows (class, word) to one set of normalized words per class (src/lexicon/word-classes.ts):
 *  an unknown class, an empty or repeated word, or a class with no row is an error naming file:line. */
export const compileWordClasses = (records: TsvRecord[]): Map<WordClass, Set<string>> => compileClasses(records, WORD_CLASSES);

/** The normalized words of one class, read from data/lexicon/event-word-classes.tsv once. */
export const wordClass: (name: WordClass) => ReadonlySet<string> = classReader(WORD_CLASSES_FILE, WORD_CLASSES);
