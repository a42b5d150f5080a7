// The knowledge base (src/kb) seen as the recognizer's gazetteer: exact names and aliases only
// (the KB's ال-less "bare" keys would read the given name رياض as the city الرياض), candidates
// ordered hand-written first, then countries, provinces and cities by population; a place whose
// name is an ordinary word and that is not prominent is flagged `common` (it needs evidence).
import { isProminent, type Kb, type KbEntry } from "../kb/index.ts";
import { compareCandidates, type Gazetteer, type NameEntry } from "./gazetteer.ts";

export function gazetteerFromKb(kb: Kb): Gazetteer {
  const view = new Map<KbEntry, NameEntry>();
  const asName = (e: KbEntry, key: string | null): NameEntry => {
    let n = view.get(e);
    if (!n) {
      n = { ...e, generated: e.file.includes("/generated/") || e.source.startsWith("geonames") };
      view.set(e, n);
    }
    if (key !== null && !n.common && (e.type === "GPE" || e.type === "LOC") && !isProminent(e) && kb.commonWord(key) !== null) {
      return { ...n, common: true };
    }
    return n;
  };
  const cache = new Map<string, NameEntry[] | undefined>();
  return {
    lookup(key) {
      if (cache.has(key)) return cache.get(key);
      const ms = kb.matches(key).filter((m) => m.via !== "bare");
      const list = ms.length ? ms.map((m) => asName(m.entry, key)).sort(compareCandidates) : undefined;
      if (cache.size > 100_000) cache.clear();
      cache.set(key, list);
      return list;
    },
    isPrefix: (key) => kb.hasPrefix(key),
    adjective: (key) => {
      const e = kb.adjective(key)[0];
      return e ? asName(e, null) : undefined;
    },
    byId: (id) => {
      const e = kb.byId(id);
      return e ? asName(e, null) : undefined;
    },
    size: kb.entries.length,
  };
}
