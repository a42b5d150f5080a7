// Search on PostgreSQL: the built-in `arabic` text-search configuration (Snowball stemmer) over
// normalize()d text in a GIN-indexed tsvector, headline weighted above body; when words give
// fewer hits than asked for, pg_trgm proposes documents where a term is attached to clitics
// (بالرقة for الرقة) and each candidate is confirmed in its original text by snippet.ts, exactly
// as the SQLite store does. The stemmer makes the word index find more than SQLite's (الرقة
// also finds الرقه's inflections), never less: a token equal to the query has the same stem.
import type postgres from "postgres";
import { parseQuery, termVariants, trigramTerms } from "../query.ts";
import { findAll, makeSnippet } from "../snippet.ts";
import { TYPE_BIT } from "../aggregates.ts";
import { searchWhere } from "../sqlite/where.ts";
import { clampLimit, type SearchHit, type SearchQuery, type SearchResult } from "../store.ts";
import { all, scalar } from "./sql.ts";

/** At most this many substring candidates are checked per search (bounds latency on huge corpora). */
const TRIGRAM_CANDIDATES = 200;

interface Row { n: number; id: string; title: string; published: string | null; outlet: string | null; text: string }

/** Every term in one of its forms, phrases as phrases: (v1 | v2) & (w1) … as SQL and parameters. */
function tsQuery(terms: string[]): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = terms.map((t) => {
    const vs = termVariants(t);
    params.push(...vs);
    return "(" + vs.map(() => "phraseto_tsquery('arabic', ?)").join(" || ") + ")";
  });
  return { sql: parts.join(" && "), params };
}

export async function search(db: postgres.Sql, sq: SearchQuery): Promise<SearchResult> {
  const limit = clampLimit(sq.limit);
  const offset = Math.max(0, sq.offset ?? 0);
  const terms = parseQuery(sq.q ?? "");
  const w = searchWhere(sq, TYPE_BIT);   // documents.types (migration 4)
  const cols = "d.n, d.id, d.title, d.published, d.outlet, d.text";

  if (!terms.length) {
    const rows = await all<Row>(db, `SELECT ${cols} FROM documents d ${w.sql()} ORDER BY d.published DESC NULLS LAST, d.n DESC LIMIT ? OFFSET ?`, [...w.params, limit, offset]);
    const total = await scalar(db, `SELECT count(*) FROM documents d ${w.sql()}`, w.params);
    return { hits: rows.map((r) => hit(r, [], 0, "none")), total, approximate: false };
  }

  const tq = tsQuery(terms);
  const match = `d.tsv @@ (${tq.sql})`;
  const wordTotal = await scalar(db, `SELECT count(*) FROM documents d WHERE ${match}${w.and()}`, [...tq.params, ...w.params]);
  const hits: SearchHit[] = [];
  if (offset < wordTotal) {
    const ranked = await all<Row & { score: number }>(db,
      `SELECT ${cols}, -ts_rank(d.tsv, (${tq.sql})) AS score FROM documents d WHERE ${match}${w.and()} ORDER BY score, d.id LIMIT ? OFFSET ?`,
      [...tq.params, ...tq.params, ...w.params, limit, offset]);
    for (const r of ranked) hits.push(hit(r, findAll(r.text, terms) ?? [], r.score, "word"));
  }
  if (wordTotal >= offset + limit) return { hits, total: wordTotal, approximate: false };

  // Substring candidates (every long term inside the folded text), confirmed one by one; the page continues after the word hits.
  const long = trigramTerms(terms);
  if (!long.length) return { hits, total: wordTotal, approximate: false };
  // a term may also be typed with a conjunction the text does not have (وصنعاء): its loose forms
  const likes = long.map((t) => termVariants(t, true).map((v) => "%" + v.replace(/[\\%_]/g, (c) => "\\" + c) + "%"));
  const candidates = await all<Row & { score: number }>(db,
    `SELECT ${cols}, 0 AS score FROM documents d
     WHERE ${likes.map((vs) => "(" + vs.map(() => "d.norm_text LIKE ?").join(" OR ") + ")").join(" AND ")}${w.and()} AND NOT (${match})
     ORDER BY d.published DESC NULLS LAST, d.n DESC LIMIT ?`,
    [...likes.flat(), ...w.params, ...tq.params, TRIGRAM_CANDIDATES + 1]);
  let extra = 0;
  const skip = Math.max(0, offset - wordTotal);
  for (const c of candidates.slice(0, TRIGRAM_CANDIDATES)) {
    const highlights = findAll(c.text, terms, undefined, true);
    if (!highlights) continue;
    if (extra >= skip && hits.length < limit) hits.push(hit(c, highlights, c.score, "substring"));
    extra++;
  }
  return { hits, total: wordTotal + extra, approximate: candidates.length > TRIGRAM_CANDIDATES };
}

function hit(row: Row, highlights: SearchHit["snippet"]["highlights"], score: number, match: SearchHit["match"]): SearchHit {
  return { id: row.id, title: row.title, published: row.published, outlet: row.outlet, score, match, snippet: makeSnippet(row.text, highlights) };
}
