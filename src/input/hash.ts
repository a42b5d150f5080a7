// Document ids: sha256 hex of the input as read, so the id never depends on how well we clean.
import { createHash } from "node:crypto";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");
