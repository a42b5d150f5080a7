// A container's date field ("2015-07-21 02:51:32", "2015-07-21T02:51:32Z", "2015/7/21") to ISO
// YYYY-MM-DD, or null when it is not a plausible date. Dates written in article prose are
// src/text/dates.ts's job.
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
