// CSV of events with ACLED-like columns, for spreadsheets: one row per event, RFC 4180 quoting
// (fields with commas, quotes or line breaks are quoted, quotes doubled), CRLF line ends, and an
// optional UTF-8 byte-order mark so Excel reads Arabic correctly.
import type { Store } from "../store/store.ts";
import { countryName, eventKey, flatEvents, validGeo, type FlatEvent } from "./flatten.ts";
import type { Sink } from "./sink.ts";

export const CSV_COLUMNS = [
  "event_id_cnty", "event_date", "year", "event_type", "sub_event_type",
  "actor1", "actor1_id", "actor2", "actor2_id",
  "iso", "country", "location", "location_id", "latitude", "longitude",
  "source", "source_url", "notes", "fatalities", "hedged", "negated", "trigger", "document_id",
] as const;

export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: (string | number | boolean | null | undefined)[]): string => cells.map(csvCell).join(",") + "\r\n";

export function csvRow(f: FlatEvent): (string | number | boolean | null)[] {
  const geo = validGeo(f.location) ? f.location.geo : null;
  const iso = geo?.country ?? null;
  return [
    `${iso ?? "XX"}-${eventKey(f)}`, f.day, f.day ? f.day.slice(0, 4) : null, f.event.type, f.event.mode,
    f.source?.name ?? null, f.event.source, f.target?.name ?? null, f.event.target,
    iso, countryName(iso), f.location?.name ?? null, f.event.location, geo?.lat ?? null, geo?.lon ?? null,
    f.outlet ?? f.doc.source.path, f.doc.source.url, f.evidence, f.event.fatalities, f.event.hedged, f.event.negated,
    f.event.trigger, f.doc.id,
  ];
}

export async function exportCsv(store: Store, out: Sink, opts: { bom?: boolean } = {}): Promise<number> {
  await out((opts.bom ? "\ufeff" : "") + csvLine([...CSV_COLUMNS]));
  let n = 0;
  for await (const doc of store.stream()) {
    for (const f of flatEvents(doc)) { await out(csvLine(csvRow(f))); n++; }
  }
  return n;
}
