// `rasid extract` as a user runs it: JSON Lines on stdout, one stderr line per bad input naming
// it, the rest of the batch still written, exit status 0 / 1 / 2.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { rasid, jsonLines, ROOT } from "../helpers/cli.ts";
import { encodeUtf16, encodeWindows1256 } from "../helpers/encodings.ts";

const ARTICLE = fs.readFileSync(path.join(ROOT, "test/fixtures/input/article-utf8.txt"), "utf8");
const ENGLISH = "The foreign ministers met in Amman on Sunday to discuss a ceasefire.\nThey agreed to keep coordinating with the United Nations, officials said after the talks ended.\n";

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "rasid-cli-"));
}

test("one JSON object per input, exit 0", () => {
  const r = rasid(["extract", "test/fixtures/input/article-utf8.txt"]);
  assert.equal(r.status, 0, r.stderr);
  const docs = jsonLines(r.stdout);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].schema, "rasid.document/1");
  assert.equal(docs[0].source.path, "test/fixtures/input/article-utf8.txt");
  assert.match(docs[0].id, /^[0-9a-f]{64}$/);
  assert.equal(docs[0].language, "ar");
  assert.ok(docs[0].text.startsWith(docs[0].title));
});

test("the id is the sha256 of the bytes as read, whatever the encoding does to the text", () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, "a.txt"), ARTICLE);
  fs.writeFileSync(path.join(dir, "b-1256.txt"), encodeWindows1256(ARTICLE.replace(/ّ/g, "ّ")));
  fs.writeFileSync(path.join(dir, "c-utf16.txt"), encodeUtf16(ARTICLE, "le"));
  const r = rasid(["extract", dir]);
  assert.equal(r.status, 0, r.stderr);
  const docs = jsonLines(r.stdout);
  assert.equal(docs.length, 3);
  assert.equal(new Set(docs.map((d) => d.id)).size, 3, "different bytes, different ids");
  assert.equal(docs[0].text, docs[1].text, "windows-1256 decodes to the same text");
  assert.equal(docs[0].text, docs[2].text, "UTF-16 decodes to the same text");
});

test("bad inputs: one stderr line each naming the file and the reason; the others are written; exit 1", () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, "01-good.txt"), ARTICLE);
  fs.writeFileSync(path.join(dir, "02-empty.txt"), "");
  fs.writeFileSync(path.join(dir, "03-image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  fs.writeFileSync(path.join(dir, "04-latin1.txt"), Buffer.from("Le président a déclaré à la presse que la réunion était reportée.", "latin1"));
  fs.writeFileSync(path.join(dir, "05-english.txt"), ENGLISH);
  fs.writeFileSync(path.join(dir, "06-good-again.html"), `<html><head><title>x</title></head><body><article><h1>${ARTICLE.split("\n")[1]}</h1>${ARTICLE.split("\n").slice(3, 6).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
  const r = rasid(["extract", dir, path.join(dir, "missing.txt")]);
  assert.equal(r.status, 1);
  const docs = jsonLines(r.stdout);
  assert.deepEqual(docs.map((d) => path.basename(d.source.path)), ["01-good.txt", "06-good-again.html"]);
  const errs = r.stderr.split("\n").filter((l) => l.startsWith("rasid: ") && /\[E_/.test(l));
  const byFile = (f: string) => errs.find((l) => l.includes(f)) ?? "";
  assert.match(byFile("02-empty.txt"), /empty \[E_EMPTY\]/);
  assert.match(byFile("03-image.txt"), /binary.*\[E_BINARY\]/);
  assert.match(byFile("04-latin1.txt"), /\[E_DECODE\]/);
  assert.match(byFile("05-english.txt"), /not Arabic.*\[E_NOT_ARABIC\]/);
  assert.match(byFile("missing.txt"), /\[E_NOT_FOUND\]/);
  assert.equal(errs.length, 5);
});

test("standard input with -", () => {
  const r = rasid(["extract", "-"], { input: ARTICLE });
  assert.equal(r.status, 0, r.stderr);
  const [doc] = jsonLines(r.stdout);
  assert.equal(doc.source.path, "-");
});

test("JSON Lines records: FILE#ID paths, record dates, bad records reported by line", () => {
  const dir = tmpdir();
  const file = path.join(dir, "day.jsonl");
  const body = ARTICLE.split("\n").slice(3).join("\n");
  const lines = [
    JSON.stringify({ id: "rec-1", title: "عنوان الخبر الأول عن المحادثات", content: body, url: "http://example.org/1", date_extracted: "2015-07-21 02:51:32" }),
    "{not json",
    JSON.stringify({ id: "rec-3", title: "عنوان بلا محتوى", content: "" }),
    JSON.stringify({ title: "خبر بلا معرف", text: body, published: "2016-01-05" }),
  ];
  fs.writeFileSync(file, lines.join("\n") + "\n");
  const r = rasid(["extract", file]);
  assert.equal(r.status, 1);
  const docs = jsonLines(r.stdout);
  assert.deepEqual(docs.map((d) => d.source.path), [`${file}#rec-1`, `${file}#4`]);
  assert.equal(docs[0].published, "2015-07-21");
  assert.equal(docs[0].source.url, "http://example.org/1");
  assert.equal(docs[0].title, "عنوان الخبر الأول عن المحادثات");
  assert.equal(docs[1].published, "2016-01-05");
  assert.match(r.stderr, new RegExp(`${file}#2: .*\\[E_BAD_RECORD\\]`));
  assert.match(r.stderr, new RegExp(`${file}#rec-3: .*\\[E_EMPTY\\]`));
});

test("the same record read twice has the same id (title + content), independent of the file", () => {
  const dir = tmpdir();
  const rec = JSON.stringify({ id: "x", title: "عنوان ثابت للخبر", content: ARTICLE.split("\n").slice(3).join("\n") });
  fs.writeFileSync(path.join(dir, "a.jsonl"), rec + "\n");
  fs.writeFileSync(path.join(dir, "b.jsonl"), rec.replace('"x"', '"y"') + "\n");
  const docs = jsonLines(rasid(["extract", dir]).stdout);
  assert.equal(docs.length, 2);
  assert.equal(docs[0].id, docs[1].id);
});

test("usage errors exit 2", () => {
  assert.equal(rasid(["extract"]).status, 2);
  assert.equal(rasid(["no-such-command"]).status, 2);
});
