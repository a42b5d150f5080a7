// Organizations (and facilities, places) the knowledge base lacks, found by their head word:
// مركز/معهد/وكالة/صحيفة/هيئة/جامعة/حزب/وزارة… in construct with what follows
// ("وكالة فرات للأنباء", "هيئة سياسات الشرق الأوسط", "مركز العرب للأبحاث والدراسات",
// "وزارة الخارجية الكويتية"). The name runs over ال-words, لل-words, coordinated وال-words, known
// names and, before the first ال-word, indefinite words; a nationality adjective ends it.
// Heads that are also ordinary nouns (قوات، مجلس، مركز…) need more than one common word after them.
import { seatOfPlace } from "./seat-heads.ts";
import type { FoundMention } from "./candidate.ts";
import type { Token } from "../core/document.ts";
import type { Lexicons } from "./lexicons.ts";
import { districtEnd } from "./districts.ts";
import { hamzaOnBareHead } from "./head-spelling.ts";
import { foreignNameEnd, letterInitialName, settlementNameForm } from "./settlement-names.ts";
import { isWord, makeMention } from "./candidate.ts";
import { adjectiveOf, personNameEnd, titleAt, type Ctx } from "./words.ts";
import { normalize } from "../text/normalize.ts";
import { ordinaryWords } from "./model/features.ts";
import { docMatches } from "../lexicon/doc-matches.ts";
import { afterPoliticalTitle, honorificBeforeTitle } from "./holder-titles.ts";
import { ADJ_WORD, ADJECTIVE, FIRST_NAME, HEAD_PRE, INSTITUTION, ORG_HEAD, SETTLEMENT, STOP, TITLE, wordClasses } from "./word-classes.ts";

const MAX_WORDS = 7;

export function orgPatterns(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i < tokens.length; i++) {
    if (!(cls[i] & ORG_HEAD)) continue;
    const t = tokens[i];
    const r = t.readings.find((x) => x.post === "" && !x.article && HEAD_PRE.has(x.pre) && lex.orgHeads.has(x.norm));
    if (!r) continue;
    const head = lex.orgHeads.get(r.norm)!;
    if (hamzaOnBareHead(text, t, r, head)) continue; // "وأدى" is no وادي
    const own = known.get(i);
    if (own && own.via === "kb") continue; // "تنظيم القاعدة" is a KB name: it stands as matched
    let k = i + 1, words = 0, definite = 0, proper = 0, indefinite = 0, seenArticle = false, afterKb = false, lastArticle = false;
    let adopt: FoundMention | null = null;
    // "جبهة الزبداني", "جبهة قاعدة العند": a front named by its place is where fighting is, no body
    if (lex.frontHeads.has(r.norm) && frontOfPlace(c, known, k)) continue;
    if (seatOfPlace(c, r.norm, k)) continue; // "مركز محافظة لحج" is the province's seat (geo14)
    if (k < tokens.length && honorificBeforeTitle(c, r.norm, k)) continue; // "لمقام خادم الحرمين الشريفين": the king, no shrine
    while (k < tokens.length && words < MAX_WORDS) {
      const u = tokens[k];
      if (!isWord(u) || u.sentence !== t.sentence || u.kind !== "word") break;
      // (a given name after a title is a name even when a clitic reading is a stop word: فيصل → ف + يصل)
      // (علي is also على once folded: the lexicon of given names decides after a title)
      const titled = k > i + 1 && (cls[k - 1] & TITLE) !== 0 && (cls[k] & FIRST_NAME || lex.firstNames.has(u.norm));
      // (a given name written as a stop word, علي, goes on only after a title here: "قوات الرئيس علي …" names the person)
      if ((cls[k] & STOP || lex.stops.has(u.norm)) && !titled) break;
      // "مكتب الرئيس [بول بيا]": after an office head and a political title, the name is the holder's
      if (words > 0 && lex.officeBodies.has(r.norm) && afterPoliticalTitle(c, k)) break;
      const m = known.get(k);
      // جنوب البلاد, قرب end the name; a known place that begins with a direction is a name of its
      // own and goes on: "مديرية أمن شمال سيناء"
      if (lex.directions.has(u.norm) && !(m && m.via === "kb" && m.start === u.start && m.type !== "PERSON")) break;
      if (m && m.via === "kb" && !afterKb) {
        const clitic = text.slice(u.start, m.start);
        if (clitic && !/^[لل]+$/.test(clitic)) break; // "بمنطقة عسير" starts a new phrase
        // a known person after the head's definite complement is no part of the name, unless a
        // title introduces him ("جامعة الإمام محمد بن سعود"): "رئيس مجلس النواب [سليم الجبوري]"
        // (after an indefinite word he may be: "مطار حميد كرزاي")
        if (m.type === "PERSON" && words > 0 && lastArticle && !(cls[k - 1] & TITLE)) break;
        // a weak head before a known organization that has a head of its own names a part of it
        // ("إدارة نادي النصر", "مجلس إدارة شركة أرامكو"): the known name stands alone
        // (an organization's head, written without the article: الجزيرة is a name, not the head جزيرة)
        if (words === 0 && m.type === "ORG" && head.weak && cls[k] & ORG_HEAD && u.readings.some((x) => x.post === "" && !x.article && HEAD_PRE.has(x.pre) && lex.orgHeads.get(x.norm)?.type === "ORG")) break;
        if (words === 0 && m.type === "ORG") adopt = m; // "تنظيم داعش", "حركة الحوثيين": the known group
        proper++; words++; k = m.tokens.end; seenArticle = true; afterKb = true; lastArticle = false; continue;
      }
      if (cls[k] & ADJ_WORD) { if (words > 0) { proper++; k++; words++; } break; }
      if (words > 0 && cls[k] & TITLE && titleAt(c, k) >= 0) break;
      const w = u.readings[0];
      const lil = u.readings.find((x) => x.pre === "ل" && x.article && x.post === "");
      const wal = u.readings.find((x) => x.pre === "و" && x.article && x.post === "");
      // "مديرية الأمن [والسجن المركزي]": a body's head after و, qualified, opens a second body
      // (not under a weak head: "قوات الجيش والشرطة الأفغانية" are the forces of both)
      if (wal && words > 0 && !head.weak && secondBody(c, wal.bare, k)) break;
      if (w.article) { definite++; seenArticle = true; }
      else if (lil && words > 0) { definite++; seenArticle = true; }
      else if (wal && words > 0 && seenArticle && lastArticle) { /* coordinated: للأبحاث والدراسات */ }
      else if (afterKb) break; // after a known name only ال-, لل- words and adjectives belong to it
      else if (!seenArticle && !u.norm.startsWith("و")) {
        if (cls[k] & FIRST_NAME) proper++; // firstNameReading(c, u), answered per form
        else if (head.named && words === 0 && c.gaz.lookup(u.norm)) proper++; // بحيرة طبرية: a KB name the place's own evidence did not carry
        else if (words > 0 && u.readings.some((x) => (x.pre === "ب" || x.pre === "ل") && x.post === "" && c.gaz.lookup(x.norm))) break; // جبل مران [بصعدة]
        // "شارع [بمحافظة ينبع]", "أكاديمية [بمدينة …]": a place word read with ب/ل right after the head opens a
        // phrase of place, not the name (SaudiNewsNet 28k records: head + ب/ل + مدينة/محافظة/منطقة/حي… 51 times, none a name)
        else if (words === 0 && u.readings.some((x) => (x.pre === "ب" || x.pre === "ل") && !x.article && x.post === "" && lex.placeCues.has(x.norm))) break;
        else if (/..(ي|يه)$/.test(u.norm)) break; // an indefinite adjective (قاعدة جوية، منظمة حقوقية)
        // a ب-phrase after the name's first word is no part of it: "كتلة بدر [بزعامة] هادي العامري"
        else if (words > 0 && u.readings.some((x) => x.pre === "ب" && x.post === "" && !x.article && x.norm.length >= 4) && !c.gaz.lookup(u.norm)) break;
        else if (indefinite >= 2) break; // مجلس ادارة انرون انهاء: a clause, not a name
        else indefinite++;
      } else if (seenArticle && titled && titleAt(c, k - 1) >= 0) { // مركز الملك سلمان
        proper++;
        // the whole name after the title: "جامع الإمام علي بن أبي طالب"
        const end = Math.max(personNameEnd(c, k), k + 1 < tokens.length && lex.connectors.has(tokens[k + 1].norm) ? personNameEnd(c, k + 1) : 0);
        if (!head.weak && end > k + 1 && end - i <= MAX_WORDS + 1) { words += end - k - 1; k = end - 1; } // (not under a weak head: إدارة الأمير فهد)
      }
      else break;
      lastArticle = w.article || !!lil || !!wal;
      words++; k++;
    }
    if (words === 0) continue;
    if (!seenArticle && indefinitePhrase(c, i + 1, k)) continue; // "جمعية خيرية"، "وكالة أنباء إيرانية": a description, no name
    const weak = head.weak || head.type !== "ORG"; // صحراء مترامية الأطراف is no place name
    // an unknown word right after a facility head is its name (قاعدة إنكليريك، سجن صيدنايا)
    // a name head's one word is its name (جامع العنود، جبل صبر), not a generic complement
    // "لجنة الخارجية في مجلس الشيوخ", "للجنة الشؤون الخارجية بمجلس النواب": a committee of a known
    // body is a body of its own, though its head is an ordinary noun (sub_body_head)
    const sub = definite > 0 && lex.subBodyHeads.has(r.norm) && ofKnownBody(c, known, k);
    const ok = sub || (head.named ? proper + definite + indefinite > 0 : weak ? proper > 0 || (indefinite > 0 && head.type !== "LOC") || definite >= 2 : proper + definite > 0);
    if (!ok) continue;
    if (lex.oneWordHeads.has(r.norm)) k = Math.min(k, known.get(i + 1)?.tokens.end ?? i + 2); // place16: "مثلث العند [الرابط بين …]" (one-word-heads)
    // "مديرية لودر" is a district, "مديرية الأمن" a directorate (districts.ts)
    const district = adopt ? -1 : districtEnd(c, r.norm, i, k);
    if (district > 0) k = district;
    const key = normalize(text.slice(tokens[i].start + r.from, tokens[k - 1].end));
    const found = makeMention(text, tokens, r, i, k, adopt ? adopt.type : district > 0 ? "GPE" : head.type, "pattern", 0.6, key, adopt ? adopt.candidates : []);
    if (sub) found.role = "institution"; // the tagger's silence does not veto it (model-mentions.ts)
    out.push(found);
  }
  return out;
}

/**
 * Are the words from a to e (exclusive) after a head an indefinite description: common words in the
 * dictionary, the last an indefinite nationality adjective or feminine relational one ("جمعية خيرية"،
 * "وكالة أنباء إيرانية"، "شركة دواء بلجيكية")? An indefinite adjective makes the phrase indefinite ("an Iranian
 * news agency"); a name the dictionary lacks before or as it stays a name ("جامعة هاواي"، "وكالة أنباء فارس").
 * SaudiNewsNet 3,000 records: see session 23's commit.
 */
function indefinitePhrase(c: Ctx, a: number, e: number): boolean {
  const { tokens } = c;
  const words = ordinaryWords();
  const last = tokens[e - 1];
  if (!isWord(last) || last.kind !== "word") return false;
  const r = last.readings[0];
  if (r.article || r.pre !== "") return false;
  // a nationality adjective (إيرانية، أميركي), or a feminine relational one whose masculine is a dictionary
  // word (خيرية); a masculine in ـي may be a name as written (محطة ليلي)
  const nationality = (wordClasses(c)[e - 1] & ADJ_WORD) !== 0 || !!c.gaz.adjective(r.norm);
  if (!nationality && !(/..يه$/.test(r.bare) && words.has(r.bare.slice(0, -1)))) return false;
  for (let k = a; k < e - 1; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || !words.has(t.readings[0].bare) || c.gaz.lookup(t.norm) || c.lex.firstNames.has(t.norm)) return false;
  }
  return true;
}

/** Is token k (وال + head) a second body's head: one of conjunct_body_head, qualified by a definite word after it? */
function secondBody(c: Ctx, bare: string, k: number): boolean {
  if (!c.lex.conjunctBodyHeads.has(bare)) return false;
  const v = c.tokens[k + 1];
  return isWord(v) && v.sentence === c.tokens[k].sentence && v.readings[0].article;
}

/** Is token k "في" before a known organization, or a known organization written with ب (بمجلس النواب)? */
function ofKnownBody(c: Ctx, known: Map<number, FoundMention>, k: number): boolean {
  const u = c.tokens[k];
  if (!isWord(u) || u.sentence !== c.tokens[k - 1].sentence) return false;
  const m = known.get(k);
  if (m) return m.type === "ORG" && m.via === "kb" && c.text.slice(u.start, m.start) === "ب";
  if (u.norm !== "في") return false;
  const n = known.get(k + 1);
  return !!n && n.type === "ORG" && n.via === "kb" && n.start === c.tokens[k + 1].start && c.tokens[k + 1].sentence === u.sentence;
}

/**
 * Does token k begin a place's name: a known place (or one the KB has, the front being its
 * evidence), or a place or facility head (قاعدة، جبل، محافظة)? Then the front before it is a front.
 */
function frontOfPlace(c: Ctx, known: Map<number, FoundMention>, k: number): boolean {
  const u = c.tokens[k];
  if (!isWord(u) || u.sentence !== c.tokens[k - 1].sentence) return false;
  const m = known.get(k);
  if (m) return m.type !== "ORG" && m.type !== "PERSON";
  for (const x of u.readings) {
    if (x.post !== "" || x.pre !== "") continue;
    const h = c.lex.orgHeads.get(x.bare);
    if (h && h.type !== "ORG") return true;
    if (c.lex.placeCues.has(x.norm)) return true;
  }
  const entries = c.gaz.lookup(u.norm);
  if (!entries || !entries.length) return false;
  for (const e of entries) if (e.type === "ORG" || e.type === "PERSON") return false;
  return true;
}

/**
 * A definite institution and a nationality adjective: "الجيش العراقي", "الحكومة اليمنية",
 * "وزارة الدفاع العراقية" — that country's institution, one entity per country across documents.
 */
export function institutions(c: Ctx): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i < tokens.length; i++) {
    if (!(cls[i] & INSTITUTION)) continue;
    const t = tokens[i];
    // "وزير الدفاع العراقي" names a minister, not the ministry; "رئيس البنك المركزي الإيراني" names
    // the bank (an institution of two words or more is named after an office too)
    const prev = tokens[i - 1];
    const afterOffice = isWord(prev) && officeOrTitle(prev, lex);
    for (const r of t.readings) {
      if (r.post !== "" || !HEAD_PRE.has(r.pre)) continue;
      const phrases = lex.institutions.get(r.norm);
      if (!phrases) continue;
      let done = false;
      for (const words of phrases) {
        if (afterOffice && words.length < 2) continue;
        let ok = true;
        for (let k = 1; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) { ok = false; break; }
        if (!ok) continue;
        // one definite qualifier (institution_qualifier) may stand before the adjective: "الإذاعة العامة الإسرائيلية"
        let at = i + words.length;
        if (isWord(tokens[at]) && !(cls[at] & ADJ_WORD) && lex.qualifiers.has(tokens[at].norm) && isWord(tokens[at + 1]) && cls[at + 1] & ADJ_WORD) at++;
        const adjTok = tokens[at];
        const country = isWord(adjTok) && cls[at] & ADJ_WORD ? adjectiveOf(c, adjTok) : undefined;
        if (!country) {
          // "القوات البحرية", "الأمن المركزي": a body by its own name, its country unsaid (own_name_body)
          const own = ownNameBody(c, words, i);
          if (own) { out.push(own); done = true; break; }
          continue;
        }
        // "وفد الخارجية التركي", "الشرطة والجيش الأفغانيين": an adjective that does not agree with
        // the institution qualifies another noun; the institution is not named here
        if (!agrees(words[0], adjTok.norm, lex.pluralHeads)) continue;
        const end = at + 1;
        if (lex.speakingInstitutions.size && lex.speakingInstitutions.has(words.join(" ")) && !speaks(c, i, end)) continue;
        const key = `${words.join(" ")} ${country.id}`;
        const m = makeMention(text, tokens, r, i, end, "ORG", "pattern", 0.75, key);
        m.role = "institution";
        out.push(m);
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return out;
}

/**
 * Does a nationality adjective (normalized: ة is ه) agree with an institution's head word in
 * gender and number? A feminine head (الحكومه، القوات، وزاره) takes -يه, a masculine one (الجيش،
 * مجلس) takes -ي (a broken plural of things, الخطوط، the feminine); a plural adjective (-يين، -يون) agrees with none (the press writes things' plurals
 * with the feminine singular: القوات الامريكيه).
 */
function agrees(head: string, adjective: string, pluralHeads: ReadonlySet<string>): boolean {
  if (adjective.endsWith("ين") || adjective.endsWith("ون")) return false;
  // (a broken plural of things is feminine too: الخطوط اليمنيه; plural_head in ner-cues.tsv)
  const feminine = head.endsWith("ه") || head.endsWith("ات") || pluralHeads.has(head);
  return feminine === adjective.endsWith("يه");
}

/**
 * An institution phrase that names a body without a nationality adjective (own_name_body in
 * ner-cues.tsv: القوات البحرية، سلاح الجو، الأمن المركزي، حرس الحدود): the press names a military
 * branch or security force so when the article's state is plain, and annotators mark it. One
 * qualifier of the phrase's own may follow (الحرس الملكي، القوات البرية الملكية); the key is the
 * phrase, so the body is one entity in the document whatever clitic it carries.
 */
function ownNameBody(c: Ctx, words: readonly string[], i: number): FoundMention | null {
  const phrase = words.join(" ");
  if (!c.lex.ownNameBodies.has(phrase)) return null;
  const { tokens, text } = c;
  let end = i + words.length;
  const q = tokens[end];
  if (isWord(q) && q.sentence === tokens[i].sentence && q.readings[0].pre === "" && c.lex.qualifiers.has(q.norm)) end++;
  const r = tokens[i].readings.find((x) => x.post === "" && HEAD_PRE.has(x.pre) && x.norm === words[0]) ?? tokens[i].readings[0];
  const m = makeMention(text, tokens, r, i, end, "ORG", "pattern", 0.7, phrase);
  m.role = "institution";
  return m;
}

/**
 * Does the phrase over tokens [i, end) speak: the subject right after a reporting verb ("أعلنت
 * السلطات التركية أن"), before one ("السلطات التركية تؤكد"), or a headline's speaker before a
 * colon? "السلطات X" names a body the press and annotators treat as an actor of its own when it
 * makes statements; as the doer or object of other acts ("صادرت السلطات الفرنسية", "سلمته إلى
 * السلطات العراقية") it stands for the state, which its adjective already names.
 */
function speaks(c: Ctx, i: number, end: number): boolean {
  // (the verb agrees with its subject: feminineVerb)
  const { tokens } = c;
  const sentence = tokens[i].sentence;
  const next = tokens[end];
  if (next && next.kind === "punct" && next.text === ":" ) return true;
  for (const m of docMatches(tokens).cues) {
    if (m.start > end) break;
    if (m.end !== i && m.start !== end) continue;
    if (tokens[m.start].sentence !== sentence) continue;
    if (m.values.some((v) => v.kind === "say" && v.pos === "verb") && feminineVerb(tokens[m.start].text)) return true;
  }
  return false;
}

/**
 * Is the verb written in the feminine (قالت، وأعلنت، تؤكد)? A plural of things takes a feminine
 * verb, so only a feminine verb has the body as its subject: in "وحث السلطات التركية على …" the
 * masculine verb's subject is someone else and the authorities are its object.
 */
function feminineVerb(word: string): boolean {
  const w = word.charCodeAt(0) === 0x648 || word.charCodeAt(0) === 0x641 ? word.slice(1) : word; // و، ف
  return w.endsWith("ت") || w.startsWith("ت");
}

/** Is a reading of t an office or a title's first word ("وزير الدفاع العراقي")? */
function officeOrTitle(t: Token, lex: Lexicons): boolean {
  for (const x of t.readings) if (lex.offices.has(x.norm) || lex.titles.has(x.norm)) return true;
  return false;
}

/** Nationality adjectives as mentions of their country (الروسي → Russia). */
export function adjectives(c: Ctx): FoundMention[] {
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i < c.tokens.length; i++) {
    if (!(cls[i] & ADJECTIVE)) continue;
    for (const r of c.tokens[i].readings) {
      if (r.post !== "" || !HEAD_PRE.has(r.pre)) continue;
      const e = c.gaz.adjective(r.norm);
      if (!e) continue;
      const m = makeMention(c.text, c.tokens, r, i, i + 1, e.type, "adjective", 0.3, r.norm, [e.id]);
      m.role = "adjective";
      out.push(m);
      break;
    }
  }
  return out;
}

const QUOTE_OPEN = new Set(["«", '"', "“", "'", "‘"]);
const QUOTE_CLOSE = new Set(["»", '"', "”", "'", "’"]);

/**
 * Outlets (and facilities) named in quotation marks after their head: صحيفة «الحياة», قناة "الميادين",
 * سجن «نفحة». When the KB knows the head and the name together, the mention is that entry.
 */
export function quotedOutlets(c: Ctx): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(cls[i] & ORG_HEAD)) continue; // the head, with or without ال (the bit covers both)
    const t = tokens[i];
    // quotation marks are one punctuation token: test the kind (an interned constant) before the text
    if (!isWord(t) || tokens[i + 1].kind !== "punct") continue;
    const open = tokens[i + 1].text;
    if (open.length !== 1 || !QUOTE_OPEN.has(open)) continue;
    const r = t.readings.find((x) => x.post === "" && HEAD_PRE.has(x.pre) && lex.orgHeads.has(x.bare));
    if (!r) continue;
    let k = i + 2;
    while (k < tokens.length && k - i - 2 < 6 && isWord(tokens[k])) k++;
    if (k === i + 2 || !QUOTE_CLOSE.has(tokens[k]?.text ?? "")) continue;
    const first = tokens[i + 2];
    const name = normalize(text.slice(first.start, tokens[k - 1].end));
    // the KB may know the head and the name together ("قاعدة «إنجرليك»" is its قاعدة إنجرليك)
    const known = c.gaz.lookup(`${r.bare} ${name}`);
    const ids = known ? known.map((e) => e.id) : [];
    const m = makeMention(text, tokens, first.readings[0], i + 2, k, known ? known[0].type : lex.orgHeads.get(r.bare)!.type, "pattern", 0.7, name, ids);
    out.push(m);
  }
  return out;
}

/**
 * An outlet named bare in quotation marks after the word that says it was told or relayed
 * something: "قال مصدر لـ«الوطن»", "في اتصال مع «الرياض»". The bare name is an ordinary word or a
 * place (the KB files it only with its head: صحيفة الوطن السعودية), so it counts only when a
 * media head and the name are, or begin, a KB name; the KB's entry is linked when exact. Without
 * a relay word before it ("علمت «عكاظ»", "حصلت «الحياة» على"), only a KB outlet's exact name (a
 * prefix, "مجلة البيت…", let film and product titles in) that no place has.
 */
export function relayedOutlets(c: Ctx): FoundMention[] {
  const { tokens, text, lex, gaz } = c;
  const out: FoundMention[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const q = tokens[i];
    if (q.kind !== "punct" || q.text.length !== 1) continue;
    // (org15: the press also opens with the closing mark, ل»الرياض»: 155 such relays on SaudiNewsNet; only after a relay word)
    const reversed = q.text === "»";
    if (!reversed && !QUOTE_OPEN.has(q.text)) continue;
    const before = tokens[i - 1];
    if (reversed && !(isWord(before) && lex.relayBefore.has(before.norm))) continue;
    // after a relay word (لـ«الرياض»: the paper, though a city has the name); elsewhere ("علمت
    // «الوطن»", "حصلت «عكاظ» على") a name no place has, that a media head makes a KB outlet's
    const relay = isWord(before) && lex.relayBefore.has(before.norm);
    if (!relay && isWord(before) && wordClasses(c)[i - 1] & ORG_HEAD) continue; // محطة «…»: quotedOutlets' (the head's type)
    let k = i + 1;
    while (k < tokens.length && k - i - 1 < 3 && isWord(tokens[k]) && tokens[k].kind === "word") k++;
    if (k === i + 1 || !QUOTE_CLOSE.has(tokens[k]?.text ?? "")) continue;
    const first = tokens[i + 1];
    const name = normalize(text.slice(first.start, tokens[k - 1].end));
    let ids: string[] | null = null;
    for (const h of lex.mediaHeads) {
      const hit = gaz.lookup(`${h} ${name}`);
      if (hit) { ids = hit.filter((e) => e.type === "ORG").map((e) => e.id); if (ids.length) break; }
      if (gaz.isPrefix(`${h} ${name}`)) ids = [];
    }
    if (ids === null || (!relay && (!ids.length || lex.stops.has(name) || placeNamed(gaz.lookup(name))))) continue;
    out.push(makeMention(text, tokens, first.readings[0], i + 1, k, "ORG", ids.length ? "kb" : "pattern", 0.7, name, ids));
  }
  return out;
}

/** Is one of the KB's entries for a name a place (GPE, LOC, FAC)? */
export function placeNamed(entries: readonly { type: string }[] | undefined): boolean {
  if (entries) for (const e of entries) if (e.type !== "ORG" && e.type !== "PERSON") return true;
  return false;
}

/**
 * A district, town or village the KB does not know, named after its cue: "حي التأميم",
 * "بلدة كفرنبل". One word, or a family's name (قرية آل جبير), and the side after it (حي الرحيب
 * الشرقي: side in ner-cues.tsv); the cue is part of the span; a known name there is left to the KB.
 */
export function placesByCue(c: Ctx, known: Map<number, FoundMention>): FoundMention[] {
  const { tokens, text, lex } = c;
  const out: FoundMention[] = [];
  const cls = wordClasses(c);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(cls[i] & SETTLEMENT)) continue;
    const t = tokens[i];
    const u = tokens[i + 1];
    if (!isWord(u) || u.kind !== "word" || u.sentence !== t.sentence || known.has(i + 1) || cls[i + 1] & STOP) continue;
    // (a first letter that is also a proclitic: "قرية وهجرة"، "بلدة بريف دمشق" are no names, "بلدة برقين" is: settlement-names.ts)
    const letter = /^[وبلف]/.test(u.norm) && !u.readings[0].article;
    if (cls[i + 1] & ADJ_WORD || lex.genericPlaces.has(u.norm) || lex.directions.has(u.norm) || u.readings[0].pre !== "" || letter && !letterInitialName(c, t, u)) continue;
    if (TANWEEN_END.test(u.text) || !settlementNameForm(c, t, u, i)) continue; // حي سكني، قرى مجاورة، بلدات
    const cue = t.readings.find((r) => r.post === "" && lex.settlementCues.has(r.norm))!;
    let end = i + 2;
    // a family's village or quarter: "قرية آل جبير", "حي بني مالك" (a connector and one word); a
    // village named by a compound head and one word: "بلدة بيت جن", "قرية عين العرب" (compound_place_head)
    const compound = lex.compoundPlaceHeads.has(u.norm);
    if ((lex.connectors.has(u.norm) || compound) && isWord(tokens[i + 2]) && tokens[i + 2].sentence === t.sentence && !(cls[i + 2] & STOP) && !known.has(i + 2)) end = i + 3;
    else if (compound) continue; // (the head alone is no name: "بلدة بيت" before a word that cannot follow it)
    else end = foreignNameEnd(c, i + 1, known); // "مقاطعة كوانغ نغاي", "قرية كوكوا غاري"
    // and the side of it: "حي الرحيب الشرقي" (a direction adjective right after the name)
    if (isWord(tokens[end]) && tokens[end].sentence === t.sentence && lex.sides.has(tokens[end].norm)) end++;
    // (a letter-initial one-word name must end where a name can: "قرية لوير [سلوتر]"، "حي فريج [اسباير]" go on)
    if (letter && !compound && !nameBoundary(c, end, t.sentence)) continue;
    const key = normalize(text.slice(tokens[i].start + cue.from, tokens[end - 1].end));
    out.push(makeMention(text, tokens, cue, i, end, "GPE", "pattern", 0.5, key));
  }
  return out;
}
const TANWEEN_END = /[\u064b]/;

/**
 * Can a settlement's name end before token e: the sentence or a mark ends there, or the next word
 * opens another phrase (a stop word, an ال-word, a word with a proclitic, a direction)? An
 * indefinite word with none of these goes on with the name, which the span would cut.
 */
function nameBoundary(c: Ctx, e: number, sentence: number): boolean {
  const v = c.tokens[e];
  if (!isWord(v) || v.kind !== "word" || v.sentence !== sentence) return true;
  if (wordClasses(c)[e] & STOP || c.lex.directions.has(v.norm)) return true;
  return v.readings.some((x) => x.post === "" && (x.article || x.pre !== ""));
}
