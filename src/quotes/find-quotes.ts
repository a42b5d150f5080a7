// Who said what: direct quotations and reported speech, each with its speaker (an entity id, or
// null for unnamed sources), the cue as written, the content span, the relaying outlet (via)
// and the stance. Driven by data/lexicon/reporting-cues.tsv; the rules here are about where the
// content starts and ends for each kind of cue: a verb or participle of saying (say), "according
// to" (accord), a relay ("نقلت وكالة X عن Y"), and texts quoted in full ("الآتي نصها", letters.ts).
// Who speaks is speakers.ts; which outlet relayed it is via.ts.
import type { QuoteOut, Span, Stance } from "../core/contract.ts";
import type { Document, Token } from "../core/document.ts";
import type { Cue } from "../lexicon/cues.ts";
import { hedgeIndex } from "../lexicon/hedges.ts";
import type { PhraseMatch } from "../lexicon/phrase-index.ts";
import { matchesIn, tokenFormsAt } from "../lexicon/phrase-index.ts";
import { docMatches } from "../lexicon/doc-matches.ts";
import { normalize } from "../text/normalize.ts";
import { actorIndex, isActorType, isPlaceType, type ActorMention } from "../actors/mentions.ts";
import { letterQuotes } from "./letters.ts";
import { interviewQuotes, interviewTurns } from "./interview.ts";
import { findQuoteMarks, type QuoteMarks } from "./marks.ts";
import { FRONTED, bothOf, dualVerb, inFrontedPhrase, pairNounAt, pairSubject, relativeDisagrees, titleWord, agentOf, antecedent, bodyOf, carry, clauseSubject, definiteSubject, described, earlierInSentence, groupSubject, isNisba, isSpeakingHead, issuer, pluralVerb, lookback, sameSentence, speakerFrom, titleHolder, unknownOrgSubject } from "./speakers.ts";
import { asSpeaker, newStamp, cueAt, firstCueFrom, firstMentionFrom, hasKind, speechMarks, unnamedIn, enoughWords, insideMarks, markOpenAt, pick, skipPunct, trimBack, type FoundQuote, type Speaker, type State } from "./state.ts";
import { conjoinedCue, contentEnd, isAn, isColon } from "./tokens.ts";
import { sentenceRanges } from "../actors/ranges.ts";
import { isMedium, isOutlet, mediumIn, mediumNounAt, viaFor } from "./via.ts";
import { functionWords } from "../lexicon/function-words.ts";
import { slotWords } from "../lexicon/speaker-slot.ts";
import { heldTitle, speaksFor } from "./title-back.ts";
import { goesOnAfter } from "./accord-span.ts";
import { sourceMaker } from "./accord-source.ts";
import { unnamedRole } from "../lexicon/unnamed.ts";
import { sourceBack } from "./source-back.ts";
import { leadNamed } from "./lead-named.ts";
import { saidThat } from "./said-that.ts";
import { anGoesOn } from "./an-goes-on.ts";
import { nearLimit, silentNear } from "./near-cue.ts";
import { participleOpens } from "./participle-opens.ts";
import { openingBody } from "./opening-body.ts";
import { earlierIssuer, issuerAfter } from "./document-issuer.ts";
import { surnameSpeakers } from "./surname-speaker.ts";
import { constructHolder } from "./construct-title.ts";
import { opensAfterSubject, pronounObjectAfterRelative } from "./relative-object.ts";
import { inWhichSaid } from "./in-which.ts";
import { jointSubject } from "./joint-subject.ts";
import { adjectiveSpeaker } from "./adjective-speaker.ts";
import { localSpeakers } from "./local-speakers.ts";
import { conveysMessage } from "./conveyed.ts";
import { frontedSubject } from "./fronted.ts";
import { nameMarkEnd } from "./named-marks.ts";
import { FAR_WINDOW, farOpening } from "./far-content.ts";

const MARKER_WINDOW = 22;   // tokens after a cue in which the content must start
const OBJ_WINDOW = 10;      // tokens after a cue searched for the speaker of a direct-object cue
const SUBJECT_NEAR = 3;     // a subject stands this close to its verb
const PREP_REACH = 8;       // tokens after the verb (or its subject) in which its framed preposition stands
const APPOSITION = 10;      // tokens after a speaker's name in which his description may name his medium
const OBJECT_BEFORE_PREP = 14; // tokens at most between a verb's subject and its preposition that are its object
const HEADLINE_WORDS = 12;  // a paragraph this short with no closing punctuation is a (sub)headline

export function findQuotes(doc: Document): QuoteOut[] {
  const toks = doc.tokens;
  if (!toks.length) return [];
  const dm = docMatches(toks), all = dm.cues;
  const nl = doc.text.indexOf("\n");
  const st: State = {
    doc, toks, ix: actorIndex(doc), marks: findQuoteMarks(doc.text), sents: sentenceRanges(doc), all, hedges: dm.hedges,
    viaMatches: all.filter((m) => hasKind(m, "via")), quotes: [], last: null, lastVia: null,
    titleEnd: nl > 0 && doc.text.slice(0, nl).trim() === doc.title.trim() ? nl : 0,
    cueStarting: new Array(toks.length), stamp: newStamp(), stances: new Map(), speech: new Map(), inside: [],
  };
  st.speech = speechMarks(doc.text, st.marks);
  // a name in quotation marks ("صحيفة «وول ستريت جورنال»") is a name, not speech
  if (st.speech.size) for (const mm of st.ix.mentions) {
    for (let o = mm.start - 1; o >= Math.max(0, mm.start - 2); o--) { const q = st.speech.get(o); if (q && q.end <= mm.end + 1) st.speech.delete(o); }
  }
  for (const m of all) st.cueStarting[m.start] = m;
  const letters = letterQuotes(st);
  // cues inside a quotation or a quoted letter are the quoted words, not the article's attributions
  // (the marks alone are in text order and never overlap: sorted by start as they are)
  st.inside = letters.length ? marksAndLetters(st.marks, letters) : st.marks;
  let consumed = 0;
  for (let k = 0; k < all.length; k++) {
    const m = all[k];
    const off = toks[m.start].start;
    if (m.start < consumed || insideMarks(st, off) || namedAt(st, m) || silentNear(st, m, st.sents[toks[m.start].sentence][1])) continue;
    if (hasKind(m, "not") || bareParticiple(st, m) || subjunctiveGoesOn(st, m.start) || (hasKind(m, "say") && !hasKind(m, "relay") && (insideReported(st, m) || afterRelative(st, m)))) continue;
    let res: number | null = null;
    if (hasKind(m, "relay")) res = relay(st, m);
    if (res === null && hasKind(m, "say") && !masdar(st, m)) res = saidBefore(st, m) ?? thatBefore(st, m) ?? say(st, m);
    if (res === null && hasKind(m, "accord")) res = accord(st, m);
    if (res !== null) consumed = res;
  }
  for (const l of letters) {
    const m = { start: l.cueAt, end: l.cueEnd, values: [] };
    push(st, m, l.speaker, l.span.start, l.span.end, true, null, "asserted", false);
  }
  viaFromNextSentence(st);
  // questions and answers after a lead: the answers are the interviewee's words
  const turns = st.doc.paragraphs.length > 2 * 3 ? interviewTurns(st) : [];
  if (turns.length) interviewQuotes(st, turns);
  // "وقال إنه «…». وإنه «…»": the report goes on in a sentence of its own (an-goes-on.ts)
  anGoesOn(st);
  // "كشف وزير يمني عن …" and the minister named further on: the lead's statement is his (lead-named.ts)
  leadNamed(st);
  // "وقال برادو" with the surname split off as an organization: the person named in full (surname-speaker.ts)
  surnameSpeakers(st);
  // "وقال البكري" after a sentence about عدن: a town does not speak (local-speakers.ts)
  localSpeakers(st);
  // a headline states the story; its verbs of saying are not quotes unless they quote
  const out: QuoteOut[] = [];
  for (const q of st.quotes) if (q.direct || (st.toks[q.cueAt].start >= st.titleEnd && !inHeadline(st, st.toks[q.cueAt].start))) out.push(published(q));
  return out;
}

/** The quote as published: its fields in the contract's order, without the finder's own (an object
 *  literal, where a rest pattern copied the fields one by one, checking each against the excluded). */
const published = (q: FoundQuote): QuoteOut => ({
  speaker: q.speaker, speaker_text: q.speaker_text, cue: q.cue, text: q.text, start: q.start, end: q.end,
  direct: q.direct, via: q.via, stance: q.stance,
});

/** The quotation marks and the quoted letters' spans, sorted by start, in a literal array (a
 *  spread of the marks took their array's map, and a map first seen late deoptimized findQuotes). */
function marksAndLetters(marks: readonly Span[], letters: readonly { span: Span }[]): Span[] {
  const out: Span[] = [];
  for (const m of marks) out.push(m);
  for (const l of letters) out.push(l.span);
  return out.sort((a, b) => a.start - b.start);
}

// ---------- cue kinds ----------


/** A verb, participle or noun of saying. Returns the token index up to which tokens are consumed. */
function say(st: State, m: PhraseMatch<Cue>): number | null {
  const cue = pick(m.values, "say");
  const { toks } = st;
  const sent = toks[m.start].sentence;
  // "تأكيد أوباما أن": a verbal noun speaks only through the name right after it
  const gen = cue.frames.has("gen") ? genitive(st, m.end) : null;
  if (cue.frames.has("gen") && !gen) return null;
  const whole = cue.frames.has("whole");
  const [, sEnd] = st.sents[sent];
  const winEnd = windowEnd(st, m, sEnd);
  // "تصريحات أدلى بها X، التي وصف فيها الموسم بالضعيف": the statement's giver says what follows فيها (in-which.ts)
  const inWhich = inWhichSaid(st, m);
  if (inWhich && inWhich.from < winEnd && !isAn(toks[inWhich.from])) return saidInWhich(st, m, inWhich.giver, inWhich.from, winEnd, sent);
  // a document as subject ("وعبر البيان عن"، "ونقل البيان تعازي"): its issuer speaks
  const docSubject = cueAt(st, m.end, "document");
  // ("وأكد البيان الصادر عن مكتب رئيس الوزراء": its issuer, named right after it, speaks)
  const docBy = docSubject ? issuedBy(st, docSubject.end) ?? issuerAfter(st, docSubject) : null;
  // "وأكد الطرفان أهمية …": a pair noun right after the verb is its subject, so the object opens after it
  // (pairSubject says which two speak)
  const pairNoun = !docSubject && !gen && !cue.participle && cue.pos === "verb" && pairNounAt(st, m.end) !== null;
  const subjEnd = docSubject && !toks[docSubject.start].readings.some((r) => r.post) ? (docBy ? docBy.last + 1 : docSubject.end) : pairNoun ? m.end + 1 : -1;
  // 1. where the content starts
  let marker = -1, how: "an" | "colon" | "mark" | "prep" | "obj" = "obj";
  // (frame near: a verb that is as often no verb of saying, "وزاد عدد القتلى"، speaks only when its content opens close by)
  const limit = Math.min(cue.frames.has("near") ? nearLimit(st, m.end, winEnd) : m.end + MARKER_WINDOW, winEnd);
  const pf = prepFrames(cue.frames), an = pf.an;
  // a cue phrase that ends on its own أن ("وبين أن"): the content follows it
  if (m.end - m.start >= 2 && isAn(toks[m.end - 1])) { marker = m.end - 1; how = "an"; }
  for (let i = m.end; i < limit && !whole && marker < 0; i++) {
    // ('وأوضح "الطبيب خالد سمير" أن'): a short quotation right before the complementizer is a name (named-marks.ts)
    if (an) { const past = nameMarkEnd(st, i, limit); if (past > 0) { i = past - 1; continue; } }
    // a quotation that opens after a plain word is a phrase inside the object ("تحويل رمضان إلى شهر "جهاد ضد الكافرين"")
    // (a cue that takes no أن clause, "أعرب عن", quotes only right after itself or its subject)
    if (markOpenAt(st, toks[i].start) && !(cue.frames.has("obj") && insideObject(st, i, m.end)) && (an || i <= m.end + 1 || prepMayOpen(st, i, m.end, subjEnd, !cue.participle))) { marker = i; how = "mark"; break; }
    const prep = isPrep(toks[i], pf) && !nameStartsAt(st, i);
    // "نبهت الإمارات الوزيرة إلى أن": a framed preposition with أن opens the content wherever it stands
    if (prep && an && i + 1 < limit && isAn(toks[i + 1])) { marker = i + 1; how = "an"; break; }
    if (prep && prepMayOpen(st, i, m.end, subjEnd, !cue.participle) && !cueAt(st, i, "accord")) {
      if (i + 1 < limit && an && isAn(toks[i + 1])) { marker = i + 1; how = "an"; } else { marker = i; how = "prep"; }
      break;
    }
    if (isColon(toks[i])) { marker = i; how = "colon"; break; }
    // (not "إن" in "سي إن إن"; the cue's own last word does not block it: "لفت الانتباه إلى أن")
    if (an && isAn(toks[i], i === m.end ? undefined : toks[i - 1], toks[i + 1]) && !st.ix.atToken[i]) { marker = i; how = "an"; break; }
  }
  // "وقال الرائد X، الناطق باسم …، التي يقودها …، إن": a named subject's long title or aside puts the
  // complementizer past the window; it still opens the content (far-content.ts)
  // (a verb that opens its clause only: "وقال"، "، قال"; not "التي يعد"، "بل تقول")
  let far = false;
  if (marker < 0 && an && !whole && !gen && !docSubject && !cue.participle && cue.pos === "verb" && !cue.frames.has("near") && limit === m.end + MARKER_WINDOW && limit < winEnd && opensClause(st, m)) {
    const subj = speakerFrom(st, m.end, limit);
    // (a framed preposition inside the window after the subject opens the content further down: "في تصريح له اليوم على")
    const framed = (i: number) => isPrep(toks[i], pf) && !nameStartsAt(st, i);
    let prepNear = false;
    if (subj) for (let i = subj.last + 1; i < limit && !prepNear; i++) prepNear = framed(i);
    // (a verb that also takes an object: only when an aside, a relative or a title follows the subject,
    // "وأكد X، الذي …"، "وأعلن X اليوم في …"; not "ودعا X، المواطنين …")
    const next = subj ? skipPunct(toks, subj.last + 1, limit) : limit;
    const objOk = !cue.frames.has("obj") || (next < limit && (ASIDES.has(toks[next].norm) || RELATIVES.has(toks[next].norm) || titleWord(toks[next])));
    const at = subj && !prepNear && objOk ? farOpening(st, limit, Math.min(m.end + FAR_WINDOW, winEnd), framed) : null;
    if (at) { marker = at.at; how = at.how; far = true; }
  }
  // a direct-object cue whose first "أن" lies beyond a stretch with no subject: the object is the content
  if (!far && marker > m.end + 3 && cue.frames.has("obj") && how === "an" && !speakerFrom(st, m.end, Math.min(marker, m.end + SUBJECT_NEAR)) && !isSpeakingHead(toks[m.end])
    && !unknownOrgSubject(st, m.end) && !unnamedIn(st, m.end, m.end + 1) && !personEndsAt(st, marker) && !bodyOf(st, m.end, marker)
    // ("واعتبر عدد من أصحاب المكاتب أن": a group in the nominative is the subject, the أن clause the content)
    && !groupSubject(st, m.end) && !pairNoun) {
    marker = subjEnd > 0 ? subjEnd : m.end; how = "obj";
  }
  const before = closedQuoteBefore(st, m.start);
  if (marker < 0) {
    // a participle has no subject after it: a name there is its object ("داعيا الكونغرس إلى")
    const span0 = subjEnd > 0 || cue.participle || gen ? null : speakerFrom(st, m.end, limit);
    // ("أعلن كل من X و Y التوصل": the subject ends after the second party)
    const span = span0 ? bothOf(st, span0) ?? span0 : null;
    const from = subjEnd > 0 ? subjEnd : span ? span.last + 1 : gen ? gen.last + 1 : m.end;
    // "أكد … العطية حرص دول المجلس على"، "مؤكدا أهمية التعاون مع إيران على": a bare noun right after the
    // subject (or the participle) is the object, and the preposition further on is inside it
    const objNow = cue.frames.has("obj") && !whole && (span !== null || cue.participle) && from < limit && bareObject(st, from);
    // a framed preposition after a short aside ("أعرب خلاله عن"، "في بيان لها عن"); far away it belongs to another verb
    const reach = reachEnd(st, from, limit);
    for (let i = from; i < reach && !whole && !objNow; i++) if (isPrep(toks[i], pf) && !nameStartsAt(st, i)) { marker = i; how = "prep"; break; }
    if (objNow) { marker = from; how = "obj"; }
    else if (marker < 0 && before) how = "mark";
    else if (marker < 0 && cue.frames.has("obj") && (span || cue.participle || subjEnd > 0 || objectFollows(st, m, sent, cue) || subjectBefore(st, m, sent))) { marker = from; how = "obj"; }
    else if (marker < 0) { forgetIfUnnamed(st, m); return null; }
  }
  // "التي أعلنتها الحكومة"، "ما وصفه X بأنه": the pronoun is the object; only a named subject with a
  // second complement right after it, or the quotation just before ("«…»، هذا ما أضافه X"), speaks (relative-object.ts)
  if (pronounObjectAfterRelative(toks, m)) {
    const subj = speakerFrom(st, m.end, Math.min(m.end + OBJ_WINDOW, winEnd));
    if (!subj || !(marker < 0 ? before !== null && how === "mark" : opensAfterSubject(st, cue, subj.last, marker, how))) return null;
  }
  // 2. who
  const spanEnd = marker >= 0 ? marker : Math.min(m.end + OBJ_WINDOW, winEnd);
  // (an object content starts right at the cue: "وصفه كثيرون بأنه" still has its unnamed subject there)
  // "وأعلن المتحدث"، "وقال المتحدث باسم البيت الأبيض": the person named earlier with that title
  // ("وقال المصدر": the source quoted last goes on, source-back.ts)
  let titled = cue.participle || gen || docSubject ? null : heldTitle(st, m.end) ?? sourceBack(st, m.end);
  // "وأوضح أمين عام «الرابطة» أن": the person introduced with that title, not the body (construct-title.ts)
  const construct = titled || cue.participle || gen || docSubject ? null : constructHolder(st, m.end);
  if (construct) titled = construct.holder;
  const unnamed = !titled && !cue.participle && !gen && (hasUnnamed(st, m.end, Math.max(spanEnd, m.end + (how === "obj" ? 2 : 0))) || unknownOrgSubject(st, m.end) || described(st, m.end) !== undefined || (st.ix.atToken[m.end + 1]?.type === "PERSON" && agentOf(st, m.end + 1)));
  let speaker: Speaker | null = null, carried = false, group = false, definite: Speaker | null | undefined, named: ActorMention | null = null;
  // "وكان صالح قد طالب الحكومة": the subject stands before "قد"; the name after the verb is its object
  // "…أن سيول دعت جارتها إلى": a subject between a complementizer and its verb (fronted.ts) speaks; the name after the verb is its object
  const early = gen || cue.participle || docSubject ? null : QAD.has(toks[m.start - 1]?.norm ?? "") ? lookback(st, m.start, sent) : frontedSubject(st, m.start, sent);
  // "وكانت وحدة نزع الألغام … قد اتهمت الميليشيات": a subject no entity names between كان and قد;
  // the name after the verb is its object (the title of one met before still points back: "وكان الوزير قد")
  const kana = early || gen || cue.participle || docSubject ? -1 : kanaSubject(st, m.start);
  // "وكان برنامج الأغذية العالمي أعلن": a subject between كان and the verb, no قد
  const kanaNamed = early || gen || cue.participle || docSubject || kana >= 0 ? null : kanaNoQad(st, m.start);
  if (gen) speaker = asSpeaker(gen);
  else if (kanaNamed) speaker = asSpeaker(kanaNamed);
  else if (kana >= 0) { speaker = heldTitle(st, kana) ?? definiteSubject(st, kana); if (!speaker) st.last = { id: null, text: null, at: m.start }; }
  else if (docBy) speaker = asSpeaker(docBy);
  else if (docSubject) { const back = earlierIssuer(st, docSubject); speaker = back ?? st.last; carried = !back; }
  else if (early) speaker = early;
  else if (cue.participle) {
    // ("مشيرين"، "مؤكدين": a plural participle continues only a statement of its sentence, never the
    // sentence's first actor nor the last speaker: "وتفاعل مغردون على تويتر …، مؤكدين" is the users')
    const plural = /(ين|ات)$/.test(toks[m.start].norm);
    speaker = sameSentence(st, sent, m.start, plural);
    if (!speaker && !plural) { speaker = carry(st, sent, m.start); carried = speaker !== null; }
  }
  else {
    // (a verb in the dual has no subject after it, which would make it singular: "وطالبا الأمم المتحدة بـ" names its object)
    // (nor after a pair noun: "وأكد الجانبان دعم X" names X as the object)
    named = pairNoun || dualVerb(toks[m.start], toks[m.start - 1]) ? null : speakerFrom(st, m.end, spanEnd) ?? bodyOf(st, m.end, spanEnd);
    // (the institution of "المتحدث باسم X" gives way to the spokesman named earlier; any other name does not)
    if (titled && named && !speaksFor(st, named) && named !== construct?.body) titled = null;
    if (titled) named = null;
    const holder = named ? titleHolder(st, named) : undefined;
    if (titled) speaker = titled;
    else if (holder !== undefined) speaker = holder;
    else if (named) speaker = asSpeaker(named);
    // "ودعا المعتصمون"، "وقال عدد من السكان": a group speaks, unnamed; the last speaker does not go on
    // (only before the content, and not after a subject before the verb: "منصور وعد الجماهير بأن"; a broken
    // plural after a verb that takes an object before its preposition may be that object: "وحث أسر النزلاء على")
    else if (m.end < spanEnd && groupSubject(st, m.end, !(cue.frames.has("obj") && how === "prep")) && !lookback(st, m.start, sent)) group = true;
    else if (!unnamed && !cue.participle && (definite = definiteSubject(st, m.end))) speaker = definite;
    else if (!unnamed) {
      speaker = lookback(st, m.start, sent) ?? antecedent(st, m.start, sent) ?? issuer(st, m.start, sent);
      // "تقارير صحافية تفيد بأن"، "جماعات حقوقية أوضحت": a noun no entity names is the verb's subject, unnamed;
      // "وأكدوا"، "يعتبرون": a plural verb without a named subject speaks for no single actor
      // (a verb right after الذي/التي whose antecedent is no name speaks for that unnamed noun)
      if (!speaker && !nounSubject(st, m.start) && !pluralVerb(toks[m.start], true) && (!RELATIVE_AT.has(toks[m.start - 1]?.norm ?? "") || relativeDisagrees(st, m.start))) {
        speaker = earlierInSentence(st, sent) ?? clauseSubject(st, m.start, sent) ?? openingBody(st, st.sents[sent][0], m.start);
        if (!speaker) { speaker = carry(st, sent, m.start); carried = speaker !== null; }
      }
    }
  }
  // "أكد الطرفان"، "وأعربا": each party of the pair named before says it
  // ("ونددت الولايات المتحدة والاتحاد الأوروبي بالهجوم": two parties joined by و before the content, joint-subject.ts)
  const both = named ? bothOf(st, named) ?? jointSubject(st, named, cue, marker, how) : null;
  const pair: [Speaker, Speaker] | null = both ? [asSpeaker(named!), asSpeaker(both)] : !named && !gen && !cue.participle && !docSubject && !early && !kanaNamed && kana < 0 && cue.pos === "verb" ? pairSubject(st, m.start, m.end) : null;
  if (pair) { speaker = pair[0]; carried = false; group = false; }
  // 3. what
  let start: number, end: number, direct = false, second = -1;
  if (how === "mark" && before && marker < 0) { start = before.start; end = before.end; direct = true; }
  else if (how === "mark") { const q = markOpenAt(st, toks[marker].start)!; start = q.start; end = q.end; direct = true; }
  else {
    // "أنه"، "بأن": a complementizer carrying a pronoun or ب belongs to the clause it opens
    let c = how === "prep" || how === "obj" || (how === "an" && keepsComplementizer(toks[marker])) ? marker : marker + 1;
    // (after a colon too, "فقال: إنه يتقاسم": a complementizer carrying a pronoun stays with its clause)
    if (how === "colon" && c < toks.length && isAn(toks[c]) && !keepsComplementizer(toks[c])) c++;
    // (an object opens after the subject's closing quotation mark and commas: "أعلن «X»، أمس، التوصل")
    // (not onto a relative clause about the subject, "طالبت X، التي زارت …": the content is not its description)
    if (how === "obj") { let k = c; while (k < winEnd && AFTER_SUBJECT.has(toks[k].text)) k++; if (k < winEnd && !RELATIVES.has(toks[k].norm)) c = k; }
    // "دعت الحكومة تركيا إلى"، "مطالبا الدول المانحة بـ": the object before the framed preposition is
    // who is called on, accused or urged; it is part of what was said
    if (how === "prep" && cue.frames.has("obj") && !unnamed && !group && !definite) {
      const o = objectBeforePrep(st, named ? named.last + 1 : subjEnd > 0 ? subjEnd : gen ? gen.last + 1 : m.end, marker, !named && subjEnd < 0 && !gen && !cue.participle, named !== null);
      if (o >= 0) c = o;
    }
    if (c >= winEnd) return null;
    // "وأكد عليه وزير خارجيته جون كيري الذي خاض": a relative clause describes the speaker, it is not what he said
    if (how === "obj" && RELATIVES.has(toks[c].norm)) return null;
    // "لنقل المساعدات"، "نقل الركاب": a verb of carrying reports only a message it conveys (conveyed.ts)
    if (how === "obj" && cue.frames.has("message") && !conveysMessage(toks, m.end, c, winEnd)) return null;
    // "التي أعلن عنها"، "ما أكد عليه": a preposition with a pronoun points back to what was said
    // (not after a cue that ends on its own أن: "وبين أن له كتابا")
    if (how === "obj" && m.end < toks.length && !isAn(toks[m.end - 1]) && /^(عن|علي|ب|من|الي|ل|في)(ه|ها|هم|هما|هن)$/.test(toks[m.end].norm)) return null;
    const q = markOpenAt(st, toks[c].start);
    if (q) {
      start = q.start; end = q.end; direct = true;
      // "أن «التصعيد …» كان مدبرا من قبل …": the quoted words open the reported clause, which goes on
      const k = how === "an" ? clauseGoesOn(st, q, winEnd) : -1;
      if (k >= 0) { end = toks[contentEnd(toks, k, winEnd) - 1].end; direct = false; }
    }
    else {
      const e = contentEnd(toks, c, winEnd);
      start = toks[c].start; end = toks[e - 1].end;
      second = secondComplement(st, how, marker, c, e);
      if (second >= 0) end = toks[trimBack(toks, c, second) - 1].end;
    }
  }
  if (!enoughWords(st.doc.text, start, end)) return null;
  let via = viaFor(st, sent);
  // "وصف X، محرر الشؤون الأمنية في مجلة Y، …": the medium of the speaker's description
  if (!via && named && marker > named.last) via = mediumIn(st, named.last + 1, Math.min(marker === named.last + 1 && whole ? winEnd : marker, named.last + APPOSITION));
  // a participle or a subjectless verb continues the statement the last quote came from, and its outlet
  if (!via && speaker?.id && speaker.id === st.last?.id && (carried || cue.participle)) via = st.lastVia;
  const stance = stanceOf(st, cue.stance, sent);
  // (a speaker found but not named, "وقالت الوكالة" after "الوكالة الأمريكية", is unnamed: "وأضافت" continues it)
  const none = unnamed || group || (speaker !== null && speaker.id === null && !carried);
  push(st, m, speaker, start, end, direct, via, stance, none);
  if (pair) { push(st, m, pair[1], start, end, direct, via, stance, false); st.last = speaker; }
  if (second >= 0) {
    const e = contentEnd(toks, second, winEnd), s2 = toks[second].start, e2 = toks[e - 1].end;
    if (enoughWords(st.doc.text, s2, e2)) push(st, m, speaker, s2, e2, false, via, stance, none);
  }
  return marker >= 0 ? marker : m.end;
}

/** The quote of a cue "التي وصف فيها …" (in-which.ts): the giver's words from `from` to the clause's
 *  end, or the quotation opening there. Returns the token consumed to, or null. */
function saidInWhich(st: State, m: PhraseMatch<Cue>, giver: ActorMention, from: number, winEnd: number, sent: number): number | null {
  const { toks } = st;
  const q = markOpenAt(st, toks[from].start);
  const e = q ? -1 : contentEnd(toks, from, winEnd);
  const start = q ? q.start : toks[from].start, end = q ? q.end : toks[e - 1].end;
  if (!enoughWords(st.doc.text, start, end)) return null;
  push(st, m, asSpeaker(giver), start, end, q !== null, viaFor(st, sent), stanceOf(st, pick(m.values, "say").stance, sent), false);
  return from;
}

// "…، كما قال X": as X said; the words stand before the cue
const AS_SAID = new Set(["كما", "مثلما", "وكما"]);
// time nouns that may follow the speaker of "كما قال X" ("كما أعلنت الوزارة الأسبوع الماضي")
const TAIL_TIME = new Set(["الاسبوع", "الشهر", "العام", "السنه", "الليله", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء"]);
/** "قتل عشرة أشخاص، كما قالت الشرطة"، "… كما يقول، فسوف": a cue after كما with nothing said after it
 *  (no complementizer, colon or quotation; after its subject only the sentence's end, an aside, a
 *  time word or the subject's title): the clause before كما is what was said, by the subject named
 *  after the cue or, with none, by the speaker the text goes on with. Returns the token consumed to, or null. */
function saidBefore(st: State, m: PhraseMatch<Cue>): number | null {
  const { toks } = st;
  const prev = toks[m.start - 1];
  if (!prev || !AS_SAID.has(prev.norm) || prev.sentence !== toks[m.start].sentence || pick(m.values, "say").participle) return null;
  const sent = toks[m.start].sentence, [sStart, sEnd] = st.sents[sent];
  const a = skipPunct(toks, sStart, m.start - 1);
  if (m.start - 1 - a < 4 || closedQuoteBefore(st, m.start - 1)) return null;
  const winEnd = windowEnd(st, m, sEnd);
  for (let i = m.end; i < winEnd; i++) if (isAn(toks[i]) || isColon(toks[i]) || markOpenAt(st, toks[i].start)) return null;
  const named0 = dualVerb(toks[m.start], toks[m.start - 1]) ? null : speakerFrom(st, m.end, Math.min(m.end + OBJ_WINDOW, winEnd));
  // (the subject stands right after the verb, past his title only: "كما أكدا سعيهما لتوحيد قوى X" names an object)
  const named = named0 && titleOnlyBefore(st, m.end, named0.first) ? named0 : null;
  if (named0 && !named) return null;
  const u = named ? undefined : unnamedIn(st, m.end, Math.min(m.end + 3, winEnd)), unnamed = u !== undefined;
  // what follows the subject (or the bare cue) must say nothing more: "كما أعلنت البلاد الحداد"، "كما دعا
  // X إلى" are "also"; after the subject only a short tail (a time, a place, his title) may stand before a
  // punctuation mark or the sentence's end
  if (!saysNothingAfter(st, m, named ? named.last + 1 : u ? u.end : m.end, sEnd, named !== null || unnamed)) return null;
  // (an unnamed subject, "كما قال مسؤول رفيع في البعثة": its words do not go to the last speaker)
  const speaker = named ? asSpeaker(named) : unnamed ? null : carry(st, sent, m.start);
  const start = toks[a].start, end = toks[trimBack(toks, a, m.start - 1) - 1].end;
  if (!enoughWords(st.doc.text, start, end)) return null;
  push(st, m, speaker, start, end, false, viaFor(st, sent), stanceOf(st, pick(m.values, "say").stance, sent), unnamed || (!named && !speaker));
  return named ? named.last + 1 : m.end;
}

/** "…، أوضح ذلك المتحدث X": the statement before the cue is X's (said-that.ts). Returns the token consumed to, or null. */
function thatBefore(st: State, m: PhraseMatch<Cue>): number | null {
  const cue = pick(m.values, "say");
  const said = cue.participle ? null : saidThat(st, m);
  if (!said) return null;
  const sent = st.toks[m.start].sentence;
  push(st, m, asSpeaker(said.speaker), said.start, said.end, false, viaFor(st, sent), stanceOf(st, cue.stance, sent), false);
  return said.speaker.last + 1;
}

/** Tokens [from, to) hold no word that may carry a possessive pronoun (سعيهما، جهودها), the mark of
 *  an object rather than of a title ("رائد علم الإدارة الفرنسي الشهير"). */
function titleOnlyBefore(st: State, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (st.toks[i].readings.some((r) => POSSESSIVE.has(r.post))) return false;
  return true;
}
const POSSESSIVE = new Set(["هما", "هم", "ها", "هن", "كم"]);

const SAID_TAIL = 6; // tokens at most after the subject of "كما قال X" before a punctuation mark
function saysNothingAfter(st: State, m: PhraseMatch<Cue>, t: number, sEnd: number, named: boolean): boolean {
  const { toks } = st;
  while (t < sEnd && CLOSING.has(toks[t].text)) t++; // (the subject's closing quotation mark: "كما دعا «الإيقاد» والاتحاد")
  if (t >= sEnd || toks[t].kind === "punct") return true;
  if (!named) return false;
  let e = t;
  // (a document may stand there, "كما تقول البعثة في تقرير نشر أمس"; a complementizer may not)
  while (e < sEnd && toks[e].kind !== "punct") { if (isAn(toks[e])) return false; e++; }
  const w = toks[t];
  if (e - t > SAID_TAIL || isPrep(w, prepFrames(pick(m.values, "say").frames))) return false;
  return ASIDES.has(w.norm) || TAIL_TIME.has(w.norm) || slotWords("not_name").has(w.norm) || slotWords("end_soft").has(w.norm) || titleWord(w);
}

/** "البيان الصادر عن X": the actor named right after an issuer phrase at token i (a document's subject). */
function issuedBy(st: State, i: number): ActorMention | null {
  const m = cueAt(st, i, "issuer");
  return m ? firstActorAfter(st, m.end, Math.min(m.end + 3, st.toks.length), true) : null;
}

/** "X according to Y" / "according to Y, X": the speaker follows the cue. */
function accord(st: State, m: PhraseMatch<Cue>): number | null {
  const { toks } = st;
  // ("وفقا"/"طبقا" alone, frame lam: only before a word that carries the ل, "وفقا لتقديرات X"، "طبقا لوزارة X")
  if (pick(m.values, "accord").frames.has("lam") && !toks[m.end]?.readings.some((r) => r.pre === "ل")) return null;
  const sent = toks[m.start].sentence;
  const [sStart, sEnd] = st.sents[sent];
  const cueText = normalize(st.doc.text.slice(toks[m.start].start, toks[m.end - 1].end));
  let gap = m.end;
  while (gap < sEnd && toks[gap].kind === "punct") gap++;
  // "وفق ما أوضح مسؤول تركي": an unnamed source (its nationality is no speaker), unless he speaks for a named body
  const unnamedSource = unnamedIn(st, gap, Math.min(gap + (/ما$/.test(cueText) ? 2 : 1), sEnd));
  let who = unnamedSource ? spokesmanOf(st, unnamedSource.start, sEnd) : firstActorAfter(st, m.end, Math.min(gap + (/ما$/.test(cueText) ? 3 : 1), sEnd)) ?? spokesmanOf(st, gap, sEnd);
  // "وفق ما قال وزير الري X": after ما and a verb of saying, its subject as a verb's (a title, then the name)
  const said = !who && !unnamedSource && /ما$/.test(cueText) && gap < sEnd ? cueAt(st, gap, "say") : undefined;
  if (said && said.end < sEnd && titleWord(toks[said.end])) who = speakerFrom(st, said.end, Math.min(said.end + OBJ_WINDOW, sEnd));
  // "بحسب بيان X"، "بحسب صحيفة «X»": a document or a medium noun, then who issued it
  if (!who && !unnamedSource && gap < sEnd && (cueAt(st, gap, "document") || mediumNounAt(st, gap))) who = firstActorAfter(st, gap + 1, Math.min(gap + 3, sEnd), true);
  // "وفق وزير حقوق الإنسان X"، "بحسب مراسل لوكالة X": a title and its holder, a reporter and his outlet
  // (a title's holder is a person: "بحسب الباحث في معهد X" with no name found is not the institute)
  if (!who && gap < sEnd && (unnamedSource ? reporterAt(toks[gap]) : titleWord(toks[gap]))) { const h = speakerFrom(st, gap, Math.min(gap + OBJ_WINDOW, sEnd)); who = h && (unnamedSource || h.type === "PERSON") ? h : null; }
  // "ووفقا للبيان، فقد …": the statement met before, by its issuer (the last speaker)
  const last = !who && !unnamedSource && gap < sEnd && st.last?.id && cueAt(st, gap, "document") && toks[gap].readings.some((r) => r.article) && !firstActorAfter(st, gap + 1, Math.min(gap + 3, sEnd), true) ? st.last : null;
  // "بحسب تقديرات الجيش"، "وفقا لبيان صادر عن X"، "وبحسب رأيه": a noun of figures or words, then its maker
  // (accord-source.ts); the maker made the figures, so even an outlet speaks rather than relays
  // ("وفقا لأرقام": the cue's ل is the noun's own clitic, so the noun may be the cue's last token)
  // (an unnamed-source noun that is one, "وفق تقارير X", still names its maker after it)
  const source = !who && !last && (!unnamedSource || (unnamedSource.start === gap && unnamedSource.end === gap + 1)) && gap < sEnd ? sourceMaker(st, gap, sEnd) ?? (m.end - 1 > m.start ? sourceMaker(st, m.end - 1, sEnd) : null) : null;
  if (source && "who" in source) who = source.who;
  const owner = source && "owner" in source ? source : null;
  if (!who && !last && !owner) return null;
  if (!who && !owner) return documentSays(st, m, last!, gap, sStart, sEnd);
  let outlet = false;
  if (who) {
    // "بحسب منظمة «يش دين»": a generic head, then the name in quotation marks: the name speaks
    const k = st.ix.mentions.indexOf(who), next = st.ix.mentions[k + 1];
    if (who.type === "ORG" && next && next.type === "ORG" && next.first - who.last <= 2 && onlyPunctBetween(st, who.last + 1, next.first)) who = next;
    // (an outlet by its words, or one the knowledge base files under media: "حسبما ذكرت رويترز")
    outlet = isOutlet(st, who) || isMedium(st, who);
    // an outlet relaying another speaker's quote in this sentence: it is that quote's via
    const prior = st.quotes.filter((q) => q.sentence === sent);
    if (outlet && !source && prior.length) { for (const q of prior) q.via ??= who.id; return who.last + 1; }
  }
  const whoLast = who ? who.last : owner!.nounAt;
  const speaker = who ? asSpeaker(who) : owner!.owner;
  // content: after the speaker when the cue opens the sentence (or "، فإن …" follows), else before the cue
  let start: number, end: number;
  const afterStart = skipPunct(toks, whoLast + 1, sEnd);
  const opensAfter = m.start - sStart <= 2 || (afterStart < sEnd && /^ف/.test(toks[afterStart].norm) && toks[afterStart].readings.some((r) => r.pre.startsWith("ف")));
  // (to the sentence's end, or to a participle or clause of saying that goes on with the speaker:
  // "وبحسب X فإن …، معبرا عن …" is two statements)
  if (opensAfter && afterStart < sEnd) { start = toks[afterStart].start; end = toks[trimBack(toks, afterStart, windowEnd(st, m, sEnd)) - 1].end; }
  else {
    if (m.start - sStart < 3) return null;
    // ("وتسببت الاشتباكات وفق X، بمقتل عشرة": the statement goes on after the phrase)
    const on = goesOnAfter(st, whoLast + 1, sEnd);
    start = toks[sStart].start; end = toks[on >= 0 ? trimBack(toks, on, windowEnd(st, m, sEnd)) - 1 : trimBack(toks, sStart, m.start) - 1].end;
  }
  if (!enoughWords(st.doc.text, start, end)) return null;
  const cue = pick(m.values, "accord");
  push(st, m, speaker, start, end, false, outlet ? who!.id : viaFor(st, sent), stanceOf(st, cue.stance, sent), false);
  return whoLast + 1;
}

/** "ووفقا للبيان، فقد قامت …": an "according to" a document no name follows, at the sentence's start:
 *  the rest of the sentence is what the last speaker's statement says. */
function documentSays(st: State, m: PhraseMatch<Cue>, who: Speaker, gap: number, sStart: number, sEnd: number): number | null {
  const { toks } = st;
  const doc = cueAt(st, gap, "document")!;
  const from = skipPunct(toks, doc.end, sEnd);
  if (m.start - sStart > 2 || from >= sEnd) return null;
  const start = toks[from].start, end = toks[trimBack(toks, from, windowEnd(st, m, sEnd)) - 1].end;
  if (!enoughWords(st.doc.text, start, end)) return null;
  const sent = toks[m.start].sentence;
  push(st, m, who, start, end, false, viaFor(st, sent), stanceOf(st, pick(m.values, "accord").stance, sent), false);
  return doc.end;
}

/** A reporter noun of unnamed-sources.tsv ("مراسل"): his outlet speaks. */
const reporterAt = (t: Token) => t.readings.some((r) => unnamedRole("reporter").has(r.norm));

const SOURCE_DESCRIPTION = 12; // tokens after a relayed source in which his description ends on "قوله"
/** The token of "قوله"/"تصريحه" standing after a relayed source's description (no complementizer,
 *  colon or quotation before it), else -1. */
function sayingNounAfter(st: State, from: number, sEnd: number): number {
  const { toks } = st;
  for (let i = from; i < Math.min(from + SOURCE_DESCRIPTION, sEnd); i++) {
    if (isAn(toks[i]) || isColon(toks[i]) || markOpenAt(st, toks[i].start)) return -1;
    if (/^(قول|تصريح)/.test(tokenFormsAt(toks, i, "noun").at(-1) ?? "") && toks[i].readings.some((r) => r.post)) return i;
  }
  return -1;
}

/** "نقلت وكالة X عن Y (قوله) إن …": via X, speaker Y. Falls back to a plain say cue without عن. */
function relay(st: State, m: PhraseMatch<Cue>): number | null {
  const { toks } = st;
  const sent = toks[m.start].sentence;
  const [, sEnd] = st.sents[sent];
  // (seven words at most, punctuation not counted: "ونقلت وكالة الأنباء الرسمية (سانا)، من جهتها، عن")
  let an = -1;
  for (let i = m.end, words = 0; i < sEnd && words < 8; i++) {
    if (toks[i].norm === "عن") { an = i; break; }
    if (toks[i].kind !== "punct") words++;
  }
  if (an < 0) return null;
  // (the relayer may be named by a head met before: "نقل المرصد عن" after "المرصد السوري لحقوق الإنسان")
  const named = firstActorAfter(st, m.end, an);
  const outlet: Speaker | null = named ? asSpeaker(named) : m.end < an ? definiteSubject(st, m.end) : null;
  // "نقل المرصد عن مصادر موثوقة أن": from an unnamed source, the relayer is the one who says it
  // ("عن المتحدث باسم القوات الخاصة": the body he speaks for; "عن الأرجنتيني بيلسا": no nationality)
  const source = unnamedIn(st, an + 1, an + 2), body = source ? spokesmanOf(st, an + 1, sEnd) : null;
  const fromUnnamed = outlet?.id && source && !body ? outlet : null;
  // ("عن المتحدثة باسم الوزارة X"، "عن مدير إدارة المرور العميد X": a title, then its holder)
  // (the spokesman named right after the body he speaks for is the source: "عن المتحدث باسم الوزارة X")
  const holder = body ? st.ix.atToken[body.last + 1] : undefined;
  const from = (holder?.type === "PERSON" && holder.first === body!.last + 1 ? holder : body) ?? (fromUnnamed ? null : titledSource(st, an + 1, sEnd) ?? firstActorAfter(st, an + 1, Math.min(an + 5, sEnd), true));
  const who: Speaker | null = fromUnnamed ?? (from ? asSpeaker(from) : null);
  let c = fromUnnamed ? source!.end : from ? from.last + 1 : an + 1;
  // "عن Y، مدير عام X، قوله …": the source's description, then the noun of saying that opens what
  // he said; the window of the content starts there, not at that noun (itself a cue)
  const said = from ? sayingNounAfter(st, c, sEnd) : -1;
  if (said >= 0) c = said;
  const winEnd = windowEnd(st, said >= 0 ? { start: said, end: said + 1, values: m.values } : m, sEnd);
  // (the source's description, "عن مصدر عسكري:"، "عن مصادر موثوقة، أن", is not what it said)
  if (fromUnnamed) for (let i = c; i < Math.min(c + 6, winEnd); i++) if (isAn(toks[i]) || isColon(toks[i]) || markOpenAt(st, toks[i].start)) { c = i; break; }
  while (c < winEnd && !markOpenAt(st, toks[c].start) && (toks[c].kind === "punct" || isAn(toks[c]) || /^(قول|تصريح|تاكيد)/.test(tokenFormsAt(toks, c, "noun").at(-1) ?? ""))) c++;
  if (c >= winEnd) return null;
  const q = markOpenAt(st, toks[c].start);
  const start = q ? q.start : toks[c].start, end = q ? q.end : toks[contentEnd(toks, c, winEnd) - 1].end;
  if (!enoughWords(st.doc.text, start, end)) return null;
  push(st, m, who, start, end, !!q, fromUnnamed ? null : outlet?.id ?? null, stanceOf(st, "asserted", sent), false);
  return c;
}

const TITLED_SOURCE = 14; // tokens after "عن" in which a relayed source's title ends on his name
/** "نقلت X عن المتحدث باسم الوزارة Y": the person a title right after عن leads to (speakerFrom), else null. */
function titledSource(st: State, i: number, sEnd: number): ActorMention | null {
  if (i >= sEnd || !titleWord(st.toks[i]) || st.ix.atToken[i]) return null;
  const p = speakerFrom(st, i, Math.min(sEnd, i + TITLED_SOURCE));
  return p?.type === "PERSON" ? p : null;
}

/** "… قال X إن Y. وجاء ذلك في تصريحات لوكالة Z": a sentence opening with "جاء ذلك" tells where the
 *  statements of the sentence before it were made, so its outlet is theirs. */
function viaFromNextSentence(st: State) {
  let sent = -1, via: string | null = null;
  for (const q of st.quotes) {
    if (q.via) continue;
    if (q.sentence !== sent) { sent = q.sentence; via = sent + 1 < st.sents.length && opensWithThat(st, sent + 1) ? viaFor(st, sent + 1) : null; }
    if (via) q.via = via;
  }
}

const THAT = new Set(["ذلك", "هذا", "هذه", "ذالك"]);
/** The sentence opens with "جاء ذلك" (وجاء هذا، وجاءت هذه). */
function opensWithThat(st: State, sent: number): boolean {
  const a = skipPunct(st.toks, st.sents[sent][0], st.sents[sent][1]);
  const t = st.toks[a], next = st.toks[a + 1];
  return !!t && !!next && /^[وف]?جاءت?$/.test(t.norm) && THAT.has(next.norm);
}

// ---------- helpers ----------

function push(st: State, m: { start: number; end: number }, sp: Speaker | null, start: number, end: number, direct: boolean, via: string | null, stance: Stance, unnamed: boolean) {
  const text = st.doc.text;
  // ("وقال باحث يمني": the adjective's country does not speak; the unnamed noun does, adjective-speaker.ts)
  if (adjectiveSpeaker(st, sp)) { sp = { id: null, text: null, at: m.start }; unnamed = true; }
  const cue = text.slice(st.toks[m.start].start, st.toks[m.end - 1].end);
  if (via !== null && via === sp?.id) via = null; // an outlet that speaks relays no one ("نشرت صحيفة X أن")
  const q = { speaker: sp?.id ?? null, speaker_text: sp?.text ?? null, cue, text: text.slice(start, end), start, end, direct, via, stance, sentence: st.toks[m.start].sentence, cueAt: m.start };
  st.quotes.push(q);
  // a statement reported inside another's words, its subject before its verb ("قالت X إن الرحلات توقفت
  // لأن الحوثيين أعلنوا …"), is not the one "وأشارت" goes on with ("، فيما أوضح Y أن" opens a clause of its own)
  if (sp && sp.at < m.start && !CLAUSE_OPENERS.has(st.toks[m.start - 1]?.norm ?? "") && nestedIn(st, q)) return;
  // an unnamed source ("وقال مصدر") also becomes the one "وأضاف" continues
  if (sp?.id || unnamed) { st.last = sp?.id ? { id: sp.id, text: sp.text, at: m.start } : { id: null, text: null, at: m.start }; st.lastVia = via; }
}

/** The quote's cue lies inside the content of an earlier quote of its sentence by another speaker. */
function nestedIn(st: State, q: FoundQuote): boolean {
  const off = st.toks[q.cueAt].start;
  for (let k = st.quotes.length - 2; k >= 0; k--) {
    const o = st.quotes[k];
    if (o.sentence !== q.sentence) return false;
    if (o.start <= off && off < o.end && o.speaker !== q.speaker) return true;
  }
  return false;
}

function stanceOf(st: State, base: Stance, sent: number): Stance {
  if (base !== "asserted") return base;
  let alleged = st.stances.get(sent);
  if (alleged === undefined) {
    const [a, b] = st.sents[sent];
    alleged = matchesIn(hedgeIndex(), st.toks, st.hedges, a, b).some((h) => h.values.some((v) => v.kind === "alleged"));
    st.stances.set(sent, alleged);
  }
  return alleged ? "alleged" : "asserted";
}

/** "وكشفت أوساط …" with no content found: still, the next "وأوضحت" continues that unnamed source. */
function forgetIfUnnamed(st: State, m: PhraseMatch<Cue>) {
  if (hasUnnamed(st, m.end, m.end + 3)) st.last = { id: null, text: null, at: m.start };
}

/** "إشادتها"، "إشارته"، "لعدم ثبوت إدانتهم"، "لإدانتها": إ and a possessive after ة→ت make a verbal
 *  noun, not the verb أشادت/أدانت + pronoun; a preposition ب/ل/ك before it makes it a noun all the more
 *  (a bare "إعتبر" stays a verb: writers put إ on form-VIII verbs). */
function masdar(st: State, m: PhraseMatch<Cue>): boolean {
  if (m.end - m.start !== 1) return false;
  // the pattern needs إ first or after و/ف and ب/ل/ك: read from the article text before the values and the regex
  const t = st.toks[m.start], text = st.doc.text;
  let alif = false;
  for (let o = t.start; o < Math.min(t.start + 3, t.end); o++) if (text.charCodeAt(o) === 0x0625) { alif = true; break; }
  if (!alif) return false;
  return m.values.every((v) => v.pos === "verb") && /^[وف]?[بلك]?إ.*ت(ه|ها|هم|هما|هن)$/.test(t.text);
}

/** The content of a cue ends where the next clause-opening cue of saying starts. */
/**
 * "وعدن" (و + Aden) read as the verb وعد, "علي بن أبي طالب رضي الله عنه" read as طالب: a cue inside a
 * place's name, or inside a name that goes on after it, is that name, no cue. A name that ends on
 * the cue is more often the recognizer running into the verb ("ليرد حسني قائلا"): the cue stands.
 */
function namedAt(st: State, m: PhraseMatch<Cue>): boolean {
  for (let i = m.start; i < m.end; i++) {
    const a = st.ix.atToken[i];
    if (a === undefined || !(isPlaceType(a.type) || a.last >= m.end)) return false;
  }
  return true;
}

function windowEnd(st: State, m: PhraseMatch<Cue>, sEnd: number): number {
  const all = st.all;
  for (let k = firstCueFrom(st, m.end + 2); k < all.length; k++) {
    const n = all[k];
    if (n.start >= sEnd) break;
    if (namedAt(st, n) || bareParticiple(st, n) || subjunctiveGoesOn(st, n.start) || silentNear(st, n, sEnd)) continue;
    // ("أن الشعب يستنكر ويشجب الدور"): a verb joined to the cue right before it is one doublet with it, no new clause
    if (k > 0 && all[k - 1].end === n.start) continue;
    const v = n.values[0];
    const prev = st.toks[n.start - 1];
    const clause = prev.kind === "punct" || (conjoinedCue(st.toks[n.start], n.values) || NEW_CLAUSE.has(prev.norm)) && n.values.some((x) => x.pos === "verb");
    // ("، فيما أكد X أن"، "، حيث قال": the content ends before the word that opens the new clause)
    if (v.kind === "say" && ((n.values.some((x) => x.participle) && participleOpens(st, n)) || clause) && !insideMarks(st, st.toks[n.start].start)) return NEW_CLAUSE.has(prev.norm) ? openerStart(st, n.start - 1) : n.start;
  }
  return sEnd;
}

/** Where the clause opener at i starts: "في حين" is two words. */
const openerStart = (st: State, i: number): number => (st.toks[i].norm === "حين" && st.toks[i - 1]?.norm === "في" ? i - 1 : i);

/** "أكد على X، وعلى Y": one cue, two reported clauses; the token where the second starts (the
 *  same preposition after a comma), else -1. ("قال إن X وأن Y" stays one: a second أن is as often
 *  part of one claim.) */
function secondComplement(st: State, how: string, marker: number, from: number, to: number): number {
  if (how !== "prep") return -1;
  const { toks } = st;
  const prep = toks[marker].norm;
  for (let k = from + 3; k < to - 2; k++) {
    const t = toks[k];
    if (!/^و/.test(t.norm)) continue;
    if (how === "prep" && toks[k - 1].text === "،" && t.readings.some((r) => r.pre === "و" && r.norm === prep && !r.post)) return k;
  }
  return -1;
}

// words that stand between a verb and its object without being it ("أكد أيضا"، "أكد خلال لقائه"، "أكد لدى استقباله")
const ASIDES = new Set(["يوم", "ايضا", "مجددا", "كذلك", "مره", "خلال", "خلاله", "لدي", "عقب", "اثناء", "بعد", "قبل", "عند", "حين", "عبر", "ضمن", "وسط", "امام", "اليوم", "امس", "غداه", "صباح", "مساء", "حيث", "اذ", "انه", "انها", "ان",
  "في", "من", "الي", "علي", "عن", "مع", "حول", "لدي", "منذ", "ذلك", "هذا", "هذه", "فيه", "فيها", "له", "لها", "به", "بها", "امس", "قائلا"]);
/** The first token of a direct object standing in [from, marker) before a framed preposition
 *  ("دعا كريم وزارة الزراعة إلى"), else -1: a stretch of a few words, no complementizer or new
 *  cue in it, that does not open on an aside ("أعرب، خلال لقائه، عن") or, right after a verb whose
 *  subject is not named (`bare`), on a title or an institution that may be that subject ("ودعا رئيس الوزراء"). */
function objectBeforePrep(st: State, from: number, marker: number, bare: boolean, afterName: boolean): number {
  const { toks } = st;
  const j = skipPunct(toks, from, marker);
  if (j >= marker || marker - j > OBJECT_BEFORE_PREP) return -1;
  const t = toks[j];
  if (t.kind !== "word" || ASIDES.has(t.norm) || /^\d/.test(t.norm) || (bare && (isSpeakingHead(t) || unknownOrgSubject(st, j)))) return -1;
  // (not "ودعا X والاتحاد الأفريقي": a coordinated subject; not "أعلن X، وزير الخارجية، عن": his title;
  // not "دعا الجمعة"، "أعلن برئاسة X": a time word or a prepositional phrase)
  if (titleWord(t) || slotWords("not_name").has(t.norm)) return -1;
  const entity = st.ix.atToken[j]?.first === j;
  for (const r of t.readings) {
    if (r.pre === "" || entity) continue;
    if (/[بلك]/.test(r.pre) || r.article || (r.pre === "و" && afterName)) return -1;
  }
  for (let i = j; i < marker; i++) {
    const w = toks[i];
    if (isAn(w) || (i > j && st.cueStarting[i]) || (w.kind === "punct" && !OBJECT_PUNCT.has(w.text))) return -1;
  }
  return j;
}
// punctuation inside an object: commas between its members, quotation marks around a name
const OBJECT_PUNCT = new Set(["،", ",", "«", "»", "\"", "“", "”"]);

/** Token i is a bare noun that opens an object: a word with no article, no proclitic and no
 *  pronoun of its own reading, not an adverb, a title, an organization head or a name. */
function bareObject(st: State, i: number): boolean {
  const t = st.toks[i];
  if (t.kind !== "word" || st.ix.atToken[i] || ASIDES.has(t.norm) || /ا$/.test(t.norm) || /^\d/.test(t.norm) || isAn(t)) return false;
  if (isSpeakingHead(t) || unknownOrgSubject(st, i) || cueAt(st, i, "say") || cueAt(st, i, "accord")) return false;
  // (a word that may read with ب ل ك is an aside more often: "بدوره"، "لدى"، "كذلك")
  return t.readings.some((r) => r.pre === "" && !r.article) && !t.readings.some((r) => /[بلك]/.test(r.pre) && r.norm.length >= 3);
}

/** The token right after quotation q when the reported clause goes on there (a word of the same
 *  sentence that opens no new attribution, complementizer or writer's aside), else -1. */
function clauseGoesOn(st: State, q: QuoteMarks, winEnd: number): number {
  const { toks } = st;
  const close = q.end; // (offset of the closing mark)
  let k = -1;
  for (let i = st.toks.length > 0 ? firstTokenAt(st, close) : 0; i < winEnd; i++) { if (toks[i].start > close) { k = i; break; } }
  if (k < 0 || k >= winEnd) return -1;
  // (a name closing the quotation is described after it, "… في سيفاري» كبرى مدن وسط مالي")
  let last = k - 1;
  while (last > 0 && toks[last].kind === "punct") last--;
  if (st.ix.atToken[last]) return -1;
  const t = toks[k];
  if (t.kind !== "word" || st.cueStarting[k] || isAn(t) || ASIDE_AFTER.has(t.norm)) return -1;
  return k;
}
/** The first token starting at or after offset off. */
function firstTokenAt(st: State, off: number): number {
  const a = st.toks;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].start < off) lo = mid + 1; else hi = mid; }
  return lo;
}
// words after a quotation that start the writer's own words, not the rest of the clause
const ASIDE_AFTER = new Set(["في", "علي", "حسب", "بحسب", "وفق", "وفقا", "وذلك", "وهو", "وهي", "مما", "ما", "حيث", "بعد", "قبل", "خلال", "وسط", "امام", "لدي", "عند", "حين", "عندما", "بينما", "فيما", "الا", "لكن", "ولكن"]);

/** A person's name ends right before token i (a comma between allowed): "أكد استشاري الجراحة
 *  بالمستشفى الدكتور X أن": the title and the name before أن are the verb's subject, not its object. */
function personEndsAt(st: State, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && isComma(st, j)) j--;
  const mm = j >= 0 ? st.ix.atToken[j] : undefined;
  return !!mm && mm.last === j && mm.type === "PERSON";
}

/** The token PREP_REACH words after `from` (before `limit`), a name counting as one word: the
 *  speaker's description between him and the preposition is mostly names ("أعرب X حاكم بنك فرنسا
 *  وعضو مجلس حكام البنك المركزي الأوروبي عن أمله"). */
function reachEnd(st: State, from: number, limit: number): number {
  let i = from;
  for (let words = 0; i < limit && words < PREP_REACH; words++) {
    const mm = st.ix.atToken[i];
    i = mm && mm.first === i && mm.last >= i ? mm.last + 1 : i + 1;
  }
  return Math.min(i, limit);
}

/** A preposition opens the content right after the cue, after its subject, or after a comma. */
function prepMayOpen(st: State, i: number, cueEnd: number, subjEnd: number, subject: boolean): boolean {
  if (i === cueEnd || i === subjEnd || isComma(st, i - 1)) return true;
  // right after a definite noun that is the verb's subject, one no entity names ("ثم يتساءل الكاتب إذا")
  // (not "باسم": "صرح المتحدث باسم الوزارة" names whom he speaks for)
  if (subject && i === cueEnd + 1 && !st.ix.atToken[cueEnd] && st.toks[cueEnd].kind === "word" && st.toks[cueEnd].readings.some((r) => r.article && r.pre === "" && !r.post)
    && !/^[بو]?باسم$|^باسم/.test(st.toks[i].norm)) return true;
  // a participle has no subject after it: a name there is in its object ("مؤكدا أهمية التعاون مع إيران على أسس")
  if (!subject) return false;
  // after the subject, or after the subject and one adjective ("تنظيم داعش المتطرف بشن"), the
  // subject perhaps in quotation marks ("تنظيم “داعش” المتطرف بشن")
  const adj = i - 2 >= cueEnd && st.toks[i - 1].norm.startsWith("ال") && !st.ix.atToken[i - 1];
  let j = adj ? i - 2 : i - 1;
  while (j > cueEnd && CLOSING.has(st.toks[j].text)) j--;
  const mm = st.ix.atToken[j];
  return !!mm && mm.last === j && mm.first - cueEnd <= SUBJECT_NEAR && isActorType(mm.type);
}

/** Token i is "،" (read from the article text at its offsets, not from the token's string). */
function isComma(st: State, i: number): boolean {
  const t = st.toks[i];
  return t.end - t.start === 1 && st.doc.text.charCodeAt(t.start) === 0x060c;
}

const CLOSING = new Set(["”", "»", "\"", "'", "“"]);

// what may stand between a subject and its object: a closing quotation mark, a comma, a dash
const AFTER_SUBJECT = new Set(["»", "”", "،", ",", "-"]);
const keepsComplementizer = (t: Token) => t.norm !== "ان" && t.norm !== "وان" && t.norm !== "فان";

/** A cue's frames as the marker loop reads them: does أن open its content, does ب, and the other
 *  prepositions (a cue row's Set, kept per Set: a handful of distinct rows). */
interface PrepFrames { an: boolean; ba: boolean; preps: string[] }
const prepFramesOf = new WeakMap<Set<string>, PrepFrames>();
function prepFrames(frames: Set<string>): PrepFrames {
  let pf = prepFramesOf.get(frames);
  if (!pf) {
    pf = { an: frames.has("an"), ba: frames.has("ب"), preps: [...frames].filter((f) => f !== "an" && f !== "obj" && f !== "ب" && f !== "gen" && f !== "whole" && f !== "acc" && f !== "near" && f !== "comma" && f !== "femnoun") };
    prepFramesOf.set(frames, pf);
  }
  return pf;
}

// A reading's proclitic is the literal start of the word's norm and, without an enclitic, its
// stem runs to the word's end (text/clitics.ts), so the word's norm rules out most tokens before
// their readings are read.
function isPrep(t: Token, pf: PrepFrames): boolean {
  const n = t.norm;
  if (pf.ba) { // not "بين"
    // (lengths checked first: a read past a string's end deoptimizes say, which inlines this)
    const c = n.length > 0 ? n.charCodeAt(0) : 0;
    if ((c === 0x0628 || (c === 0x0648 && n.length > 1 && n.charCodeAt(1) === 0x0628)) && takesBa(t)) return true;
  }
  const preps = pf.preps;
  for (let k = 0; k < preps.length; k++) {
    const f = preps[k];
    // "حذر منها ماكرون من أن": a preposition carrying a pronoun points back; the content is not there
    if (n === f || (n.length === f.length + 1 && n.charCodeAt(0) === 0x0648 && n.endsWith(f) && readsBare(t, f))) return true;
    if ((f === "من" && n === "مما") || (f === "عن" && n === "عما")) return true; // "قلل مما اعتبره"، "أعرب عما وصفه"
  }
  return false;
}

/** A name starts with the token's first letter: "بنغازي"، "بيروت" begin with ب, no preposition. */
function nameStartsAt(st: State, i: number): boolean {
  const mm = st.ix.atToken[i];
  return !!mm && mm.start === st.toks[i].start;
}

/** A reading with the proclitic ب (or وب) on a stem of three letters or more. */
function takesBa(t: Token): boolean {
  const rs = t.readings;
  for (let k = 0; k < rs.length; k++) { const r = rs[k]; if ((r.pre === "ب" || r.pre === "وب") && r.norm.length >= 3) return true; }
  return false;
}

/** A reading that is the word f itself, bare or after و, with no enclitic. */
function readsBare(t: Token, f: string): boolean {
  const rs = t.readings;
  for (let k = 0; k < rs.length; k++) { const r = rs[k]; if (r.norm === f && !r.post && (r.pre === "و" || r.pre === "")) return true; }
  return false;
}

function hasUnnamed(st: State, from: number, to: number): boolean {
  return unnamedIn(st, from, Math.min(to, from + 6)) !== undefined;
}

function closedQuoteBefore(st: State, cue: number): QuoteMarks | null {
  let i = cue - 1;
  while (i >= 0 && st.toks[i].kind === "punct" && /^[،,]$/.test(st.toks[i].text)) i--;
  if (i < 0) return null;
  // the marks are in text order and never overlap, so their closing offsets rise: the first mark
  // closing at or after the token's start is the only one that may close inside it
  const marks = st.marks, s = st.toks[i].start;
  let lo = 0, hi = marks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (marks[mid].close < s) lo = mid + 1; else hi = mid; }
  const q = lo < marks.length && marks[lo].close < st.toks[i].end ? marks[lo] : undefined;
  // a name in quotation marks ("المتحدث باسم التنظيم "أبو محمد العدناني" أعلن") is the speaker, not his words
  const named = q ? st.ix.atToken[i - 1] : undefined;
  if (named && named.start <= q!.start + 1 && named.end >= q!.end - 1) return null;
  return q && enoughWords(st.doc.text, q.start, q.end) ? q : null;
}

function firstActorAfter(st: State, from: number, to: number, noNisba = false): ActorMention | null {
  const ms = st.ix.mentions;
  for (let k = firstMentionFrom(st, from); k < ms.length; k++) { const mm = ms[k]; if (mm.first >= to) break; if (isActorType(mm.type) && !(noNisba && isNisba(mm))) return mm; }
  return null;
}

// ---------- where a cue is no attribution of its own ----------

/** A cue without a conjunction inside the reported content of an earlier quote of its sentence
 *  ("مشددا على أنه لا توجد دولة اعترفت بالانقلاب"، "أن عملية تحرير عدن كشفت عن"): it is part of
 *  the claim, not a new statement. (Clause-opening cues, "وأضاف"، "، مشيرا", end the content before them.) */
function insideReported(st: State, m: PhraseMatch<Cue>): boolean {
  const t = st.toks[m.start], prev = st.toks[m.start - 1];
  if (conjoinedCue(t, m.values) && m.values.some((v) => v.pos === "verb")) return false;
  // a clause of its own: "حيث قال إن"، "الذي قال فيه إن"، "التي حذر منها ماكرون من أن"
  if (prev && (CLAUSE_OPENERS.has(prev.norm) || RELATIVES.has(prev.norm) || /^[وف]?لكن(ه|ها|هم|هما)$/.test(prev.norm))) return false; // ("لكنه أكد")
  const sent = t.sentence, off = t.start;
  let inside = false;
  for (let k = st.quotes.length - 1; k >= 0 && !inside; k--) {
    const q = st.quotes[k];
    if (q.sentence !== sent) break;
    if (!q.direct && q.start <= off && off < q.end) inside = true;
  }
  if (!inside) return false;
  // a subject of its own after the verb, or before it ("…، لكن البيت الأبيض أكد أن"), or right before it
  // after the complementizer ("قال X إن الوزير أكد أن": the minister's statement, fronted.ts)
  const named = speakerFrom(st, m.end, Math.min(m.end + 4, st.toks.length));
  if ((named && named.type !== "GPE") || frontedSubject(st, m.start, sent)) return false;
  // ("تقارير تفيد بأن الجزائر نصحت": a subject right after the complementizer is the clause's own)
  const before = lookback(st, m.start, sent), at = before ? st.toks[before.at - 1] : undefined;
  // (not "فإن": after a fronted phrase it opens the main clause, "وفي سياق …، فإن النجيفي أبلغ")
  return !before || (!!at && isAn(at) && at.norm !== "فان");
}

// "ما اعتبره"، "مما وصفه": the verb sits in a relative clause that points back; its content is not after it
const RELATIVE_MA = new Set(["ما", "مما", "عما", "بما", "من", "ممن"]); // ("انتقاد من وصفهم": whom he described)
const EVERY = new Set(["كل", "لكل", "بكل", "وكل", "فكل"]);
const NOT_BEFORE_VERB = new Set(["في", "علي", "الي", "عن", "مع", "حول", "خلال", "عبر", "يمكن", "يجب", "ينبغي", "لايمكن",
  "حال", "اذا", "لو", "ولو", "متي", "كلما", // ("في حال صرح الطبيب"، "إذا قال": a condition, no statement made)
  "شتان", "وشتان", "فرق", "الفرق", "فارق", "الفارق"]); // ("شتان بين أن …": بين is "between")
function afterRelative(st: State, m: PhraseMatch<Cue>): boolean {
  const prev = st.toks[m.start - 1];
  if (!prev || prev.sentence !== st.toks[m.start].sentence) return false;
  // "كل طالب علم"، "في تنقله"، "ما يمكن وصفها": after كل or a preposition the word is a noun, after a modal a verbal noun
  if ((EVERY.has(prev.norm) || NOT_BEFORE_VERB.has(prev.norm)) && !m.values.some((v) => v.pos === "noun")) return true;
  // ("الإصلاحات التي أعلنها العبادي": a verb with an object pronoun is say()'s, relative-object.ts)
  // ("سرعان ما أوضح": soon he explained; "ما نشرته صحيفة X أن": the subject named after the verb says it)
  return RELATIVE_MA.has(prev.norm) && st.toks[m.start - 2]?.norm !== "سرعان" && !speakerFrom(st, m.end, Math.min(m.end + 4, st.toks.length));
}

const CLAUSE_PUNCT = new Set(["،", ",", "؛", "."]);
const CLAUSE_OPENERS = new Set(["لكن", "ولكن", "حيث", "اذ", "كما", "ثم", "بينما", "فيما", "حين", "عندما", "وحيث", "واذ"]);
// the openers after which a verb of saying starts a statement of its own ("، فيما أكد X"، "، حيث قال"، "كما يصفها"),
// not "إذ", whose clause gives the reason within the same statement ("إنها ستقلص نفقاتها إذ تتوقع")
const NEW_CLAUSE = new Set([...CLAUSE_OPENERS].filter((w) => w !== "اذ" && w !== "واذ"));
const RELATIVES = functionWords("relative");
const RELATIVE_AT = new Set(["الذي", "التي"]); // the relatives antecedent() resolves
const QAD = functionWords("qad");

const KANA = functionWords("kana");
/** "وكانت وحدة نزع الألغام قد اتهمت": the first token of the subject between a كان form and the قد
 *  right before the cue, else -1 (no كان, or "وكان قد أعلن الوزير": no subject between them). */
function kanaSubject(st: State, cue: number): number {
  const q = cue - 1, t = st.toks[q];
  if (!t || !QAD.has(t.norm) || t.sentence !== st.toks[cue].sentence) return -1;
  for (let k = q - 1; k >= Math.max(0, q - 9); k--) {
    const w = st.toks[k];
    if (w.sentence !== t.sentence || (w.kind === "punct" && w.text !== "«" && w.text !== "»" && w.text !== "\"")) return -1;
    if (KANA.has(w.norm)) return k + 1 < q ? k + 1 : -1;
  }
  return -1;
}

/** "وكانت وزارة الخارجية أعلنت أن": a كان form, then the named subject (speakerFrom's rules), then
 *  the verb without a conjunction, in one clause of nine tokens at most: that subject, else null. */
function kanaNoQad(st: State, cue: number): ActorMention | null {
  const t = st.toks[cue];
  if (/^[وف]/.test(t.norm) && t.norm.length >= 4) return null;
  for (let k = cue - 1; k >= Math.max(0, cue - 9); k--) {
    const w = st.toks[k];
    if (w.sentence !== t.sentence || (w.kind === "punct" && !CLOSING.has(w.text) && w.text !== "«")) return null;
    if (KANA.has(w.norm)) return k + 1 < cue ? speakerFrom(st, k + 1, cue) : null;
  }
  return null;
}

/** The name right after a verbal noun ("تأكيد أوباما"، "إعلان الجيش"), its genitive: the speaker. */
function genitive(st: State, i: number): ActorMention | null {
  const mm = i < st.toks.length ? st.ix.atToken[i] : undefined;
  if (!mm || mm.first !== i || !isActorType(mm.type) || isNisba(mm)) return null;
  return mm;
}

/** A quotation opening at token i lies inside the cue's object: a plain word stands right before it
 *  (not a complementizer, colon, comma, cue or a name: "قال ليستر لوكالة الصحافة الفرنسية «…»"). */
function insideObject(st: State, i: number, cueEnd: number): boolean {
  if (i <= cueEnd) return false;
  const prev = st.toks[i - 1];
  if (prev.kind !== "word" || st.ix.atToken[i - 1] || isAn(prev) || st.cueStarting[i - 1]) return false;
  // the quotation must stand well inside: after three words of the object at least
  let words = 0;
  for (let k = cueEnd; k < i; k++) if (st.toks[k].kind === "word") words++;
  // (a title, a slogan or words announced as such are quoted: "بعنوان «…»"، "قائلا «…»")
  return words >= 3 && !/^(قائل|بقول|قول)|عنوان|عبار|شعار|كلم/.test(prev.norm);
}

/** "وأكد دعم مسار …"، "ووصفت علاقة الخرطوم بـ…": a verb with a conjunction and no subject of its own
 *  continues the last speaker, and the indefinite noun after it is its object, the content. */
function objectFollows(st: State, m: PhraseMatch<Cue>, sent: number, cue: Cue): boolean {
  // (verbs of saying proper: "ونقل تحياته" conveys greetings, it reports no words)
  if (!cue.frames.has("an") && !cue.frames.has("whole")) return false;
  const t = st.toks[m.start], n = st.toks[m.end];
  if (!n || n.kind !== "word" || n.sentence !== sent || st.ix.atToken[m.end]) return false;
  if (!/^[وف]/.test(t.norm) || !m.values.some((v) => v.pos === "verb")) return false;
  // (a title or an institution after the verb is its subject, one no entity names: "ودعا مدير الإدارة")
  return !n.readings.some((r) => r.article) && !isSpeakingHead(n) && !unknownOrgSubject(st, m.end);
}

/** The word right before a verb without a conjunction is a noun that no entity names
 *  ("تقارير صحافية تفيد"، "جماعات حقوقية أوضحت"، "بإصابة وصفت بالخطيرة"): that noun is the subject. */
function nounSubject(st: State, cue: number): boolean {
  const t = st.toks[cue], prev = st.toks[cue - 1];
  if (!prev || prev.sentence !== t.sentence || prev.kind !== "word" || st.ix.atToken[cue - 1]) return false;
  if (/^[وف]/.test(t.norm) && t.norm.length >= 4) return false;
  if (RELATIVES.has(prev.norm) || QAD.has(prev.norm)) return false;
  // "وعن تجربته في السجن قال": a fronted prepositional phrase, not a subject
  for (let k = cue - 1; k >= Math.max(0, cue - 6) && st.toks[k].kind === "word" && st.toks[k].sentence === t.sentence; k--) {
    const w = st.toks[k].norm.replace(/^[وف]/, "");
    if (FRONTED.has(w)) return false;
  }
  // (a longer fronted phrase that opens the clause: "وعن مستوى التنسيق مع الجيش في المحافظات الأخرى قال")
  if (inFrontedPhrase(st, cue - 1, st.sents[t.sentence][0])) return false;
  if (unnamedIn(st, cue - 1, cue)) return true; // "تقارير تفيد"
  const text = prev.text;
  return text.length >= 4 && (/(ة|ات|ون|ين)$/.test(text) || /^[وفبلك]?ال/.test(prev.norm));
}

/** The offset lies in a paragraph that reads as a headline: a few words, no closing punctuation
 *  ("الصين تحذر من تزايد المخاطر" heading an item of a news digest). */
function inHeadline(st: State, off: number): boolean {
  const ps = st.doc.paragraphs;
  let lo = 0, hi = ps.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ps[mid].end <= off) lo = mid + 1; else hi = mid; }
  const p = ps[lo];
  if (!p || p.start > off) return false;
  const body = st.doc.text.slice(p.start, p.end).trim();
  return !/[.!?؟:»"”…]$/.test(body) && wordsAtMost(body, HEADLINE_WORDS);
}

/** body.split(/\s+/).length <= n for a trimmed body, without the array: 1 + the runs of white
 *  space (\s, the same set trim() removes), counted until they pass n. */
function wordsAtMost(body: string, n: number): boolean {
  let words = 1;
  for (let i = 0; i < body.length; i++) {
    if (!isSpace(body.charCodeAt(i))) continue;
    while (i + 1 < body.length && isSpace(body.charCodeAt(i + 1))) i++;
    if (++words > n) return false;
  }
  return true;
}
/** A code unit of \s: ECMAScript's white space (Unicode Zs, tab, VT, FF, BOM) and line terminators. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** "حسب متحدث باسم وزارة الدفاع": an unnamed spokesman speaks for the organization he is named after. */
function spokesmanOf(st: State, i: number, sEnd: number): ActorMention | null {
  const u = unnamedIn(st, i, i + 1);
  if (!u) return null;
  let j = u.end;
  if (j < sEnd && /^ال(رسمي|رسميه)$/.test(st.toks[j].norm)) j++;
  if (j >= sEnd || st.toks[j].norm !== "باسم") return null;
  const mm = firstActorAfter(st, j + 1, Math.min(j + 3, sEnd));
  return mm && mm.type === "ORG" ? mm : null;
}

function onlyPunctBetween(st: State, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (st.toks[i].kind !== "punct") return false;
  return true;
}

/** "العدناني أعلن قبل أيام تحويل …": a subject before a verb without a conjunction; what follows is its object. */
function subjectBefore(st: State, m: PhraseMatch<Cue>, sent: number): boolean {
  return !/^[وف]/.test(st.toks[m.start].norm) && m.values.some((v) => v.pos === "verb") && lookback(st, m.start, sent) !== null;
}

/** The cue opens its clause: with و/ف on it, at the sentence's start, after punctuation or after a
 *  clause opener ("كما قال"، "فيما أكد"). */
function opensClause(st: State, m: PhraseMatch<Cue>): boolean {
  const t = st.toks[m.start], prev = st.toks[m.start - 1];
  return conjoinedCue(t, m.values) || !prev || prev.sentence !== t.sentence || prev.kind === "punct" || NEW_CLAUSE.has(prev.norm);
}

/** مؤكد، مطالب، مشير: a participle without its accusative ending is an adjective or a noun ("من
 *  المؤكد أن"، "مطالب الحكومة"), no cue; the حال that continues a speaker is مؤكدا، مطالبة، مشيرين. */
function bareParticiple(st: State, m: PhraseMatch<Cue>): boolean {
  if (m.end - m.start !== 1 || !m.values.every((v) => v.participle)) return false;
  const t = st.toks[m.start], prev = st.toks[m.start - 1];
  // (frame comma: a participle that is as often an adverb, "دفع مقدما"، "عاد مجددا", speaks only as a
  // clause of its own, after a comma or at a sentence's start: "، مقدما الشكر"، "، مهددا بـ"، ". مقدما التعازي")
  if (m.values.every((v) => v.frames.has("comma")) && !(!prev || prev.sentence !== t.sentence || (prev.kind === "punct" && CLAUSE_PUNCT.has(prev.text)))) return true;
  if (!/(ا|ه|ين|ون|ات|تين|تان)$/.test(t.norm)) return true;
  // (frame femnoun: a participle whose feminine form is as often a noun or an adjective, "مطالبة"
  // a demand, "لافتة" a sign, "داعية" a preacher, "متوقعة" expected, speaks in that form only as a
  // clause of its own, after a comma or a closing quotation mark, or with أن right after it:
  // "، مطالبة بـ"، "» واعدة بأن"، "متوقعة أن"; not "وليد مطالبة شعبية"، "تجد لافتة مكتوبا عليها")
  if (/ة[\u064B-\u0652]*$/.test(t.text) && m.values.every((v) => v.frames.has("femnoun")) && prev && prev.sentence === t.sentence
    && !(prev.kind === "punct" && (CLAUSE_PUNCT.has(prev.text) || CLOSING.has(prev.text)))
    && !(m.end < st.toks.length && isAn(st.toks[m.end]))) return true;
  if (prev && (prev.norm === "غير" || prev.norm === "وغير")) return true; // "زيارة غير معلنة": an adjective
  // "إجراءات مشددة"، "معلومات مؤكدة": a feminine form right after an indefinite feminine noun agrees with it
  return /ه$/.test(t.norm) && !!prev && prev.kind === "word" && prev.sentence === t.sentence && !st.ix.atToken[m.start - 1]
    && /(ة|ات)$/.test(prev.text) && !prev.readings.some((r) => r.article);
}

/** "أن يجرم هذا العمل ويصفه بأنه …": an imperfect verb with و after "أن + imperfect" goes on with that
 *  clause (the same subject, the same mood); it opens no attribution of its own. */
function subjunctiveGoesOn(st: State, i: number): boolean {
  const t = st.toks[i];
  if (!/^و[يت]/.test(t.norm)) return false;
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    const p = st.toks[k];
    if (p.kind === "punct" || p.sentence !== t.sentence) return false;
    if (/^[يت]/.test(p.norm) && isAn(st.toks[k - 1])) return true;
  }
  return false;
}
