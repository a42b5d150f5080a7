// Inputs to RawArticles: each file, record or stdin becomes one article, or one typed error
// naming it; a bad input never stops the batch. Kind (text, HTML, JSON Lines) is sniffed from
// the content, with the extension as a hint only for JSON Lines, which is streamed line by line.
import { transcode } from "node:buffer";
import fs from "node:fs";
import { RasidError, isRasidError } from "../core/errors.ts";
import type { RawArticle } from "../core/document.ts";
import { decode, MAX_INPUT_BYTES } from "./decode.ts";
import { sha256 } from "./hash.ts";
import { recordToArticle } from "./records.ts";
import { expandPaths, readStdin, type InputRef } from "./sources.ts";

export type ReadOutcome = RawArticle | RasidError;

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;

export function sniffKind(text: string): "html" | "jsonl" | "text" {
  if (HTML_START.test(text)) return "html";
  const t = text.trimStart();
  if (t.startsWith("{")) {
    const first = t.slice(0, t.indexOf("\n") >= 0 ? t.indexOf("\n") : undefined);
    try { const o = JSON.parse(first); if (o && typeof o === "object") return "jsonl"; } catch { /* not JSON Lines */ }
  }
  // a page fragment without <html>: many tags per line of text
  const tags = (text.slice(0, 20000).match(/<\/?(p|div|span|a|br|li|ul|h[1-6]|article|section|script|meta)\b[^>]*>/gi) ?? []).length;
  if (tags >= 5 && tags > text.slice(0, 20000).split("\n").length / 4) return "html";
  return "text";
}

/**
 * All inputs named by `paths`, in order. JSON Lines records come from a synchronous generator
 * through a small async iterator: one resolved promise per record, where two nested async
 * generators (file, then record) cost about twice the promises and microtask turns, ~3 µs a
 * record. Every TURN_EVERY records the event loop turns (signals such as Ctrl-C, timers,
 * progress output), as a stream would between its chunks.
 */
export function readInputs(paths: string[]): AsyncIterableIterator<ReadOutcome> {
  return new Inputs(paths);
}

class Inputs implements AsyncIterableIterator<ReadOutcome> {
  private refs: Iterator<InputRef>;
  private records: Iterator<ReadOutcome> | null = null; // the outcomes of the input being read
  private opening: Promise<IteratorResult<ReadOutcome>> | null = null; // an input being read asynchronously
  private n = 0;
  constructor(paths: string[]) { this.refs = expandPaths(paths)[Symbol.iterator](); }
  [Symbol.asyncIterator](): AsyncIterableIterator<ReadOutcome> { return this; }

  next(): Promise<IteratorResult<ReadOutcome>> {
    if (this.opening) return this.opening.then(() => this.next()); // calls made without waiting keep their order
    for (;;) {
      if (this.records) {
        const r = this.records.next();
        if (!r.done) {
          if (++this.n % TURN_EVERY === 0) return new Promise((resolve) => setImmediate(resolve, r));
          return Promise.resolve(r);
        }
        this.records = null;
      }
      const ref = this.refs.next();
      if (ref.done) return Promise.resolve({ value: undefined, done: true });
      if (ref.value.kind === "file" && JSONL_EXT.test(ref.value.path)) { this.records = jsonLines(ref.value.path); continue; }
      return (this.opening = readRef(ref.value).then((records) => {
        this.opening = null;
        this.records = records[Symbol.iterator]();
        return this.next();
      }));
    }
  }

  return(): Promise<IteratorResult<ReadOutcome>> {
    this.records?.return?.(undefined); // closes the file
    this.records = null;
    this.refs.return?.(undefined);
    return Promise.resolve({ value: undefined, done: true });
  }
}

/** The outcomes of an input that is not JSON Lines by its name: one page, or the records of JSON Lines found by content. */
async function readRef(ref: InputRef): Promise<Iterable<ReadOutcome>> {
  if (ref.kind === "error") return [ref.error];
  const name = ref.kind === "stdin" ? "-" : ref.path;
  try {
    let bytes: Uint8Array;
    if (ref.kind === "stdin") bytes = await readStdin();
    else {
      const size = fs.statSync(ref.path).size;
      if (size > MAX_INPUT_BYTES) throw new RasidError("E_TOO_LARGE", name, `${(size / 1048576).toFixed(1)} MB > ${MAX_INPUT_BYTES / 1048576} MB`);
      bytes = fs.readFileSync(ref.path);
    }
    const { text, encoding } = decode(bytes, name);
    const kind = sniffKind(text);
    if (kind === "jsonl") return linesToArticles(text.split("\n"), name);
    return [{ id: sha256(bytes), source: { path: name, url: null }, kind, body: text, title: null, published: null, encoding }];
  } catch (e) {
    return [isRasidError(e) ? e : new RasidError("E_NOT_FOUND", name, (e as Error).message)];
  }
}

function* linesToArticles(lines: string[], file: string): Generator<ReadOutcome> {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim()) yield recordOutcome(lines[i], file, i + 1);
  }
}

/** One record's article, or the typed error that names it (a bad record never stops the file). */
function recordOutcome(line: string, file: string, lineNo: number): ReadOutcome {
  try { return recordToArticle(line, file, lineNo); } catch (e) {
    return isRasidError(e) ? e : new RasidError("E_BAD_RECORD", `${file}#${lineNo}`, (e as Error).message);
  }
}

/** The records of a JSON Lines file; a file that cannot be read (or stops being readable) ends with one E_NOT_FOUND. */
function* jsonLines(file: string): Generator<ReadOutcome> {
  let n = 0;
  try {
    for (const line of fileLines(file)) {
      n++;
      if (line.trim()) yield recordOutcome(line, file, n);
    }
  } catch (e) {
    yield isRasidError(e) ? e : new RasidError("E_NOT_FOUND", file, (e as Error).message);
  }
}

const CHUNK = 1 << 20;
const TURN_EVERY = 16; // records

/**
 * The lines of a UTF-8 file, read in 1 MB chunks (any size of file, little memory), split as
 * readline splits them (\r\n, \n or a lone \r). Synchronous: a stream and readline cost
 * several times more per record than the parsing itself, for nothing here. The complete lines of
 * a chunk are decoded at once through ICU's transcoder into UTF-16 (3-4× faster than V8's UTF-8
 * decoder on Arabic text), and each line copied out of that; bytes ICU refuses (invalid UTF-8)
 * are decoded line by line as before, with U+FFFD for what is invalid.
 */
export function* fileLines(file: string): Generator<string> {
  const fd = fs.openSync(file, "r");
  try {
    let buf = Buffer.allocUnsafe(CHUNK);
    let end = 0; // buf[0, end) holds bytes read and not yet yielded: the start of a line
    for (;;) {
      if (end === buf.length) { const bigger = Buffer.allocUnsafe(buf.length * 2); buf.copy(bigger, 0, 0, end); buf = bigger; }
      const got = fs.readSync(fd, buf, end, buf.length - end, null);
      if (!got) {
        if (end > 0) {
          const line = buf.toString("utf8", 0, buf[end - 1] === 13 ? end - 1 : end);
          if (line.includes("\r")) yield* line.split("\r"); else yield line;
        }
        return;
      }
      const last = end + got;
      // the complete lines: up to the last newline byte (a newline byte is never part of a
      // multi-byte character)
      const nl = buf.lastIndexOf(10, last - 1);
      if (nl < end) { end = last; continue; }
      const units = utf16(buf.subarray(0, nl + 1));
      yield* units ? utf16Lines(units) : utf8Lines(buf, nl + 1);
      if (nl + 1 < last) buf.copy(buf, 0, nl + 1, last);
      end = last - nl - 1;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function utf16(bytes: Buffer): Buffer | null {
  try { return transcode(bytes, "utf8", "utf16le"); } catch { return null; }
}

/** Lines of UTF-16LE units that end with a newline. */
function* utf16Lines(u: Buffer): Generator<string> {
  let at = 0;
  for (let nl = u.indexOf(10, 0); nl >= 0; nl = u.indexOf(10, nl + 1)) {
    if (nl & 1 || u[nl + 1] !== 0) continue; // a byte of another unit (U+0A00..U+0AFF, U+..0A)
    const e = nl - 2 >= at && u[nl - 2] === 13 && u[nl - 1] === 0 ? nl - 2 : nl;
    const line = u.toString("utf16le", at, e);
    if (line.includes("\r")) yield* line.split("\r"); else yield line; // a lone \r ends a line too
    at = nl + 2;
  }
}

/** Lines of UTF-8 bytes buf[0, n) that end with a newline, each decoded on its own. */
function* utf8Lines(buf: Buffer, n: number): Generator<string> {
  let at = 0;
  for (let nl = buf.indexOf(10, 0); nl >= 0 && nl < n; nl = buf.indexOf(10, at)) {
    const line = buf.toString("utf8", at, nl > at && buf[nl - 1] === 13 ? nl - 1 : nl);
    if (line.includes("\r")) yield* line.split("\r"); else yield line;
    at = nl + 1;
  }
}
