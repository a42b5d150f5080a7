// Document text and layers are stored deflated: Arabic JSON and prose shrink about threefold,
// and a row is inflated only when a document, a snippet or an export needs it. Rows written
// as plain text (older databases) read back unchanged.
import zlib from "node:zlib";

export const pack = (s: string): Buffer => zlib.deflateRawSync(Buffer.from(s, "utf8"), { level: 6 });

export function unpack(v: Buffer | Uint8Array | string): string {
  if (typeof v === "string") return v;
  return zlib.inflateRawSync(v).toString("utf8");
}
