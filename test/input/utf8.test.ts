// utf8(): the bytes V8 would write for a string, or the string itself where it keeps them
import assert from "node:assert/strict";
import { test } from "node:test";
import { utf8 } from "../../src/input/utf8.ts";

const para = "قال المتحدث باسم الوزارة إن الوفد وصل إلى الرياض صباح اليوم لبحث التعاون.\n";
const cases: [string, string][] = [
  ["a short line stays a string", "عنوان قصير"],
  ["an article", para.repeat(40)],
  ["emoji and other planes", "😀 مجلس الأمن 𝔸 ".repeat(30)],
  ["a lone surrogate", para.repeat(5) + "\ud800" + para],
  ["longer than the scratch buffer", para.repeat(1000)],
];
for (const [name, s] of cases) {
  test(`utf8: ${name}`, () => {
    const out = utf8(s);
    assert.deepEqual(Buffer.from(typeof out === "string" ? Buffer.from(out, "utf8") : out), Buffer.from(s, "utf8"));
  });
}
