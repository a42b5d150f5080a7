// A document's outlet is the site it was published on: the host of its URL without "www.".
// Kept in one place so every backend and the exports agree on it.
import type { Source } from "../core/contract.ts";

export function outletOf(source: Source): string | null {
  if (!source.url) return null;
  try {
    const host = new URL(source.url).hostname.toLowerCase();
    return host.replace(/^www\d?\./, "") || null;
  } catch {
    return null;
  }
}
