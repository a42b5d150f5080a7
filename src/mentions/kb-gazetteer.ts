// The knowledge base (src/kb) seen as the recognizer's gazetteer: exact names and aliases only
// (the KB's ال-less "bare" keys would read the given name رياض as the city الرياض), candidates
// ordered hand-written first, then countries, provinces and cities by population; each carries
// the ordinary-word reading of the key it was found by (عند → stop), so the recognizer can ask
// for evidence.
//
// Spelling variants of foreign names (جاكارتا for جاكرتا, هونج كونج for هونغ كونغ): a key with no
// exact match is asked of the KB's loose keys (kb/loose.ts) and, when it shares one with exactly
// one entity (or homonym set), answers what that spelling answers, each candidate marked `loose`
// (kbMatches scores it lower and lets any exact reading win). Recognizers ask each key once per
// written form (word-classes.ts keeps the answer on the form), so the extra work is per new word.
import type { Kb, KbEntry, KbMatch } from "../kb/index.ts";
import { kbKey } from "../kb/index.ts";
import { compareCandidates, surnameIndex, type Gazetteer, type NameEntry } from "./gazetteer.ts";

/** A candidate found through a loose key (a spelling variant), not the exact name. */
export type LooseName = NameEntry & { loose: true };
export const isLoose = (e: NameEntry): boolean => (e as Partial<LooseName>).loose === true;

/** The KB row's fields and the view's own, each present and always in this order. */
type KbName = KbEntry & { generated: boolean; wordKind: NameEntry["wordKind"]; alias: boolean; loose: boolean };

/**
 * Every NameEntry this gazetteer hands out is made here, so the recognizer and the linker see one
 * object layout (spread copies of rows read from TSV or the cache came in several, and each new
 * one met late recompiled the code reading candidates: `es[0].id`, `cands[i].generated`).
 */
function kbName(e: KbEntry, generated: boolean, wordKind: NameEntry["wordKind"], alias: boolean, loose: boolean): KbName {
  return {
    id: e.id, type: e.type, subtype: e.subtype, name: e.name, nameEn: e.nameEn, aliases: e.aliases, adjectives: e.adjectives,
    country: e.country, lat: e.lat, lon: e.lon, population: e.population, wikidata: e.wikidata, source: e.source, file: e.file, line: e.line,
    generated, wordKind, alias, loose,
  };
}
/** The same name found another way (by a key, as an alias, through a loose key). */
const nameAs = (n: KbName, wordKind: NameEntry["wordKind"], alias: boolean, loose: boolean): KbName => kbName(n, n.generated, wordKind, alias, loose);

export function gazetteerFromKb(kb: Kb): Gazetteer {
  const view = new Map<KbEntry, KbName>();
  const asName = (e: KbEntry): KbName => {
    let n = view.get(e);
    if (!n) {
      n = kbName(e, e.file.includes("/generated/") || e.source.startsWith("geonames"), null, false, false);
      view.set(e, n);
    }
    return n;
  };
  // Candidate lists of the keys asked for that the KB has, by the KB's own match list for the key
  // (bounded by the KB's keys, so never emptied; null: only ال-less matches); a key the KB lacks,
  // the common case, costs one lookup in the KB's own table and nothing else.
  const cache = new Map<readonly KbMatch[], KbName[] | null>();
  // Family names are asked of most readings of every new word, and almost none is one. Each is
  // the last word of a multi-word name, so the KB's own record of the key (one read behind its
  // filter, often the record just read for lookup/adjective) says "continues a name" for nearly
  // all of them; the few the KB splits otherwise (its keys drop punctuation) are kept apart.
  let surnames: Map<string, NameEntry | null> | null = null, outside: Set<string> | null = null;
  // (lists are literals filled by push: one elements kind for every list handed out)
  const exact = (key: string): KbName[] | undefined => {
    const ms = kb.info(key).matches as KbMatch[];
    if (!ms.length) return undefined;
    let list = cache.get(ms);
    if (list === undefined) {
      let named = 0;
      for (let i = 0; i < ms.length; i++) if (ms[i].via !== "bare") named++;
      const kind = named ? kb.commonWord(key) : null;
      list = null;
      if (named) {
        list = [];
        for (let i = 0; i < ms.length; i++) if (ms[i].via !== "bare") list.push(nameAs(asName(ms[i].entry), kind, ms[i].via === "alias", false));
        list.sort(compareCandidates);
      }
      cache.set(ms, list);
    }
    return list ?? undefined;
  };
  // loose answers by the exact key they stand for (bounded by the KB's loose keys)
  const looseLists = new Map<string, KbName[]>();
  // A key with no exact match is asked of the KB's loose tables, behind their filter (most keys
  // stop there, without a string made); the ordinary-word test only for the few that pass.
  const looseAnswer = (key: string): KbName[] | null => {
    const to = kb.loose(key);
    if (to === null || kb.commonWord(key) !== null) return null;
    let list = looseLists.get(to);
    if (list === undefined) {
      list = [];
      const ex = exact(to);
      if (ex) for (let i = 0; i < ex.length; i++) list.push(nameAs(ex[i], ex[i].wordKind, ex[i].alias, true));
      looseLists.set(to, list);
    }
    return list.length ? list : null;
  };

  let bare: Map<string, Set<string>> | null = null;
  return {
    surname(key) {
      if (surnames === null) {
        surnames = surnameIndex(kb.entries.filter((e) => e.type === "PERSON").map(asName));
        outside = new Set([...surnames.keys()].filter((k) => !kb.info(k).inner));
      }
      if (!kb.info(key).inner && (outside!.size === 0 || !outside!.has(key))) return undefined;
      return surnames.get(key) ?? undefined;
    },
    lookup(key) {
      if (kb.info(key).matches.length) return exact(key);
      return looseAnswer(key) ?? undefined;
    },
    isPrefix: (key) => kb.info(key).prefix || kb.loosePrefix(key),
    continues: (token) => kb.info(token).inner || kb.looseInner(token),
    adjective: (key) => {
      const e = kb.info(key).adjectives[0];
      return e ? asName(e) : undefined;
    },
    byId: (id) => {
      const e = kb.byId(id);
      return e ? asName(e) : undefined;
    },
    ordinary: (key) => kb.commonWord(key) !== null,
    provinceBare(key) {
      bare ??= provinceBareNames(kb);
      return bare.get(key);
    },
    size: kb.entries.length,
  };
}

/**
 * Provinces by their bare names: each name or alias without its first word when it has two or
 * more (محافظة البيضاء → البيضاء, ولاية عين الدفلى → عين الدفلى), and one-word aliases (أبين), to
 * the countries they lie in. Made once, on the first question.
 */
function provinceBareNames(kb: Kb): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (k: string, country: string) => { let s = out.get(k); if (!s) out.set(k, (s = new Set())); s.add(country); };
  for (const e of kb.entries) {
    if (e.subtype !== "province" || !e.country) continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = kbKey(n);
      const sp = k.indexOf(" ");
      add(sp < 0 ? k : k.slice(sp + 1), e.country);
    }
  }
  return out;
}
