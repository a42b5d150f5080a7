// The NER model's weights in a binary file, so a process starts without parsing them as JSON.
// ner-perceptron.json is ~42k features of 9 numbers each: JSON.parse made ~42k arrays of doubles
// and Object.entries ~42k pairs, ~0.5 s of CPU and most of the start-up's collections
// (bench/PERF.md, session 15), in every process and every worker of `rasid extract -j`. The
// cache holds the same numbers: the feature names (UTF-16, one a line), their weights as the
// Float32 values the tagger keeps anyway, with the word features packed as first sight reads them
// (model-weights.ts; views of the file, nothing rebuilt), and the small parts (labels, transitions, document memory) as JSON, whose doubles round-trip exactly. It
// lives in data/models/generated/ (built, never edited, not in git) and is valid only for the
// model file it was made from (path, size, modification time); a cache that cannot be read or
// written is simply not used.
import fs from "node:fs";
import path from "node:path";

import type { Weights } from "./model-weights.ts";

const FORMAT = "rasid.ner-cache/1";

/** The model file's contents, its weights in model-weights.ts's layout. */
export interface ModelParts { version: number; labels: string[]; trans: number[]; doc?: Record<string, number[]>; weights: Weights }

// The file: a little-endian u32 (the header's length), the header (JSON), then, each at a multiple
// of 8: the feature names and the word names (UTF-16, one a line), `ats` (Int32), `rows` and
// `packed` (Float32, this machine's byte order: the cache is made where it is read).
interface Header {
  format: string; stamp: string; version: number; labels: string[]; trans: number[]; doc?: Record<string, number[]>;
  /** Lengths: names, word names (count and UTF-16 units of each list), rows and packed (floats). */
  names: number; namesChars: number; words: number; wordsChars: number; rows: number; packed: number;
}

/** Where the cache of model `file` lives: a folder "generated" beside it. */
export const cacheFileOf = (file: string): string => path.join(path.dirname(file), "generated", path.basename(file, ".json") + ".bin");

/** What the cache must match: the model file's path, size and modification time ("" when it cannot be read). */
export function modelStamp(file: string): string {
  try { const st = fs.statSync(file); return `${FORMAT}\t${path.resolve(file)}\t${st.size}\t${st.mtimeMs}`; } catch { return ""; }
}

const align = (n: number): number => (n + 7) & ~7;

/** The byte offsets of the sections after a header of `headLen` bytes, and the file's length. */
function layout(headLen: number, h: Header): { names: number; words: number; ats: number; rows: number; packed: number; end: number } {
  const names = align(4 + headLen), words = align(names + 2 * h.namesChars), ats = align(words + 2 * h.wordsChars);
  const rows = align(ats + 4 * h.words), packed = align(rows + 4 * h.rows);
  return { names, words, ats, rows, packed, end: packed + 4 * h.packed };
}

const lines = (buf: Buffer, at: number, chars: number, count: number): string[] =>
  count === 0 ? [] : buf.toString("utf16le", at, at + 2 * chars).split("\n");

/** A typed view of buf[at, at + 4n): the file's own bytes when 4-aligned in their buffer, else a copy. */
function view<T>(make: new (b: ArrayBufferLike, at: number, n: number) => T, buf: Buffer, at: number, n: number): T {
  const x = buf.byteOffset + at;
  return x % 4 === 0 ? new make(buf.buffer, x, n) : new make(buf.buffer.slice(x, x + 4 * n), 0, n);
}

/** The parts of the model cached in `cache` when its stamp is `stamp`, else null. */
export function readModelCache(cache: string, stamp: string): ModelParts | null {
  if (stamp === "") return null;
  let buf: Buffer;
  try { buf = fs.readFileSync(cache); } catch { return null; }
  if (buf.length < 4) return null;
  const headLen = buf.readUInt32LE(0);
  let h: Header;
  try { h = JSON.parse(buf.toString("utf8", 4, 4 + headLen)); } catch { return null; }
  if (h?.format !== FORMAT || h.stamp !== stamp) return null;
  const at = layout(headLen, h);
  if (at.end !== buf.length) return null;
  const names = lines(buf, at.names, h.namesChars, h.names), words = lines(buf, at.words, h.wordsChars, h.words);
  if (names.length !== h.names || words.length !== h.words) return null;
  const weights: Weights = {
    names, rows: view(Float32Array, buf, at.rows, h.rows),
    words, ats: view(Int32Array, buf, at.ats, h.words), packed: view(Float32Array, buf, at.packed, h.packed),
  };
  return { version: h.version, labels: h.labels, trans: h.trans, doc: h.doc, weights };
}

/** Write the cache (atomically: parallel workers may race; the last rename wins whole). Names that hold a line break are not cached. */
export function writeModelCache(cache: string, stamp: string, p: ModelParts): void {
  const w = p.weights;
  if (stamp === "" || w.names.some((n) => n.includes("\n"))) return;
  const names = w.names.join("\n"), words = w.words.join("\n");
  const h: Header = {
    format: FORMAT, stamp, version: p.version, labels: p.labels, trans: p.trans, doc: p.doc,
    names: w.names.length, namesChars: names.length, words: w.words.length, wordsChars: words.length, rows: w.rows.length, packed: w.packed.length,
  };
  const head = Buffer.from(JSON.stringify(h), "utf8");
  const at = layout(head.length, h);
  const buf = Buffer.alloc(at.end);
  buf.writeUInt32LE(head.length, 0);
  head.copy(buf, 4);
  buf.write(names, at.names, "utf16le");
  buf.write(words, at.words, "utf16le");
  const bytes = (a: Float32Array | Int32Array) => Buffer.from(a.buffer, a.byteOffset, 4 * a.length);
  bytes(w.ats).copy(buf, at.ats);
  bytes(w.rows).copy(buf, at.rows);
  bytes(w.packed).copy(buf, at.packed);
  const tmp = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.writeFileSync(tmp, buf);
    fs.renameSync(tmp, cache);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}
