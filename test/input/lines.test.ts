// fileLines: a JSON Lines file read in chunks splits exactly as readline would (\r\n, \n, a lone
// \r), whatever the chunk boundaries, and multi-byte characters cut by a boundary stay whole.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { test } from "node:test";
import { fileLines } from "../../src/input/read.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-lines-"));
const write = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };

async function viaReadline(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) out.push(l);
  return out;
}

const CASES: [string, string, string[]][] = [
  ["lines and a last line without a break", '{"title":"الرياض"}\n{"title":"جدة"}', ['{"title":"الرياض"}', '{"title":"جدة"}']],
  ["a final break adds no empty line", "أ\nب\n", ["أ", "ب"]],
  ["CRLF and a lone CR", "أ\r\nب\rج\n", ["أ", "ب", "ج"]],
  ["empty lines are kept (they count for line numbers)", "أ\n\n\nب", ["أ", "", "", "ب"]],
  ["empty file", "", []],
];
for (const [name, text, expected] of CASES) {
  test(`fileLines: ${name}`, async () => {
    const f = write(name.replace(/\W+/g, "-") + ".jsonl", text);
    assert.deepEqual([...fileLines(f)], expected);
    assert.deepEqual([...fileLines(f)], await viaReadline(f));
  });
}

test("fileLines: a file larger than one chunk, CRLF and Arabic letters across the boundaries", async () => {
  const line = '{"content":"قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا"}';
  const text = Array.from({ length: 40000 }, (_, i) => line + (i % 3 === 0 ? "\r\n" : "\n")).join("");
  const f = write("big.jsonl", text);
  const got = [...fileLines(f)];
  assert.equal(got.length, 40000);
  assert.ok(got.every((l) => l === line));
  assert.deepEqual(got, await viaReadline(f));
});

test("fileLines: a line longer than one chunk (the buffer grows), then more lines", async () => {
  const long = '{"content":"' + "قال المتحدث إن الاجتماع سيعقد غدا. ".repeat(40000) + '"}';
  const f = write("long.jsonl", `${long}\r\n{"title":"جدة"}\n\rأ`);
  const got = [...fileLines(f)];
  assert.deepEqual(got.map((l) => l.length), [long.length, 15, 0, 1]);
  assert.equal(got[0], long);
  assert.deepEqual(got, await viaReadline(f));
});

test("fileLines: invalid UTF-8 gives U+FFFD as readline does; U+0A0A and U+010A do not split a line", async () => {
  const f = path.join(dir, "bad.jsonl");
  fs.writeFileSync(f, Buffer.concat([Buffer.from("أ\n"), Buffer.from([0x61, 0xe0, 0x80, 0x62, 0x0a, 0xff, 0x0d, 0x0a]), Buffer.from("ਊĊب\r\nج")]));
  const got = [...fileLines(f)];
  assert.deepEqual(got, ["أ", "a\ufffd\ufffdb", "\ufffd", "ਊĊب", "ج"]);
  assert.deepEqual(got, await viaReadline(f));
  const g = write("units.jsonl", "ਊĊب\nਊ\r\nĊ");
  assert.deepEqual([...fileLines(g)], ["ਊĊب", "ਊ", "Ċ"]);
});
