// The knowledge base (src/kb) seen as the recognizer's gazetteer: exact names and aliases only
// (the KB's ال-less "bare" keys would read the given name رياض as the city الرياض), candidates
// ordered hand-written first, then countries, provinces and cities by population; each carries
// the ordinary-word reading of the key it was found by (عند → stop), so the recognizer can ask
// for evidence.
import type { Kb, KbEntry } from "../kb/index.ts";
import { compareCandidates, surnameIndex, type Gazetteer, type NameEntry } from "./gazetteer.ts";

export function gazetteerFromKb(kb: Kb): Gazetteer {
  const view = new Map<KbEntry, NameEntry>();
  const asName = (e: KbEntry): NameEntry => {
    let n = view.get(e);
    if (!n) {
      n = { ...e, generated: e.file.includes("/generated/") || e.source.startsWith("geonames") };
      view.set(e, n);
    }
    return n;
  };
  const cache = new Map<string, NameEntry[] | undefined>();
  let surnames: Map<string, NameEntry | null> | null = null;
  return {
    surname(key) {
      surnames ??= surnameIndex(kb.entries.filter((e) => e.type === "PERSON").map(asName));
      return surnames.get(key) ?? undefined;
    },
    lookup(key) {
      if (cache.has(key)) return cache.get(key);
      const ms = kb.matches(key).filter((m) => m.via !== "bare");
      let list: NameEntry[] | undefined;
      if (ms.length) {
        const kind = kb.commonWord(key);
        list = ms.map((m) => ({ ...asName(m.entry), wordKind: kind, alias: m.via === "alias" })).sort(compareCandidates);
      }
      if (cache.size > 100_000) cache.clear();
      cache.set(key, list);
      return list;
    },
    isPrefix: (key) => kb.hasPrefix(key),
    adjective: (key) => {
      const e = kb.adjective(key)[0];
      return e ? asName(e) : undefined;
    },
    byId: (id) => {
      const e = kb.byId(id);
      return e ? asName(e) : undefined;
    },
    size: kb.entries.length,
  };
}
