// Ids of names the knowledge base lacks must never change between versions (stores and exports
// link by them): pinned here, and the hash part checked against a Hash object made the old way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { unknownId } from "../../src/entities/link-entities.ts";
import { sha1Hex, sha256 } from "../../src/input/hash.ts";

const pinned: [string, string][] = [
  ["ماركو مسعد", "rasid:marku-masd-f63551fd"],
  ["محمد فتحي الشريف", "rasid:mahmd-fathi-al-sharif-006dd136"],
  ["قاعدة العند الجوية", "rasid:qada-al-and-al-juya-029abc36"],
  ["الشريف rasid:x-1", "rasid:al-sharif-19e30853"],
  ["Obama", "rasid:obama-eb970c51"],
  ["مجلس الأمن 😀", "rasid:majls-al-amn-1e4cd7b3"],
];
for (const [key, id] of pinned) {
  test(`unknownId(${key}) is ${id}`, () => {
    assert.equal(unknownId(key), id);
    assert.equal(unknownId(key), id, "the memoized answer too");
  });
}

const inputs: (string | Uint8Array)[] = ["", "a", "ماركو مسعد", "x".repeat(55), "x".repeat(56), "ب".repeat(200), "\ud800 lone surrogate", new Uint8Array([0, 1, 2, 255])];
for (const data of inputs) {
  test(`sha1Hex and sha256 equal a Hash object's digest (${typeof data === "string" ? data.length + " chars" : data.length + " bytes"})`, () => {
    assert.equal(sha1Hex(data), createHash("sha1").update(data).digest("hex"));
    assert.equal(sha256(data), createHash("sha256").update(data).digest("hex"));
  });
}
