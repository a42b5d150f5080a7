// sha256 of a long string goes through a faster UTF-8 encoding (input/hash.ts): the digest must
// be the one a Hash object gives for the same string, lone surrogates and all (the document id
// never changes).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { sha256, sha256Lines } from "../../src/input/hash.ts";

const para = "قال المتحدث باسم وزارة الخارجية إن الاجتماع سيعقد غدا في الرياض بحضور ممثلين عن 12 دولة.\n";
const inputs: [string, string][] = [
  ["255 chars", "ب".repeat(255)],
  ["256 chars", "ب".repeat(256)],
  ["a headline and an article", "اجتماع في الرياض\n" + para.repeat(40)],
  ["ASCII only", "The meeting will be held tomorrow. ".repeat(20)],
  ["emoji and other planes", "😀 مجلس الأمن 𝔸 ".repeat(30)],
  ["a lone high surrogate", para.repeat(5) + "\ud800" + para],
  ["a lone low surrogate at the end", para.repeat(5) + "\udc00"],
  ["NUL and control characters", "\u0000\u0001\t" + para.repeat(4)],
  ["longer than the first scratch buffer", para.repeat(800)],
];
for (const [name, s] of inputs) {
  test(`sha256 of a string equals a Hash object's digest: ${name}`, () => {
    assert.equal(sha256(s), createHash("sha256").update(s).digest("hex"));
  });
}

// records' ids: sha256Lines(title, content) is the digest of title + "\n" + content
const pairs: [string, string, string][] = [
  ["short", "عنوان", "نص قصير"],
  ["a headline and an article", "اجتماع في الرياض", para.repeat(40)],
  ["no headline", "", para.repeat(10)],
  ["a lone high surrogate at the title's end", "عنوان\ud800", para.repeat(10)],
  ["a lone low surrogate at the content's start", "عنوان", "\udc00" + para.repeat(10)],
  ["emoji in both", "😀 عنوان", "𝔸 " + para.repeat(10)],
  ["longer than the first scratch buffer", "عنوان", para.repeat(900)],
];
for (const [name, a, b] of pairs) {
  test(`sha256Lines(title, content) equals sha256 of the joined string: ${name}`, () => {
    assert.equal(sha256Lines(a, b), createHash("sha256").update(`${a}\n${b}`).digest("hex"));
  });
}
