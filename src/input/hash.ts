// Document ids: sha256 hex of the input as read, so the id never depends on how well we clean.
// Also the sha1 behind the ids of names the KB lacks (entities/link-entities.ts). Both use
// node's one-shot crypto.hash() where it exists (Node >= 20.12): a Hash object per call
// (createHash/update/digest) costs several µs more, and ids are made for every article.
import { transcode } from "node:buffer";
import crypto, { createHash } from "node:crypto";
import { utf8 } from "./utf8.ts";

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: "hex") => string;
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

export const sha256 = (data: string | Uint8Array): string =>
  oneShot ? oneShot("sha256", typeof data === "string" ? utf8(data) : data, "hex") : createHash("sha256").update(data).digest("hex");

// the two strings of sha256Lines() as UTF-16 units (utf8.ts keeps its own)
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * sha256(a + "\n" + b), without building the joined string (a copy of the whole article, made
 * only to be hashed): the two strings' units are written one after the other into the scratch
 * buffer and transcoded together. A line break between them means no surrogate pair spans the
 * join; a lone surrogate (ICU refuses it) hashes the joined string as sha256() would.
 */
export function sha256Lines(a: string, b: string): string {
  const len = a.length + 1 + b.length;
  if (!oneShot || len < 256) return sha256(`${a}\n${b}`);
  if (scratch.length < 2 * len) scratch = Buffer.allocUnsafe(Math.max(2 * len, 2 * scratch.length));
  let at = scratch.write(a, 0, "utf16le");
  at = scratch.writeUInt16LE(0x0a, at);
  at += scratch.write(b, at, "utf16le");
  let bytes: Buffer;
  try { bytes = transcode(scratch.subarray(0, at), "utf16le", "utf8"); } catch { return sha256(`${a}\n${b}`); }
  return oneShot("sha256", bytes, "hex");
}

/** sha1 hex of a string (UTF-8) or bytes. */
export const sha1Hex = (data: string | Uint8Array): string =>
  oneShot ? oneShot("sha1", data, "hex") : createHash("sha1").update(data).digest("hex");
