// One knowledge-base row: the column layout every data/kb/*.tsv file shares, and the check that
// turns a raw TSV row into a typed entry or says exactly what is wrong with it (file:line and
// reason). The build step, the loader, `rasid kb add` and the validation tests all use this one
// definition, so the format cannot drift between the people who write rows and the code.
import type { EntityType } from "../core/contract.ts";
import type { TsvRecord, TsvRow } from "../core/tsv.ts";

export const KB_COLUMNS = [
  "id", "type", "subtype", "name", "name_en", "aliases", "adjectives",
  "country", "lat", "lon", "population", "wikidata", "source",
] as const;

export const KB_TYPES: readonly EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "FAC"];

/** Subtypes of news outlets (newspapers, channels, sites, agencies): what relays a quote, and what
 * a name like "المصري اليوم" may be besides an adjective and a word. */
const MEDIA_SUBTYPES: ReadonlySet<string> = new Set(["media", "news_agency"]);
export const isMediaSubtype = (subtype: string): boolean => MEDIA_SUBTYPES.has(subtype);

export interface KbEntry {
  id: string;                 // wd:Q…, gn:<geonameid>, rasid:<ascii-slug>
  type: EntityType;
  subtype: string;            // country, province, city, minister, militant_group, media, …
  name: string;               // canonical Arabic name
  nameEn: string | null;
  aliases: string[];          // other Arabic and Latin names, as written
  adjectives: string[];       // nationality / relational adjectives that refer to it
  country: string | null;     // ISO 3166-1 alpha-2
  lat: number | null;
  lon: number | null;
  population: number | null;
  wikidata: string | null;    // Q-id
  source: string;             // provenance of the row
  file: string;               // where the row was read (for messages)
  line: number;
}

/** A row problem: which row, and why. */
export interface RowProblem { file: string; line: number; id: string; reason: string }

const ID_RE = /^(wd:Q[1-9]\d*|gn:\d+|rasid:[a-z0-9][a-z0-9._-]*)$/;
const QID_RE = /^Q[1-9]\d*$/;
const ISO2_RE = /^[A-Z]{2}$/;

export const splitList = (cell: string | undefined): string[] =>
  (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);

const num = (cell: string | undefined): number | null => {
  const s = (cell ?? "").trim();
  return s === "" ? null : Number(s);
};

/** Check one raw row; returns the entry, or the list of reasons it is unusable. */
export function parseRow(rec: TsvRecord): { entry: KbEntry | null; problems: RowProblem[] } {
  const r = rec.row;
  const problems: RowProblem[] = [];
  const bad = (reason: string) => problems.push({ file: rec.file, line: rec.line, id: r.id ?? "", reason });
  if (!ID_RE.test(r.id ?? "")) bad(`id "${r.id ?? ""}" is not wd:Q…, gn:<number> or rasid:<ascii-slug>`);
  if (!KB_TYPES.includes(r.type as EntityType)) bad(`type "${r.type ?? ""}" is not one of ${KB_TYPES.join("|")}`);
  if (!r.name) bad("name is empty");
  if (!r.source) bad("source is empty (say where the fact came from)");
  if (r.country && !ISO2_RE.test(r.country)) bad(`country "${r.country}" is not an ISO 3166-1 alpha-2 code`);
  if (r.wikidata && !QID_RE.test(r.wikidata)) bad(`wikidata "${r.wikidata}" is not a Q-id`);
  if (r.id?.startsWith("wd:") && r.wikidata && r.id !== `wd:${r.wikidata}`) bad(`id ${r.id} and wikidata ${r.wikidata} disagree`);
  const lat = num(r.lat), lon = num(r.lon), population = num(r.population);
  if ((lat === null) !== (lon === null)) bad("lat and lon must be given together");
  if (lat !== null && !(Number.isFinite(lat) && Math.abs(lat) <= 90)) bad(`lat "${r.lat}" is not a latitude`);
  if (lon !== null && !(Number.isFinite(lon) && Math.abs(lon) <= 180)) bad(`lon "${r.lon}" is not a longitude`);
  if (population !== null && !(Number.isInteger(population) && population >= 0)) bad(`population "${r.population}" is not a whole number`);
  if (problems.length) return { entry: null, problems };
  const wikidata = r.wikidata || (r.id.startsWith("wd:") ? r.id.slice(3) : "") || null;
  return {
    entry: {
      id: r.id, type: r.type as EntityType, subtype: r.subtype ?? "", name: r.name,
      nameEn: r.name_en || null, aliases: splitList(r.aliases), adjectives: splitList(r.adjectives),
      country: r.country || null, lat, lon, population, wikidata, source: r.source,
      file: rec.file, line: rec.line,
    },
    problems,
  };
}

/** The TSV row for an entry (for build steps and `rasid kb add`). */
export function toRow(e: Omit<KbEntry, "file" | "line">): TsvRow {
  const n = (x: number | null) => (x === null ? "" : String(x));
  return {
    id: e.id, type: e.type, subtype: e.subtype, name: e.name, name_en: e.nameEn ?? "",
    aliases: e.aliases.join("|"), adjectives: e.adjectives.join("|"), country: e.country ?? "",
    lat: n(e.lat), lon: n(e.lon), population: n(e.population), wikidata: e.wikidata ?? "", source: e.source,
  };
}

/** A stable ascii slug for rasid: ids ("Islamic State" -> "islamic-state"). */
export const slug = (s: string): string =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
