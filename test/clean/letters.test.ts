// Cleaning drops lines and tidies whitespace; it never changes a letter. Every line of the output
// is a piece of the input (modulo whitespace and invisible marks): diacritics, tatweel, ى and ي,
// ة and ه, hamza forms and Eastern Arabic digits all come out as they went in.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { clean } from "../../src/clean/clean.ts";
import { blockTexts } from "../../src/clean/blocks.ts";
import { rawOf } from "./raw.ts";

const DIR = path.join(import.meta.dirname, "../fixtures/clean");
const SAMPLES = path.join(import.meta.dirname, "../../samples");
const squash = (s: string) => s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g, "").replace(/\s+/g, " ").trim();

function pageText(file: string, body: string): string {
  return file.endsWith(".html") ? blockTexts(parseHTML(body).document.body as any).join("\n") : body;
}

test("every output line is a piece of the input, letters unchanged", () => {
  const files = [DIR, SAMPLES].flatMap((d) => fs.readdirSync(d).filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(d, f)));
  assert.ok(files.length >= 15);
  for (const f of files) {
    const body = fs.readFileSync(f, "utf8");
    const source = squash(pageText(f, body));
    for (const line of clean(rawOf(f, body)).text.split("\n")) {
      assert.ok(source.includes(squash(line)), `${f}: not in the input: ${line}`);
    }
  }
});

test("orthography survives cleaning exactly", () => {
  const head = "مصرُ تُدينُ الهجومَ علي كمين العريش وتتوعد المنفذين";
  const body = [
    "أدانت وزارة الخارجية المصرية الهجـــوم الذي استهدف كميناً أمنياً في مدينة العريش، وأسفر عن مقتل ٧ جنود وإصابة ١٢ آخرين، مؤكدةً أن مصر ماضية في الحرب على الإرهاب حتى النهاية.",
    "وقال المتحدث باسم الوزارة إن القاهرة \u200fلن تتهاون\u200f مع من يمد الجماعات المسلحة بالسلاح والمال، مضيفاً أن التحقيقات جارية لتحديد هوية المهاجمين والجهة التي تقف وراءهم فى سيناء.",
  ];
  const out = clean({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: [head, "", ...body].join("\r\n"), title: null, published: null, encoding: "utf-8" });
  assert.equal(out.title, head);
  assert.deepEqual(out.text.split("\n").slice(1), [body[0], body[1].replace(/\u200f/g, "")]);
});
