// Which side of which war a party fights on (data/kb/war-sides.tsv), so that an attack naming no
// target is aimed at the source's enemy and never at its ally: a story of the Yemen war names the
// coalition, the popular resistance and the Houthis, and "استهدف طيران التحالف مواقع في صنعاء" is
// aimed at the Houthis however often the resistance is named. A row names a knowledge-base id, or
// "forces:XX", every army, forces or police body of country XX (an id row of the same war wins:
// Yemen's Republican Guard fought with Saleh, not with the rest of the army).
import fs from "node:fs";
import path from "node:path";
import type { Document } from "../core/document.ts";
import { RasidError } from "../core/errors.ts";
import { parseTsv, readTsv, type TsvRecord } from "../core/tsv.ts";
import { KB_DIR } from "../kb/files.ts";
import { countryCode, subtypeOf } from "./places.ts";

/** Knowledge-base subtypes a "forces:XX" row stands for. */
const ARMED = new Set(["army", "forces", "police"]);

/** war → side, for one party. */
export type Sides = ReadonlyMap<string, string>;

export interface Table { byId: Map<string, Map<string, string>>; byCountry: Map<string, Map<string, string>> }

const FILE = path.join(KB_DIR, "war-sides.tsv");
let table: Table | null = null;

/** The table, read once per process (empty when the file is absent); a bad row is RasidError E_KB_ROW. */
function load(): Table {
  return (table ??= fs.existsSync(FILE) ? parseSides(readTsv(FILE)) : { byId: new Map(), byCountry: new Map() });
}

/** The table of a file's content (its checks, for tests: a bad row is RasidError E_KB_ROW). */
export const parseWarSides = (content: string, file = "<war-sides>"): Table => parseSides(parseTsv(content, file));

function parseSides(rows: TsvRecord[]): Table {
  const t: Table = { byId: new Map(), byCountry: new Map() };
  for (const { row, file: f, line } of rows) {
    const { war, side, member } = row;
    const bad = (why: string) => new RasidError("E_KB_ROW", `${f}:${line}`, why);
    if (!war || !side || !member) throw bad("a row needs war, side and member");
    const forces = /^forces:([A-Z]{2})$/.exec(member);
    const into = forces ? t.byCountry : t.byId;
    const key = forces ? forces[1] : member;
    let m = into.get(key);
    if (!m) into.set(key, (m = new Map()));
    if (m.has(war) && m.get(war) !== side) throw bad(`${member} is on two sides of ${war}`);
    m.set(war, side);
  }
  return t;
}

/** The wars a party fights in and its side in each, or null when the table lists it in none. */
export function sidesOf(id: string): Sides | null {
  const t = load();
  const own = t.byId.get(id);
  const code = ARMED.has(subtypeOf(id) ?? "") ? countryCode(id) : null;
  const byCountry = code ? t.byCountry.get(code) : undefined;
  if (!byCountry) return own ?? null;
  if (!own) return byCountry;
  const m = new Map(byCountry);
  for (const [w, s] of own) m.set(w, s);
  return m;
}

let fields: Map<string, Set<string>> | null = null;

/** Is the country `code` where a war of `self` is fought: the country of two of its rows at least
 *  (Yemen for the Yemen war; not Russia, which the table sets in none)? */
export function foughtIn(self: string, code: string): boolean {
  const mine = sidesOf(self);
  if (!mine) return false;
  if (!fields) {
    // (two rows of a war at least: one foreign force — US forces against ISIS — is no field)
    const t = load(), n = new Map<string, number>();
    const add = (war: string, c: string | null) => { if (c) n.set(`${war}|${c}`, (n.get(`${war}|${c}`) ?? 0) + 1); };
    for (const [id, m] of t.byId) for (const war of m.keys()) add(war, countryCode(id));
    for (const [c, m] of t.byCountry) for (const war of m.keys()) add(war, c);
    fields = new Map();
    for (const [k, c] of n) {
      if (c < 2) continue;
      const [war, code] = k.split("|");
      let s = fields.get(war);
      if (!s) fields.set(war, (s = new Set()));
      s.add(code);
    }
  }
  for (const war of mine.keys()) if (fields.get(war)?.has(code)) return true;
  return false;
}

/** The war in which `a` and `b` fight on opposite sides, or null. */
function opposed(a: Sides, b: Sides): string | null {
  for (const [w, s] of b) { const mine = a.get(w); if (mine && mine !== s) return w; }
  return null;
}

/** Do `a` and `b` fight on the same side of a war, and against each other in none? */
export function allied(a: string, b: string): boolean {
  const sa = sidesOf(a), sb = sidesOf(b);
  if (!sa || !sb || opposed(sa, sb)) return false;
  for (const [w, s] of sb) if (sa.get(w) === s) return true;
  return false;
}

/** The enemy of `self` the document names most — an armed body or government before a state
 *  ("سيطر الحوثيون على المدينة": not Saudi Arabia, named most as the coalition's leader):
 *  undefined when the table lists `self` in no war or the document names none of its enemies;
 *  null when it is not clear — a tie, or enemies of more than one war and none named half again
 *  as often as the next (a story of Turkey at war names the PKK and ISIS). */
export function enemyOf(doc: Document, self: string): string | null | undefined {
  const mine = sidesOf(self);
  if (!mine) return undefined;
  const body = strongest(doc, self, mine, "ORG");
  return body !== undefined ? body : strongest(doc, self, mine, "GPE");
}

/** The one enemy body of `self` (an organization: a force, a group, a government) that the text
 *  between `start` and `end` (a sentence) names, or null when it names none or several: "انسحبت القوات
 *  العراقية من المدينة إثر هجوم للتنظيم" is aimed at the Iraqi forces the sentence names, not at the
 *  enemy the story names most. (Not a state: "تقود السعودية تحالفا لمنع الحوثيين من السيطرة" names
 *  the coalition's leader, not whom the Houthis fight.) */
export function enemyWithin(doc: Document, self: string, start: number, end: number): string | null {
  const mine = sidesOf(self);
  if (!mine) return null;
  let found: string | null = null;
  for (const e of doc.entities) {
    if (e.id === self || e.type !== "ORG") continue;
    let named = false;
    for (const m of e.mentions) if (m.start >= start && m.end <= end) { named = true; break; }
    if (!named) continue;
    const theirs = sidesOf(e.id);
    if (!theirs || !opposed(mine, theirs)) continue;
    if (found && found !== e.id) return null;
    found = e.id;
  }
  return found;
}

function strongest(doc: Document, self: string, mine: Sides, type: "ORG" | "GPE"): string | null | undefined {
  const wars = new Set<string>();
  let best: string | null = null, n = 0, next = 0;
  for (const e of doc.entities) {
    if (e.id === self || e.type !== type) continue;
    const theirs = sidesOf(e.id);
    const war = theirs ? opposed(mine, theirs) : null;
    if (!war) continue;
    wars.add(war);
    const c = e.mentions.length;
    if (c > n) { next = n; best = e.id; n = c; } else if (c > next) next = c;
  }
  if (!best) return undefined;
  if (wars.size > 1) return 2 * n >= 3 * next ? best : null;
  return n > next ? best : null;
}
