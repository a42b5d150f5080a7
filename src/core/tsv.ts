// The one reader for the project's data files (data/kb/*.tsv, data/lexicon/*.tsv): tab-separated,
// a header row naming the columns, `#` lines are comments, blank lines ignored. Rows come back
// as objects keyed by the header, with the file and line kept for error messages.
import fs from "node:fs";

export interface TsvRow { [column: string]: string }
export interface TsvRecord { row: TsvRow; file: string; line: number }

export function parseTsv(content: string, file = "<tsv>"): TsvRecord[] {
  const out: TsvRecord[] = [];
  let header: string[] | null = null;
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    if (!raw.trim() || raw.startsWith("#")) continue;
    const cells = raw.split("\t");
    if (!header) { header = cells.map((c) => c.trim()); continue; }
    const row: TsvRow = {};
    header.forEach((h, j) => { row[h] = (cells[j] ?? "").trim(); });
    out.push({ row, file, line: i + 1 });
  }
  return out;
}

export function readTsv(file: string): TsvRecord[] {
  return parseTsv(fs.readFileSync(file, "utf8"), file);
}

/**
 * A data file's rows grouped by key, in file order: `entry` gives a row's key and value, or null to
 * skip it. An absent file gives an empty table (optional data: region parts, state references).
 */
export function groupTsv<T>(file: string, entry: (row: TsvRow) => readonly [string, T] | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  if (!fs.existsSync(file)) return out;
  for (const r of readTsv(file)) {
    const e = entry(r.row);
    if (!e) continue;
    const list = out.get(e[0]);
    if (list) list.push(e[1]); else out.set(e[0], [e[1]]);
  }
  return out;
}

/** Write rows under a header; cells must not hold tabs or newlines (they are replaced by spaces). */
export function formatTsv(header: string[], rows: TsvRow[], comments: string[] = []): string {
  const clean = (s: string | undefined) => (s ?? "").replace(/[\t\r\n]+/g, " ");
  return [...comments.map((c) => `# ${c}`), header.join("\t"), ...rows.map((r) => header.map((h) => clean(r[h])).join("\t"))].join("\n") + "\n";
}
