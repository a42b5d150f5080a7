// Search in SQLite: FTS5 over normalize()d text, ranked by bm25 (headline weighted above body).
// Words first; when they give fewer hits than asked for, the trigram index proposes documents
// where a term is attached to clitics (بالرقة for الرقة), confirmed by the word index holding
// one of the term's attached forms (so "مصر" does not bring "مصرف"). Snippets and highlights
// are computed from the original text (snippet.ts), with offsets into it.
import type Database from "better-sqlite3";
import { TYPE_BIT } from "../aggregates.ts";
import { attachedForms } from "../clitics.ts";
import { ftsWordQuery, parseQuery, termVariants, trigramTerms } from "../query.ts";
import { findAll, makeSnippet } from "../snippet.ts";
import { clampLimit, type SearchHit, type SearchQuery, type SearchResult } from "../store.ts";
import { unpack } from "./pack.ts";
import { prepared } from "./statements.ts";
import { searchWhere } from "./where.ts";

const TITLE_WEIGHT = 4;

interface Row { n: number; id: string; title: string; published: string | null; outlet: string | null; text: string }

/** Trigram query: every trigram of the term (any of its forms), for an index kept without positions. */
export function ftsTrigramQuery(terms: string[]): string {
  return terms.map((t) => {
    const forms = termVariants(t, true).map((v) => {
      const chars = [...v];
      const grams = new Set<string>();
      for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(""));
      return `(${[...grams].map((g) => `"${g}"`).join(" AND ")})`;
    });
    return forms.length === 1 ? forms[0] : `(${forms.join(" OR ")})`;
  }).join(" AND ");
}

export function search(db: Database.Database, sq: SearchQuery): SearchResult {
  const limit = clampLimit(sq.limit);
  const offset = Math.max(0, sq.offset ?? 0);
  const terms = parseQuery(sq.q ?? "");
  const w = searchWhere(sq, TYPE_BIT);
  const stmt = prepared(db, "SELECT d.n, d.id, d.title, d.published, d.outlet, t.text FROM documents d JOIN document_text t ON t.n = d.n WHERE d.n = ?");
  const load = { get: (n: number): Row => { const r = stmt.get(n) as Omit<Row, "text"> & { text: Buffer }; return { ...r, text: unpack(r.text) }; } };

  if (!terms.length) {
    const rows = prepared(db, `SELECT d.n FROM documents d ${w.sql()} ORDER BY d.published DESC, d.n DESC LIMIT ? OFFSET ?`, "pluck")
      .all(...w.params, limit, offset) as number[];
    const total = prepared(db, `SELECT count(*) FROM documents d ${w.sql()}`, "pluck").get(...w.params) as number;
    return { hits: rows.map((n) => hit(load.get(n), [], 0, "none")), total, approximate: false };
  }

  // the documents table is joined only when a filter needs it: the index alone counts and ranks
  const from = w.conds.length ? "fts_words JOIN documents d ON d.n = fts_words.rowid" : "fts_words";
  const match = ftsWordQuery(terms);
  const wordTotal = prepared(db, `SELECT count(*) FROM ${from} WHERE fts_words MATCH ?${w.and()}`, "pluck").get(match, ...w.params) as number;
  const hits: SearchHit[] = [];
  if (offset < wordTotal) {
    const ranked = prepared(db, `SELECT fts_words.rowid AS n, bm25(fts_words, ${TITLE_WEIGHT}, 1) AS score FROM ${from}
                                 WHERE fts_words MATCH ?${w.and()} ORDER BY score LIMIT ? OFFSET ?`)
      .all(match, ...w.params, limit, offset) as { n: number; score: number }[];
    for (const r of ranked) {
      const row = load.get(r.n);
      hits.push(hit(row, findAll(row.text, terms) ?? [], r.score, "word"));
    }
  }
  if (wordTotal >= offset + limit) return { hits, total: wordTotal, approximate: false };

  // Clitic-attached forms (بالرقه, وللرقه, …; see clitics.ts) spelled out for the word index.
  // The trigram index (no positions, so cheap) first tells whether any document holds the
  // terms at all: most misspelt or absent words stop there. (Joining the two indexes in one
  // statement makes SQLite probe the word index row by row: far slower than two steps.)
  // The page continues after the word hits; highlights come from the text (snippet.ts), which
  // also drops the rare form the folded index cannot tell apart (رياضة is not رياض + ـه).
  const long = trigramTerms(terms);
  if (!long.length) return { hits, total: wordTotal, approximate: false };
  const anyTrigram = prepared(db, "SELECT 1 FROM fts_trigram WHERE fts_trigram MATCH ? LIMIT 1", "pluck").get(ftsTrigramQuery(long));
  if (!anyTrigram) return { hits, total: wordTotal, approximate: false };
  const forms = terms.map((t) => `(${termVariants(t, true).flatMap(attachedForms).map((f) => `"${f}"`).join(" OR ")})`).join(" AND ");
  const rest = `FROM ${from} WHERE fts_words MATCH ?${w.and()} AND fts_words.rowid NOT IN (SELECT rowid FROM fts_words WHERE fts_words MATCH ?)`;
  const params = [forms, ...w.params, match];
  const extra = prepared(db, `SELECT count(*) ${rest}`, "pluck").get(...params) as number;
  const skip = Math.max(0, offset - wordTotal);
  let dropped = 0;
  if (hits.length < limit && skip < extra) {
    const rows = prepared(db, `SELECT fts_words.rowid AS n, bm25(fts_words, ${TITLE_WEIGHT}, 1) AS score ${rest} ORDER BY score LIMIT ? OFFSET ?`)
      .all(...params, limit - hits.length, skip) as { n: number; score: number }[];
    for (const c of rows) {
      const row = load.get(c.n);
      const highlights = findAll(row.text, terms, undefined, true);
      if (highlights) hits.push(hit(row, highlights, c.score, "substring"));
      else dropped++;
    }
  }
  return { hits, total: wordTotal + extra - dropped, approximate: dropped > 0 };
}

function hit(row: Row, highlights: SearchHit["snippet"]["highlights"], score: number, match: SearchHit["match"]): SearchHit {
  return {
    id: row.id, title: row.title, published: row.published, outlet: row.outlet, score, match,
    snippet: makeSnippet(row.text, highlights),
  };
}
