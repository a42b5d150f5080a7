// Bytes in any supported encoding decode to the same text; bad bytes become typed errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, MAX_INPUT_BYTES } from "../../src/input/decode.ts";
import { RasidError } from "../../src/core/errors.ts";
import { encodeUtf16, encodeWindows1256 } from "../helpers/encodings.ts";

const ARTICLE = "قال المتحدث باسم الحكومة إن المحادثات ستُستأنف يوم الأحد في القاهرة.\nوأضاف أن الوفد سيضم 12 عضواً.";

const good: [string, Buffer, string][] = [
  ["UTF-8", Buffer.from(ARTICLE, "utf8"), "utf-8"],
  ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, "utf8")]), "utf-8"],
  ["UTF-16LE with BOM", encodeUtf16(ARTICLE, "le"), "utf-16le"],
  ["UTF-16BE with BOM", encodeUtf16(ARTICLE, "be"), "utf-16be"],
  ["UTF-16LE without BOM", encodeUtf16(ARTICLE, "le", false), "utf-16le"],
  ["windows-1256", encodeWindows1256(ARTICLE), "windows-1256"],
];
for (const [name, bytes, encoding] of good) {
  test(`decodes ${name}`, () => {
    const d = decode(bytes, name);
    assert.equal(d.text, ARTICLE);
    assert.equal(d.encoding, encoding);
  });
}

const bad: [string, Buffer, string][] = [
  ["empty", Buffer.alloc(0), "E_EMPTY"],
  ["only whitespace", Buffer.from(" \n\t \r\n"), "E_EMPTY"],
  ["PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "E_BINARY"],
  ["PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "E_BINARY"],
  ["gzip", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), "E_BINARY"],
  ["NUL bytes in text", Buffer.from("abc\u0000\u0000def\u0000ghi\u0000"), "E_BINARY"],
  ["random bytes", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)), "E_BINARY"],
  ["Latin-1 French", Buffer.from("Le président a déclaré à la presse que la réunion était reportée.", "latin1"), "E_DECODE"],
  ["truncated UTF-8 with control bytes", Buffer.concat([Buffer.from("مرحبا", "utf8"), Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0e, 0x0f, 0x10, 0x11, 0x12])]), "E_BINARY"],
];
for (const [name, bytes, code] of bad) {
  test(`rejects ${name} with ${code}, naming the input`, () => {
    assert.throws(() => decode(bytes, `inputs/${name}.txt`), (e: unknown) => {
      assert.ok(e instanceof RasidError);
      assert.equal(e.code, code);
      assert.equal(e.input, `inputs/${name}.txt`);
      assert.match(e.toLine(), new RegExp(`^inputs/${name}\\.txt: .+ \\[${code}\\]$`));
      return true;
    });
  });
}

test("rejects oversized input before decoding it", () => {
  const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
  assert.throws(() => decode(big, "big.txt"), (e: unknown) => e instanceof RasidError && e.code === "E_TOO_LARGE" && /MB/.test(e.message));
});
