// Checks over the whole knowledge base, for `rasid kb check` and test/kb: malformed rows and
// duplicate ids (from the loader), unknown country codes, places without coordinates, places
// outside their country, and names shared by different entities that nobody declared.
//
// Water bodies are not geo-checked (no country polygon holds a sea); small islands get a wider
// tolerance because the 50m map leaves many out.
// Severity: "error" fails the check (exit 1); "warning" is printed for a person to look at.
// Name collisions between places are homonyms the geocoder resolves (by context, then
// population), so they are counted, not listed. A collision that involves a person or an
// organization, or one nationality adjective naming two entities, must be declared in
// data/kb/collisions.tsv with a reason, else it is a warning. A generic name of
// data/kb/context-names.tsv (beside it) is declared by that table: its rows list the ids and why.
import fs from "node:fs";
import path from "node:path";
import { parseTsv } from "../core/tsv.ts";
import type { Kb } from "./compile.ts";
import { KB_DIR } from "./files.ts";
import type { GeoIndex } from "./geo-check.ts";
import { kbKey } from "./keys.ts";
import type { KbEntry, RowProblem } from "./row.ts";
import { splitList } from "./row.ts";

export interface Issue { severity: "error" | "warning"; file: string; line: number; id: string; reason: string }
export interface CheckReport { issues: Issue[]; placeHomonyms: number; declaredCollisions: number; checkedPoints: number }

export const GEO_TOLERANCE_KM = 50;
/** Water is not inside any country polygon; a sea's or river's country says whose it mostly is. */
export const WATER_SUBTYPES = new Set(["sea", "ocean", "strait", "gulf", "bay", "lake", "river", "canal"]);
/** Small islands are often missing from the 50m map (Lampedusa): measure to their country's coast. */
export const ISLAND_TOLERANCE_KM = 250;
const PLACE = new Set(["GPE", "LOC", "FAC"]);
/** Places that span countries (regions, seas) carry no single country; they are not geo-checked. */
const isPlace = (e: KbEntry) => PLACE.has(e.type);

export interface Declared { form: string; ids: Set<string> }

/** Declared shared names: collisions.tsv's rows, and each form of the context-names.tsv beside it with its ids. */
export function readCollisions(file = path.join(KB_DIR, "collisions.tsv")): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (fs.existsSync(file)) {
    for (const r of parseTsv(fs.readFileSync(file, "utf8"), file)) out.set(kbKey(r.row.form ?? ""), new Set(splitList(r.row.ids)));
  }
  const generic = path.join(path.dirname(file), "context-names.tsv");
  if (fs.existsSync(generic)) {
    for (const r of parseTsv(fs.readFileSync(generic, "utf8"), generic)) {
      const key = kbKey(r.row.form ?? ""), ids = out.get(key);
      if (ids) ids.add(r.row.id ?? ""); else out.set(key, new Set([r.row.id ?? ""]));
    }
  }
  return out;
}

export function checkKb(kb: Kb, problems: RowProblem[], geo: GeoIndex | null, declared = readCollisions()): CheckReport {
  const issues: Issue[] = problems.map((p) => ({ severity: "error", ...p }));
  const at = (e: KbEntry, severity: Issue["severity"], reason: string) =>
    issues.push({ severity, file: e.file, line: e.line, id: e.id, reason });
  const countries = new Set(kb.entries.filter((e) => e.subtype === "country" && e.country).map((e) => e.country!));
  let checkedPoints = 0;

  for (const e of kb.entries) {
    if (e.country && countries.size && !countries.has(e.country)) at(e, "error", `country ${e.country} is not a known country code`);
    if (isPlace(e) && e.lat === null && e.country) at(e, "warning", "place without coordinates");
    if (geo && e.lat !== null && e.lon !== null && e.country && isPlace(e) && geo.has(e.country) && !WATER_SUBTYPES.has(e.subtype)) {
      checkedPoints++;
      const d = geo.distanceKm(e.country, e.lat, e.lon);
      const tolerance = e.subtype === "island" ? ISLAND_TOLERANCE_KM : GEO_TOLERANCE_KM;
      if (d !== null && d > tolerance) at(e, "error", `lat/lon ${e.lat},${e.lon} is ${Math.round(d)} km outside ${e.country}`);
    }
  }

  // names shared by different entities
  const owners = new Map<string, KbEntry[]>();
  const own = (key: string, e: KbEntry) => {
    const list = owners.get(key);
    if (!list) owners.set(key, [e]); else if (!list.includes(e)) list.push(e);
  };
  for (const e of kb.entries) for (const n of [e.name, ...e.aliases]) own(kbKey(n), e);
  let placeHomonyms = 0, declaredCollisions = 0;
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    if (list.every(isPlace)) { placeHomonyms++; continue; }
    if (isDeclared(key, list, declared)) { declaredCollisions++; continue; }
    const first = list.find((e) => !isPlace(e)) ?? list[0];
    at(first, "warning", `name "${key}" also names ${list.filter((e) => e !== first).map((e) => e.id).slice(0, 5).join(", ")} (declare it in data/kb/collisions.tsv or make it distinct)`);
  }
  const adjOwners = new Map<string, KbEntry[]>();
  for (const e of kb.entries) for (const a of e.adjectives) {
    const k = kbKey(a);
    const list = adjOwners.get(k) ?? [];
    if (!list.includes(e)) list.push(e);
    adjOwners.set(k, list);
  }
  for (const [key, list] of adjOwners) {
    if (list.length < 2) continue;
    if (isDeclared(key, list, declared)) { declaredCollisions++; continue; }
    at(list[0], "warning", `adjective "${key}" also refers to ${list.slice(1).map((e) => e.id).join(", ")}`);
  }
  return { issues, placeHomonyms, declaredCollisions, checkedPoints };
}

function isDeclared(key: string, list: KbEntry[], declared: Map<string, Set<string>>): boolean {
  const ids = declared.get(key);
  return !!ids && list.every((e) => ids.has(e.id));
}

/** One line per issue: `file:line: id: reason [severity]`. */
export const formatIssue = (i: Issue): string => `${i.file}:${i.line}: ${i.id}: ${i.reason} [${i.severity}]`;
