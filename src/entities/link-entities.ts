// The entities stage: mentions grouped into one entity per referent in the document, each with a
// canonical id (the knowledge base's, or a stable `rasid:` id made from the normalized full name,
// so the same new person links across articles), a canonical Arabic name, an English or
// transliterated name, and coordinates for places. Short forms join the full name they shorten:
// "مسعد" after "ماركو مسعد", "وزارة الدفاع" after "وزارة الدفاع العراقية".
import { createHash } from "node:crypto";
import type { EntityOut, EntityType, Geo } from "../core/contract.ts";
import type { Document } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";
import type { MentionResources } from "../mentions/find-mentions.ts";
import { defaultResources } from "../mentions/resources.ts";
import { normalize } from "../text/normalize.ts";
import { chooseCandidate, geoOf, placeContext } from "./geocode.ts";
import { addCoreference } from "./coreference.ts";
import { slug, transliterate } from "./transliterate.ts";

export interface Group { id: string; type: EntityType; entry: NameEntry | null; key: string; mentions: FoundMention[] }

/** Stable id for a name the knowledge base does not know (memoized: the same names recur across articles). */
export function unknownId(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    const h = createHash("sha1").update(key).digest("hex").slice(0, 8);
    const s = slug(key.replace(/ (wd|gn|rasid):\S+$/, ""));
    id = `rasid:${s ? s + "-" : ""}${h}`;
    if (ids.size >= 50_000) ids.clear();
    ids.set(key, id);
  }
  return id;
}
const ids = new Map<string, string>();

const PLACE: ReadonlySet<EntityType> = new Set(["GPE", "LOC", "FAC"]);
const words = (s: string) => normalize(s).split(" ").filter(Boolean);
/** A mention's normalized words, made once per mention (short forms compare every pair of groups). */
const mentionWords = new WeakMap<FoundMention, string[]>();
const wordsOf = (m: FoundMention): string[] => {
  let w = mentionWords.get(m);
  if (!w) mentionWords.set(m, (w = words(m.text)));
  return w;
};

export function linkEntities(doc: Pick<Document, "text" | "tokens" | "mentions">, res: MentionResources = defaultResources()): EntityOut[] {
  const { gaz } = res;
  const ms = doc.mentions as FoundMention[];
  const ctx = placeContext(gaz, ms.filter((m) => m.candidates?.length).map((m) => m.candidates));
  const groups = new Map<string, Group>();
  for (const m of ms) {
    const cands = (m.candidates ?? (m.kbId ? [m.kbId] : [])).map((id) => gaz.byId(id)).filter((e): e is NameEntry => !!e);
    const entry = cands.length ? chooseCandidate(cands, ctx) : null;
    const key = m.key ?? normalize(m.text);
    const id = entry ? entry.id : unknownId(key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, type: entry?.type ?? m.type, entry, key, mentions: [] }));
    g.mentions.push(m);
  }
  mergeShortForms(groups);
  addCoreference(doc, [...groups.values()], res.lex, res.model);
  const out: EntityOut[] = [];
  for (const g of groups.values()) out.push(toEntity(doc.text, g, gaz, groups));
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** An unknown person named by part of another person's name, or an organization or facility by the start of another's, is that entity. */
function mergeShortForms(groups: Map<string, Group>): void {
  const list = [...groups.values()];
  for (const g of list) {
    if (g.entry || g.type === "GPE") continue;
    const mine = wordsOf(longest(g));
    const target = list.find((o) => o !== g && groups.has(o.id) && o.type === g.type && o.mentions.some((m) => {
      const theirs = wordsOf(m);
      if (theirs.length <= mine.length) return false;
      return g.type === "PERSON" ? mine.every((w) => theirs.includes(w)) : mine.every((w, i) => theirs[i] === w);
    }));
    if (!target) continue;
    target.mentions.push(...g.mentions);
    groups.delete(g.id);
  }
}

const longest = (g: Group) => g.mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a));

function toEntity(text: string, g: Group, gaz: Gazetteer, groups: Map<string, Group>): EntityOut {
  const mentions = g.mentions.sort((a, b) => a.start - b.start).map((m) => ({ start: m.start, end: m.end, text: m.text }));
  const name = g.entry?.name ?? longest(g).text;
  const e: EntityOut = { id: g.id, type: g.type, name, name_en: g.entry?.nameEn ?? transliterate(name), mentions };
  if (PLACE.has(g.type)) {
    const geo = geoOf(g.entry ?? undefined) ?? innerPlace(g, gaz) ?? mainPlace(groups);
    if (geo) e.geo = geo;
  }
  return e;
}

/** A place the knowledge base knows inside an unknown facility's name ("قاعدة العند الجوية"). */
function innerPlace(g: Group, gaz: Gazetteer): Geo | undefined {
  for (const w of words(longest(g).text).slice(1)) {
    const e = gaz.lookup(w)?.find((x) => PLACE.has(x.type) && x.lat !== null);
    if (e) return geoOf(e);
  }
  return undefined;
}

/** The document's most-named city (else country): where an unplaced facility most likely is. */
function mainPlace(groups: Map<string, Group>): Geo | undefined {
  let best: Group | null = null;
  const level = (g: Group) => (g.entry?.subtype === "country" ? 0 : g.entry?.subtype === "province" || g.entry?.subtype === "region" ? 1000 : 2000);
  const rank = (g: Group) => level(g) + g.mentions.length;
  for (const g of groups.values()) if (g.entry && g.entry.lat !== null && PLACE.has(g.type) && (!best || rank(g) > rank(best))) best = g;
  return best ? geoOf(best.entry!) : undefined;
}
