// Document ids: sha256 hex of the input as read, so the id never depends on how well we clean.
// Also the sha1 behind the ids of names the KB lacks (entities/link-entities.ts). Both use
// node's one-shot crypto.hash() where it exists (Node >= 20.12): a Hash object per call
// (createHash/update/digest) costs several µs more, and ids are made for every article.
import crypto, { createHash } from "node:crypto";

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: "hex") => string;
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

export const sha256 = (data: string | Uint8Array): string =>
  oneShot ? oneShot("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");

/** sha1 hex of a string (UTF-8) or bytes. */
export const sha1Hex = (data: string | Uint8Array): string =>
  oneShot ? oneShot("sha1", data, "hex") : createHash("sha1").update(data).digest("hex");
