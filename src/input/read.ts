// Inputs to RawArticles: each file, record or stdin becomes one article, or one typed error
// naming it; a bad input never stops the batch. Kind (text, HTML, JSON Lines) is sniffed from
// the content, with the extension as a hint only for JSON Lines, which is streamed line by line.
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

/** All inputs named by `paths`, in order. */
export async function* readInputs(paths: string[]): AsyncGenerator<ReadOutcome> {
  for (const ref of expandPaths(paths)) yield* readRef(ref);
}

async function* readRef(ref: InputRef): AsyncGenerator<ReadOutcome> {
  if (ref.kind === "error") { yield ref.error; return; }
  const name = ref.kind === "stdin" ? "-" : ref.path;
  try {
    if (ref.kind === "file" && JSONL_EXT.test(ref.path)) { yield* readJsonLines(ref.path); return; }
    let bytes: Uint8Array;
    if (ref.kind === "stdin") bytes = await readStdin();
    else {
      const size = fs.statSync(ref.path).size;
      if (size > MAX_INPUT_BYTES) throw new RasidError("E_TOO_LARGE", name, `${(size / 1048576).toFixed(1)} MB > ${MAX_INPUT_BYTES / 1048576} MB`);
      bytes = fs.readFileSync(ref.path);
    }
    const { text, encoding } = decode(bytes, name);
    const kind = sniffKind(text);
    if (kind === "jsonl") { yield* linesToArticles(text.split("\n"), name); return; }
    yield { id: sha256(bytes), source: { path: name, url: null }, kind, body: text, title: null, published: null, encoding };
  } catch (e) {
    yield isRasidError(e) ? e : new RasidError("E_NOT_FOUND", name, (e as Error).message);
  }
}

function* linesToArticles(lines: string[], file: string): Generator<ReadOutcome> {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try { yield recordToArticle(lines[i], file, i + 1); } catch (e) {
      yield isRasidError(e) ? e : new RasidError("E_BAD_RECORD", `${file}#${i + 1}`, (e as Error).message);
    }
  }
}

async function* readJsonLines(file: string): AsyncGenerator<ReadOutcome> {
  let n = 0;
  for (const line of fileLines(file)) {
    // let the event loop turn now and then (signals such as Ctrl-C, timers, progress output),
    // as a stream would between its chunks
    if (++n % TURN_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    if (!line.trim()) continue;
    try { yield recordToArticle(line, file, n); } catch (e) {
      yield isRasidError(e) ? e : new RasidError("E_BAD_RECORD", `${file}#${n}`, (e as Error).message);
    }
  }
}

const CHUNK = 1 << 20;
const TURN_EVERY = 16; // lines

/**
 * The lines of a UTF-8 file, read in 1 MB chunks (any size of file, little memory), split as
 * readline splits them (\r\n, \n or a lone \r). Synchronous: a stream and readline cost
 * several times more per record than the parsing itself, for nothing here. Lines are found in
 * the bytes (a newline byte is never part of a multi-byte character) and each is decoded on its
 * own: no decoded chunk to search, join with the previous chunk's rest, and slice.
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
      let at = 0;
      const last = end + got;
      for (let nl = buf.indexOf(10, end); nl >= 0 && nl < last; nl = buf.indexOf(10, at)) {
        // a line that holds a lone \r is two lines to readline
        const line = buf.toString("utf8", at, nl > at && buf[nl - 1] === 13 ? nl - 1 : nl);
        if (line.includes("\r")) yield* line.split("\r"); else yield line;
        at = nl + 1;
      }
      if (at < last) buf.copy(buf, 0, at, last);
      end = last - at;
    }
  } finally {
    fs.closeSync(fd);
  }
}
