// readInputs: every input named, in order, one outcome each (records of a JSON Lines file one
// by one, a page, a missing path as its error), whatever mix of kinds; stopping early closes.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { isRasidError } from "../../src/core/errors.ts";
import { readInputs } from "../../src/input/read.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rasid-inputs-"));
const write = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };
const rec = (id: string, title: string, content: string) => JSON.stringify({ id, title, content, date: "2024-03-02" });

const many = Array.from({ length: 40 }, (_, i) => rec(`r${i}`, `خبر ${i}`, `أعلنت الوزارة اليوم عن الخطة رقم ${i}.`)).join("\n");
const jsonl = write("news.jsonl", [rec("a", "زيارة", "وصل الوزير إلى الرياض."), "", "{not json", rec("b", "قمة", "انعقدت القمة في الدوحة.")].join("\n"));
const big = write("big.jsonl", many);
const page = write("page.txt", "اجتمع مجلس الوزراء أمس وناقش الموازنة العامة للدولة.\n");
const byContent = write("records.txt", [rec("c", "اتفاق", "وقع الطرفان اتفاقا للتعاون."), rec("d", "تعاون", "بحث الجانبان التعاون.")].join("\n"));

const label = (o: unknown) => (isRasidError(o) ? `error ${o.code} ${o.input}` : `${(o as { source: { path: string } }).source.path}`);

test("readInputs: records, errors and pages in the order named", async () => {
  const got: string[] = [];
  for await (const o of readInputs([jsonl, path.join(dir, "missing.txt"), page, byContent])) got.push(label(o));
  assert.deepEqual(got, [
    `${jsonl}#a`,
    `error E_BAD_RECORD ${jsonl}#3`,
    `${jsonl}#b`,
    `error E_NOT_FOUND ${path.join(dir, "missing.txt")}`,
    page,
    `${byContent}#c`,
    `${byContent}#d`,
  ]);
});

test("readInputs: a long file goes through event-loop turns without losing or reordering records", async () => {
  const got: string[] = [];
  for await (const o of readInputs([big, big])) got.push(label(o));
  const once = Array.from({ length: 40 }, (_, i) => `${big}#r${i}`);
  assert.deepEqual(got, [...once, ...once]);
});

test("readInputs: next() called twice without waiting keeps the order", async () => {
  const it = readInputs([page, jsonl]);
  const [a, b, c] = await Promise.all([it.next(), it.next(), it.next()]);
  assert.deepEqual([a, b, c].map((r) => label(r.value)), [page, `${jsonl}#a`, `error E_BAD_RECORD ${jsonl}#3`]);
});

test("readInputs: breaking out early ends the iteration", async () => {
  const it = readInputs([big]);
  for await (const o of it) { assert.equal(label(o), `${big}#r0`); break; }
  assert.deepEqual(await it.next(), { value: undefined, done: true });
});
