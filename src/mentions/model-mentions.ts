// How the statistical tagger (model/) and the KB/pattern recognizer combine. The tagger sees
// what the rules found (as features), then: vetoes person patterns and weak-headed organization
// patterns it tags entirely O, and place patterns and KB places it is sure are no name (by its
// Viterbi margin) and one-word KB persons it is sure are no name, replaces person patterns it reads
// as places or organizations, ends person patterns where it ends the name, drops GeoNames places it tags
// entirely O (ordinary words the gazetteer happens to hold), reads a KB city inside its
// organization span as that organization (ريال مدريد), and adds the names no rule found. A name the model found once is a name at its other occurrences in the document too
// ("قال جوتشولك" after "برند جوتشولك" is linked by coreference; a bare repeat is added here).
import type { Token } from "../core/document.ts";
import type { EntityType } from "../core/contract.ts";
import type { FoundMention } from "./candidate.ts";
import { isWord, makeMention, mentionOf, nameReadings } from "./candidate.ts";
import { isProminentPlace, type NameEntry } from "./gazetteer.ts";
import { placedByBa } from "./ba-places.ts"; // place17
import { inPlaceList, placeListEdges } from "./listed-places.ts";
import { cuedKbPlace } from "./cued-kb-places.ts";
import type { PlaceEdges } from "./coordinated-places.ts";
import { titleAt, type Ctx } from "./words.ts";
import { outsideMargin, plainNormFilter, tag, type NerModel, type TaggedSpan } from "./model/tagger.ts";
import { ordinaryWords, ruleTags } from "./model/features.ts";
import { normalize } from "../text/normalize.ts";
import { isNumberedUnit } from "./numbered-units.ts";
import { unitSettlementName } from "./settlement-names.ts"; // place21
import { withDescent } from "./nasab.ts";
import { ownAdjective } from "./adjective-names.ts";
import { familyNamed, givenAndFamily, givenChain, givenFirst } from "./family-named.ts";
import { familyAfterGivenChain } from "./articled-family-names.ts";
import { titledFirstWord } from "./titled-first-word.ts";
import { titleAsSurname } from "./title-surnames.ts";
import { spacedGivenAt, spacedGivenFirst, surnameAfterCompound } from "./spaced-given.ts";
import { purposeNamed } from "./purpose-names.ts";

const PLACES = new Set<EntityType>(["GPE", "LOC", "FAC"]);
// the scores that mark a name the tagger added (modelMentions) and its bare repeats
export const TAGGER_SCORE = 0.45, TAGGER_REPEAT_SCORE = 0.4;
/** Was m added by the tagger (a name no rule found, or its repeat)? */
export function isTaggerMention(m: FoundMention): boolean {
  return m.via === "pattern" && (m.score === TAGGER_SCORE || m.score === TAGGER_REPEAT_SCORE);
}
// Each merge rule of round 2 has an off switch for ablations (RASID_NER_GROW=0, _EARLIER=0,
// _FULLNAME=0; RASID_NER_MARGIN=N), measured in eval/README.md.
const GROW_ORG = process.env.RASID_NER_GROW !== "0";
const EARLIER = process.env.RASID_NER_EARLIER !== "0";
const FULL_NAME = process.env.RASID_NER_FULLNAME !== "0";
// a person's name runs on over its descent, whatever found it (nasab.ts); RASID_NER_DESCENT=0 turns it off
const DESCENT = process.env.RASID_NER_DESCENT !== "0";
// a KB person named by a one-word family name alone that the tagger is sure is no name ("وبينت"
// "and she showed" read as و + Bennett, "جودة" "quality", "سريع"); RASID_NER_ONEWORD=0 turns it off
const ONE_WORD_PERSON = process.env.RASID_NER_ONEWORD !== "0";
// how much better the tagger's best reading is than any that names a pattern's words, for the
// pattern to be dropped (perceptron score units; chosen on ANERcorp's dev sixth and the dev gold)
const SURE_OUTSIDE = Number(process.env.RASID_NER_MARGIN ?? 4);
// the same for a KB place (sports clubs named by their city, "اتفاق الطائف", "على الصعيد الدولي"):
// ten times as sure. At 4 or 8 it also dropped places of the press (HTML gold recall .98 -> .97);
// the model of round 3 (more features per word, so larger scores) was 25 sure of "الهرب من
// [الموصل]" (الموصل is O 3 of 4 times in ANERcorp's train part); ANERcorp's dev sixth is the same
// at 24 and 40 (0.720 / 0.719), and what 40 still drops there is 46 or surer.
const SURE_NOT_PLACE = 40;
// a one-word place reached only through a clitic split (splitPlace): twice what a place pattern needs
const SURE_NOT_SPLIT = 8;
// a person pattern whose words the tagger names only as places or organizations yields to them
// (namedOtherwise); RASID_NER_OTHERWISE=0 turns it off
const OTHERWISE = process.env.RASID_NER_OTHERWISE !== "0";
// a weak head + a proper name + a لل- purpose stands without the tagger (purpose-names.ts); RASID_NER_PURPOSE=0 turns it off
const PURPOSE = process.env.RASID_NER_PURPOSE !== "0";

// the rule tags handed to tag(), one list reused from document to document (tag() reads it only then)
const RULE_TAGS: string[] = [];

/**
 * The rules' mentions `found` combined with the tagger's names. Organizations under a strong head
 * (وزارة، حزب، وكالة…) stand: ANERcorp, which the model learned from, leaves many of them
 * untagged, but the press names them. KB mentions and nationality adjectives stand as matched
 * (their spans follow the press's conventions, "وزارة الدفاع العراقية"), except GeoNames places
 * that the model tags O throughout.
 */
export function combine(c: Ctx, model: NerModel, found: FoundMention[]): FoundMention[] {
  const names: TaggedSpan[] = [];
  for (const s of tag(model, c.tokens, ruleTags(c.tokens.length, found, RULE_TAGS), c)) if (s.type !== "MISC") names.push(withoutLoneLetter(c, s));
  // tokens the model puts inside a name: a mention none of whose tokens is named is "untagged"
  const named = new Uint8Array(c.tokens.length);
  for (const s of names) named.fill(1, s.start, s.end);
  const untagged = (m: FoundMention) => { for (let k = m.tokens.start; k < m.tokens.end; k++) if (named[k]) return false; return true; };
  const covered = new Uint8Array(c.tokens.length);
  for (const m of found) covered.fill(1, m.tokens.start, m.tokens.end);
  const margin = (m: FoundMention) => outsideMargin(model, c.tokens, m.tokens.start, m.tokens.end);
  let listEdges: PlaceEdges | undefined; // KB places a list joins: evidence the tagger does not weigh (place17)
  const veto = (m: FoundMention) => m.via === "pattern"
    ? (m.type === "PERSON" && !titledGiven(c, m) && !familyNamed(c, m)) || (weakHead(c, m) && !m.kbId && m.role !== "institution" && !isNumberedUnit(c, m) && !ofAPlace(c, m) && !(PURPOSE && purposeNamed(c, m))) || (!m.kbId && PLACES.has(m.type) && m.role !== "construct" && m.role !== "area" && m.role !== "facility" && !namedHead(c, m) && !adminHead(c, m) && !quotedAfterHead(c, m) && margin(m) >= SURE_OUTSIDE)
    : m.via === "kb" && !ownAdjective(c, m) && ((PLACES.has(m.type) && !provinceByName(m) && (generatedPlace(c, m) || (margin(m) >= (splitPlace(c, m) && !placedByBa(c, m) ? SURE_NOT_SPLIT : SURE_NOT_PLACE) && !inPlaceList(c, m, (listEdges ??= placeListEdges(c, found))) && !cuedKbPlace(c, m))))
      || (ONE_WORD_PERSON && m.type === "PERSON" && m.tokens.end - m.tokens.start === 1 && bySurnameOnly(c, m) && margin(m) >= SURE_OUTSIDE));
  // one array made by one literal, rewritten in place pass by pass (each pass over every mention
  // before the next, as a chain of .map calls would): an array a builtin returns (filter, map,
  // spread) takes its elements kind from its content (an empty one differs), and a kind seen late
  // deoptimized this function and the callers it is inlined into. (For the same reason the KB's
  // lists, which come in several elements kinds, are read below by index loops, not every/some/filter.)
  const kept: FoundMention[] = [];
  for (const m of found) if (!(untagged(m) && veto(m)) && !(OTHERWISE && namedOtherwise(c, m, names))) kept.push(untagged(m) && familyNamed(c, m) ? givenAndFamily(c, m) : m);
  for (let i = 0; i < kept.length; i++) kept[i] = cutOverrun(c, kept[i], names, covered);
  for (let i = 0; i < kept.length; i++) kept[i] = asOrganization(c, kept[i], names, covered);
  for (let i = 0; i < kept.length; i++) kept[i] = fullName(c, kept[i], names, covered);
  for (let i = 0; i < kept.length; i++) kept[i] = clubBeforeCity(c, kept[i], names, covered);
  for (const m of modelMentions(c, kept, names, model)) kept.push(m);
  if (DESCENT) withDescent(c, kept);
  return kept.sort(byStart);
}
const byStart = (a: FoundMention, b: FoundMention) => a.start - b.start;

/**
 * The span less a last word that is a preposition written apart, one letter and a tatweel ("قال هشام
 * مروة لـ«الشرق الأوسط»"): the tagger, trained on text that writes لـ joined, reads it inside the name,
 * and the pattern or KB name it grows then names someone else (SaudiNewsNet, 4,430 records: 12 person
 * names ended so, all before an outlet).
 */
function withoutLoneLetter(c: Ctx, s: TaggedSpan): TaggedSpan {
  let end = s.end;
  while (end - s.start > 1 && c.tokens[end - 1].kind === "word" && c.tokens[end - 1].norm.length === 1 && !c.lex.connectors.has(c.tokens[end - 1].norm)) end--;
  return end === s.end ? s : { start: s.start, end, type: s.type };
}

/**
 * A person pattern without KB id over whose words the model names only places or organizations
 * ("محافظ [محافظة جدة]" → جدة, "قائد شرطة [مقاطعة سانت لويس]", "حارس مرمى منتخب [البرازيل]"): the
 * model saw the pattern as a feature and still read a place; its spans replace the pattern
 * (modelMentions adds them). A pattern that starts with a given name stands ("فوزية الحربي",
 * "ثامر السبهان" in the press). Place patterns are not judged so: the press writes a facility's
 * head as part of its name ("مستشفى الملك فهد", "معسكر النمسا") where ANERcorp leaves it out.
 */
function namedOtherwise(c: Ctx, m: FoundMention, names: readonly TaggedSpan[]): boolean {
  if (m.via !== "pattern" || m.kbId || m.type !== "PERSON" || startsName(c.tokens[m.tokens.start], c.lex.firstNames)) return false;
  const over = names.filter((x) => x.start < m.tokens.end && m.tokens.start < x.end);
  return over.length > 0 && !over.some((x) => x.type === "PERS");
}

/**
 * A city the model reads as an organization on its words ("فاز ميلان على بريمن": the clubs), or
 * inside a longer organization name no other mention covers ("ضرب ريال مدريد", "بايرن ميونيخ"),
 * is that organization, not yet known to the KB.
 */
function asOrganization(c: Ctx, m: FoundMention, names: readonly TaggedSpan[], covered: Uint8Array): FoundMention {
  // (a city already read as its club by its adjective, find-mentions.ts clubOfCity, may grow too)
  if (m.via !== "kb" || !(PLACES.has(m.type) || (m.type === "ORG" && !m.kbId))) return m;
  const s = names.find((x) => x.type === "ORG" && x.start <= m.tokens.start && x.end >= m.tokens.end);
  if (!s) return m;
  if (s.start === m.tokens.start && s.end === m.tokens.end) return mentionOf(m.start, m.end, m.text, "ORG", null, m.via, m.score, m.tokens, m.key, [], m.role);
  if (!GROW_ORG) return m;
  for (let k = s.start; k < s.end; k++) if ((k < m.tokens.start || k >= m.tokens.end) && (covered[k] || !isWord(c.tokens[k]))) return m;
  const first = startReading(c, c.tokens[s.start]);
  if (s.start === m.tokens.start - 1 && c.lex.frontHeads.has(first.norm)) return m; // "جبهة لحج": a front at the place (front_head)
  const key = normalize(c.text.slice(c.tokens[s.start].start + first.from, c.tokens[s.end - 1].end));
  return makeMention(c.text, c.tokens, first, s.start, s.end, "ORG", "pattern", m.score, key, []);
}

/**
 * A word the model reads as a one-word person right before a prominent KB city, that is no given
 * name and no other mention covers, names with the city a sports club: "دينامو كييف", "أولمبيك
 * خريبكة", "سبورتينغ لشبونة" (a person's surname is rarely a city; "جورج واشنطن" starts with a
 * given name).
 */
function clubBeforeCity(c: Ctx, m: FoundMention, names: readonly TaggedSpan[], covered: Uint8Array): FoundMention {
  if (m.via !== "kb" || !PLACES.has(m.type)) return m;
  const k = m.tokens.start - 1;
  if (k < 0 || covered[k] || !isWord(c.tokens[k]) || c.tokens[k].sentence !== c.tokens[m.tokens.start].sentence) return m;
  if (!names.some((x) => x.type === "PERS" && x.start === k && x.end === k + 1)) return m;
  if (c.tokens[k].readings.some((r) => c.lex.firstNames.has(r.norm) || c.lex.stops.has(r.norm) || c.lex.titles.has(r.norm))) return m;
  const cands = c.gaz.lookup(m.key);
  if (!cands?.length) return m;
  for (let i = 0; i < cands.length; i++) { const e = cands[i]; if (e.subtype === "country" || e.subtype === "province" || !isProminentPlace(e)) return m; }
  const first = startReading(c, c.tokens[k]);
  const key = normalize(c.text.slice(c.tokens[k].start + first.from, c.tokens[m.tokens.end - 1].end));
  covered[k] = 1;
  return makeMention(c.text, c.tokens, first, k, m.tokens.end, "ORG", "pattern", m.score, key, []);
}

/**
 * A one-word KB place reached only by splitting a clitic off a written word the KB does not know
 * ("وجيزة" "and brief" → و + جيزة, "بنوك" "banks" → ب + نوك): the ordinary word is the likelier
 * reading, so the tagger's doubt counts at a lower margin. (The same margin for every GeoNames
 * city was tried: it also dropped "الهرب من الموصل" in the development articles.)
 */
function splitPlace(c: Ctx, m: FoundMention): boolean {
  if (m.tokens.end - m.tokens.start !== 1) return false;
  const t = c.tokens[m.tokens.start];
  return m.start > t.start && !c.gaz.lookup(t.norm);
}

/**
 * A KB person matched by a family name alone (knownSurnames: "جودة", "بينت"), not by one of the
 * names the KB writes for them: an alias such as "الأسد" or "ترامب" is the press's name for the
 * person and stands whatever the tagger says ("لا مستقبل للأسد في سوريا").
 */
function bySurnameOnly(c: Ctx, m: FoundMention): boolean {
  const es = c.gaz.lookup(m.key);
  if (es) for (let i = 0; i < es.length; i++) if (es[i].type === "PERSON") return false;
  return true;
}

/** A KB place all of whose candidates are small GeoNames places (no hand-written row, no country). */
function generatedPlace(c: Ctx, m: FoundMention): boolean {
  if (!PLACES.has(m.type)) return false;
  const cands = c.gaz.lookup(m.key);
  // a city the size of الموصل stands whatever the model says
  if (!cands?.length) return false;
  for (let i = 0; i < cands.length; i++) if (!(cands[i].generated && !isProminentPlace(cands[i]))) return false;
  return true;
}

/**
 * A province named by its bare name, or the town that bears it (أبين، الضالع of محافظة الضالع),
 * taken on the document's country (find-mentions.ts provinceByBareName, role "province"): the
 * tagger, reading only the words around it, does not see that evidence; its doubt does not drop it.
 */
const provinceByName = (m: FoundMention): boolean => m.role === "province";

/**
 * A facility or place pattern under a name head (جامع، كنيسة، جبل، بحيرة: name_head in ner-cues.tsv):
 * ANERcorp, which the tagger learned from, leaves such heads and the facility names after them
 * mostly untagged (it is surest of O exactly there: "كنيسة الطابغة الأثرية"), while the press names
 * the place so: such a pattern stands, as organizations under a strong head do. So does a settlement
 * named after a cue that is no ordinary noun besides (حي، بلدة، قرية، مخيم: sure_settlement).
 */
function namedHead(c: Ctx, m: FoundMention): boolean {
  const t = c.tokens[m.tokens.start];
  for (const r of t.readings) if (r.post === "" && (c.lex.orgHeads.get(r.norm)?.named || c.lex.sureSettlements.has(r.norm))) return true;
  // (an administrative unit's word, محافظة, is an ordinary noun too, "keeping": settlement-names.ts)
  return unitSettlementName(c, m);
}

/** A body of a place named with its place word: "مجلس محافظة البصرة", "مجلس مدينة الخليل" (the place word
 *  right after a weak head, not a direction): the council of a named place, not a description. */
function ofAPlace(c: Ctx, m: FoundMention): boolean {
  const k = m.tokens.start + 1;
  if (k + 1 >= m.tokens.end) return false;
  for (const r of c.tokens[k].readings) if (r.pre === "" && r.post === "" && c.lex.placeCues.has(r.norm) && !c.lex.directions.has(r.norm) && !r.article) return true;
  return false;
}

/** A district named under an administrative word (مديرية لودر: districts.ts): the press's own way of naming it. */
function adminHead(c: Ctx, m: FoundMention): boolean {
  if (m.type !== "GPE") return false;
  for (const r of c.tokens[m.tokens.start].readings) if (r.post === "" && c.lex.adminWords.has(r.norm)) return true;
  return false;
}

/** An organization or facility pattern headed by a word that is also an ordinary noun (قوات، مجلس). */
/** A facility named in quotation marks right after its head (قاعدة «أنجرليك»): the marks are the press's own evidence. */
function quotedAfterHead(c: Ctx, m: FoundMention): boolean {
  const k = m.tokens.start;
  if (k < 2 || c.tokens[k - 1].kind !== "punct" || m.tokens.end >= c.tokens.length || c.tokens[m.tokens.end].kind !== "punct") return false;
  for (const r of c.tokens[k - 2].readings) if (r.post === "" && c.lex.orgHeads.has(r.bare)) return true;
  return false;
}

function weakHead(c: Ctx, m: FoundMention): boolean {
  const t = c.tokens[m.tokens.start];
  return t.readings.some((r) => r.post === "" && !!c.lex.orgHeads.get(r.norm)?.weak);
}

/**
 * A person pattern that ran past the name ("يفغيني كافيلنسكي لقب البطولة") ends where the model's
 * person span that starts with it ends, when that is earlier ("فوز [صالح] بنسبة"). A
 * pattern that the model's only person span over it starts later or ends later ("الدولي [رود فان
 * نيستلروي]", "كارلوس ألبرتو [باريرا]") takes that span, if it keeps two words or grows, and runs
 * over no other mention.
 */
function cutOverrun(c: Ctx, m: FoundMention, names: readonly TaggedSpan[], covered?: Uint8Array): FoundMention {
  if (m.via !== "pattern" || m.type !== "PERSON") return m;
  let s = names.find((x) => x.type === "PERS" && x.start === m.tokens.start && x.end < m.tokens.end);
  // the one word the model would cut off stands alone elsewhere as the subject of a reporting verb
  // ("أعرب كريستيان [نوايه] حاكم بنك فرنسا … وقال نوايه"): it is the family name, the pattern stands
  if (s && s.end === m.tokens.end - 1 && s.end > s.start && aloneAsSubject(c, m.tokens.end - 1)) s = undefined;
  // a title that is also a family name closes the name the model cut before it: "نبيل [الحاج]" (title-surnames.ts, org18)
  else if (s && s.end === m.tokens.end - 1 && s.end > s.start && titleAsSurname(c, s.end)) s = undefined;
  // a family name with ال after the father's given name ends the name: "خالد [مرضي الزعبلي]" (articled-family-names.ts)
  else if (s && s.end > s.start && familyAfterGivenChain(c, m, s.end)) s = undefined;
  // a given name and a family name no dictionary knows are kept together ("تايلر [ادامز]"): family-named.ts
  else if (s && s.end === m.tokens.start + 1 && familyNamed(c, m)) s = m.tokens.end - m.tokens.start > 2 ? { ...s, end: m.tokens.start + 2 } : undefined;
  // a compound given name written as two words is no name by itself, nor, with one family name left after
  // it, the end of one: "[عبد الله] دهيم عبد الله آل سعد", "[عبد الرحمن عبد العزيز] البجادي" (spaced-given.ts;
  // a word of the dictionary there, "سعيد عبد الله [المعد]", is as often the man's role)
  else if (s && (s.end === m.tokens.start + 2 && spacedGivenFirst(c, m) || s.end === m.tokens.end - 1 && s.end - s.start >= 2 && spacedGivenAt(c, s.end - 2) !== null && surnameAfterCompound(c, s.end))) s = undefined;
  // a chain of given names is one person's (his father's, grandfather's): "يحيى محمد [عبدالله صالح]";
  // the model's person span that goes on from the cut ends it (no span there: the pattern stands)
  else if (s && s.end > s.start && givenChain(c, s.end)) { const end = s.end, next = names.find((x) => x.type === "PERS" && x.start === end && x.end <= m.tokens.end); s = next ? { ...s, end: next.end } : undefined; }
  else if (!s && covered) {
    // the model's person span inside or past the pattern's words: "مصطفى عبد الله [بفوز …]", "كارلوس ألبرتو [باريرا]"
    const over = names.filter((x) => x.start < m.tokens.end && m.tokens.start < x.end);
    const x = over.length === 1 && over[0].type === "PERS" ? over[0] : undefined;
    // (a pattern keeps a first word that is a known given name: "[علي] رضا هاشمي" is not "رضا هاشمي": family-named.ts)
    if (x && (x.start >= m.tokens.start || EARLIER) && (x.start !== m.tokens.start || x.end !== m.tokens.end) && (x.end - x.start >= 2 || x.end > m.tokens.end) && !(x.start > m.tokens.start && (givenFirst(c, m) || titledFirstWord(c, m, x.start)))) {
      let free = true;
      for (let k = m.tokens.end; k < x.end; k++) if (covered[k]) free = false;
      for (let k = x.start; k < m.tokens.start; k++) if (covered[k] || !isWord(c.tokens[k])) free = false;
      if (free) s = x;
    }
  }
  if (!s) return m;
  if (s.start !== m.tokens.start) {
    const first = startReading(c, c.tokens[s.start]);
    return makeMention(c.text, c.tokens, first, s.start, s.end, "PERSON", "pattern", m.score, normalize(c.text.slice(c.tokens[s.start].start + first.from, c.tokens[s.end - 1].end)), m.candidates);
  }
  const end = c.tokens[s.end - 1].end;
  return mentionOf(m.start, end, c.text.slice(m.start, end), m.type, m.kbId, m.via, m.score, { start: m.tokens.start, end: s.end }, normalize(c.text.slice(m.start, end)), m.candidates, m.role);
}

/** Does the word of token i stand elsewhere in the document right after a reporting verb (وقال نوايه)? */
function aloneAsSubject(c: Ctx, i: number): boolean {
  const w = c.tokens[i].norm;
  if (w.length < 3 || c.lex.firstNames.has(w)) return false;
  for (let k = 1; k < c.tokens.length; k++) {
    if (k === i || c.tokens[k].norm !== w) continue;
    const v = c.tokens[k - 1];
    if (v.sentence === c.tokens[k].sentence && v.readings.some((r) => r.post === "" && (r.pre === "" || r.pre === "و" || r.pre === "ف") && c.lex.sayVerbs.has(r.norm))) return true;
  }
  return false;
}

/**
 * A KB person inside the model's longer person span over words no other mention covers: the
 * full name continues it ("الشيخ [حمد بن جاسم] بن جبر آل ثاني") and keeps the KB id; a span that
 * starts earlier names someone else with that surname ("معد [فياض]") and has no KB id.
 */
function fullName(c: Ctx, m: FoundMention, names: readonly TaggedSpan[], covered: Uint8Array): FoundMention {
  if (!FULL_NAME || m.via !== "kb" || m.type !== "PERSON") return m;
  const s = names.find((x) => x.type === "PERS" && x.start <= m.tokens.start && x.end >= m.tokens.end && x.end - x.start > m.tokens.end - m.tokens.start);
  if (!s) return m;
  for (let k = s.start; k < s.end; k++) if ((k < m.tokens.start || k >= m.tokens.end) && (covered[k] || !isWord(c.tokens[k]))) return m;
  const first = s.start === m.tokens.start ? c.tokens[s.start].readings.find((r) => c.tokens[s.start].start + r.from === m.start) ?? startReading(c, c.tokens[s.start]) : startReading(c, c.tokens[s.start]);
  const key = normalize(c.text.slice(c.tokens[s.start].start + first.from, c.tokens[s.end - 1].end));
  const same = s.start === m.tokens.start;
  const made = makeMention(c.text, c.tokens, first, s.start, s.end, "PERSON", same ? "kb" : "pattern", m.score, key, same ? m.candidates : []);
  if (same) made.kbId = m.kbId; // (a fresh object: set in place, no spread copy with another map)
  return made;
}

/**
 * The reading a name starts with: the whole word when it is a known name; a conjunction or
 * preposition left outside when the rest is a known name (ببوتين), else only a leading و
 * (وكافيلنسكي), since كاف… فول… بار… start many foreign names.
 */
function startReading(c: Ctx, t: Token) {
  const whole = t.readings[0];
  if (c.lex.firstNames.has(whole.norm) || c.gaz.lookup(whole.norm)) return whole;
  const rs = nameReadings(t).filter((r) => r.pre !== "");
  // (a kunya's أبو/أبي after a preposition or و: "بأبي سليم", "وأبو سليم")
  // (and the first word of a compound given name written as two words: "وعبد الله", spaced-given.ts)
  return rs.find((r) => c.lex.firstNames.has(r.norm) || c.gaz.lookup(r.norm) || (r.post === "" && (KUNYA.has(r.norm) && c.lex.connectors.has(r.norm) || c.lex.spacedGivenHeads.has(r.norm)))) ?? rs.find((r) => r.pre === "و" && r.norm.length >= 4) ?? whole;
}

/**
 * A one-word span that is never a name by itself: a second part of compound given names (والله،
 * الدين), a generic place noun (المدينة، العاصمة، ريف: "مخيم بلاطة شرق المدينة"), or a written word
 * that is a particle as a whole ("لصالح" "in favour of", not ل + the given name صالح).
 */
function notAName(c: Ctx, t: Token, key: string): boolean {
  if (c.lex.nameParts.has(key) || c.lex.genericPlaces.has(key) || c.lex.stops.has(t.norm)) return true;
  // (a generic place noun after a clitic the key kept, since the rest is no KB name: "وريف", "بريف")
  for (const r of t.readings) if (r.pre !== "" && r.post === "" && c.lex.genericPlaces.has(r.norm)) return true;
  return false;
}

/** A definite word (no other clitic) whose stem is an ordinary word of the dictionary, no given name and no nisba. */
function definiteWord(c: Ctx, t: Token): boolean {
  const r = t.readings[0];
  // (a nisba is a family name as often as an adjective: المالكي، القرطبي، الحموي)
  if (!r.article || r.post !== "" || c.lex.firstNames.has(r.bare) || (r.bare.length >= 4 && r.bare.endsWith("ي"))) return false;
  const words = ordinaryWords();
  return words.has(r.bare) || words.has(r.norm);
}

/** Is token i right after a number (a written figure or a number word: ألف، ملايين), in its sentence? */
function afterCount(c: Ctx, i: number): boolean {
  const t = c.tokens[i - 1];
  if (!t || t.sentence !== c.tokens[i].sentence) return false;
  // (a counted noun takes no conjunction: "2019 وأحمد الخميس", "الحادي عشر وأورفيتو" coordinate)
  if (c.text.charCodeAt(c.tokens[i].start) === 0x0648) for (const r of c.tokens[i].readings) if (r.pre === "و") return false;
  // (a figure glued to a letter is no count: "د40 عبدالله" is a goal's minute; nor is a year: "2019 أحمد")
  if (t.kind === "number") return (t.start === 0 || !isLetter(c.text.charCodeAt(t.start - 1))) && !YEAR.test(t.norm);
  if (t.kind !== "word") return false;
  // the word as written, or with its article (المليون): "وست" is وست بروميتش, not "and six"
  const w = t.norm;
  return c.lex.countWords.has(w) || (w.startsWith("ال") && c.lex.countWords.has(w.slice(2)));
}
const KUNYA = new Set(["ابو", "ابي", "ابا"]); // the kunya in its three cases
const YEAR = /^(1[89]|20)\d\d$/;
const isLetter = (ch: number) => (ch >= 0x0621 && ch <= 0x064a) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);

/**
 * A person pattern after a title whose first word is a known given name ("السفير علي الصادق",
 * "الرقيب نسيب …"): the title and the given name together are the press's own way of naming,
 * stronger evidence than the tagger's silence (ANERcorp leaves many titled names untagged). Two
 * words at least: one given name after a title may be a word ("خادم الحرمين الشريفين باسمه").
 */
function titledGiven(c: Ctx, m: FoundMention): boolean {
  const first = c.tokens[m.tokens.start];
  return m.role === "name" && !m.kbId && m.tokens.end - m.tokens.start >= 2 && (startsName(first, c.lex.firstNames) || c.lex.articledGivenNames.has(first.norm) || spacedGivenFirst(c, m)); // spk14: "المبروك اقريرة"
}

function startsName(t: Token, firsts: Set<string>): boolean {
  for (const r of t.readings) if (r.post === "" && firsts.has(r.norm)) return true;
  return false;
}

function typeOf(c: Ctx, span: TaggedSpan, key: string): EntityType {
  if (span.type === "PERS") return "PERSON";
  if (span.type === "ORG") return "ORG";
  const es = c.gaz.lookup(key);
  if (es) for (let i = 0; i < es.length; i++) if (PLACES.has(es[i].type)) return es[i].type;
  return "GPE";
}

/** The ids of the entries of one type, in a literal array (the KB's lists come in several
 *  elements kinds; filter/map inlined over them deoptimized modelMentions on each new one). */
function idsOfType(es: readonly NameEntry[] | undefined, type: EntityType): string[] {
  const out: string[] = [];
  if (es) for (let i = 0; i < es.length; i++) if (es[i].type === type) out.push(es[i].id);
  return out;
}

/** Mentions for the model's name spans (PERS/LOC/ORG, token ranges) where none of `found` lies.
 *  `model`: the tagger that just tagged c's tokens (its slots gate the search for repeats). */
export function modelMentions(c: Ctx, found: readonly FoundMention[], spans: readonly TaggedSpan[], model?: NerModel): FoundMention[] {
  const { tokens, text } = c;
  const covered = new Uint8Array(tokens.length);
  for (const m of found) covered.fill(1, m.tokens.start, m.tokens.end);
  const free = (s: number, e: number) => { for (let k = s; k < e; k++) if (covered[k] || !isWord(tokens[k])) return false; return true; };
  const out: FoundMention[] = [];
  const names = new Map<string, { type: EntityType; n: number }>();
  for (const span of spans) {
    if (span.type === "MISC" || !free(span.start, span.end)) continue;
    const first = startReading(c, tokens[span.start]);
    const key = normalize(text.slice(tokens[span.start].start + first.from, tokens[span.end - 1].end));
    // a stop word, or a second part of compound given names alone (والله، الدين): never a name by itself
    if (c.lex.stops.has(key) || (span.end - span.start === 1 && notAName(c, tokens[span.start], key))) continue;
    // a title phrase, or the start of one, is no name ("[ولي] العهد", "[ولي ولي] العهد")
    if (titleAt(c, span.start) >= span.end) continue;
    // the noun a number counts ("45 مليون [ريال]", "ثلاثة [ريالات]"): a unit, not the club the tagger learned
    if (afterCount(c, span.start)) continue;
    // a definite dictionary word alone is no person ("[العقاري]", "و[المانجو]"): family names that are
    // words (الحكيم) come with a given name or a title, which the rules find
    if (span.type === "PERS" && span.end - span.start === 1 && definiteWord(c, tokens[span.start])) continue;
    const type = typeOf(c, span, key);
    const cands = idsOfType(c.gaz.lookup(key), type);
    out.push(makeMention(text, tokens, first, span.start, span.end, type, "pattern", TAGGER_SCORE, key, cands));
    covered.fill(1, span.start, span.end);
    let words = "";
    for (let k = span.start; k < span.end; k++) words += (k > span.start ? " " : "") + startReading(c, tokens[k]).norm;
    names.set(words, { type, n: span.end - span.start });
  }
  // the same words elsewhere in the document, where nothing else was found
  if (names.size) {
    const firsts = new Set<string>();
    for (const w of names.keys()) { const sp = w.indexOf(" "); firsts.add(sp < 0 ? w : w.slice(0, sp)); }
    const norms = new Map<number, string>();
    const normAt = (k: number) => { let v = norms.get(k); if (v === undefined) norms.set(k, (v = isWord(tokens[k]) ? startReading(c, tokens[k]).norm : "")); return v; };
    // tokens [i, i + n) read as `words` (their norms joined by spaces), compared in place: no list
    // and no joined string made per candidate (a tenth of this function's time in a profile)
    const spells = (i: number, n: number, words: string) => {
      let at = 0;
      for (let k = 0; k < n; k++) {
        const w = normAt(i + k);
        if (k > 0) { if (words.charCodeAt(at) !== 0x20) return false; at++; }
        if (!words.startsWith(w, at)) return false;
        at += w.length;
      }
      return at === words.length;
    };
    const may = model ? plainNormFilter(model, firsts) : () => true;
    for (let i = 0; i < tokens.length; i++) {
      // cheap gates: some reading of the token is a first word of a name found
      if (!may(i) || !startsName(tokens[i], firsts)) continue;
      if (!firsts.has(normAt(i))) continue;
      for (const [words, { type, n }] of names) {
        if (i + n > tokens.length || !free(i, i + n) || !spells(i, n, words) || (n === 1 && notAName(c, tokens[i], words)) || afterCount(c, i)) continue;
        const first = startReading(c, tokens[i]);
        const key = normalize(text.slice(tokens[i].start + first.from, tokens[i + n - 1].end));
        out.push(makeMention(text, tokens, first, i, i + n, type, "pattern", TAGGER_REPEAT_SCORE, key, []));
        covered.fill(1, i, i + n);
        break;
      }
    }
  }
  return out;
}
