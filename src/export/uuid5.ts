// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so an
// entity exported twice, or by two runs, is one STIX object.
import crypto from "node:crypto";

const hex = (b: Buffer) => b.toString("hex");

export function uuid5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const h = crypto.createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const s = hex(h);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Rasid's namespace for its STIX ids: uuid5("rasid", the RFC 4122 URL namespace). */
export const RASID_NAMESPACE = uuid5("https://github.com/rasid", "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
