// The knowledge-base row of an entity id, for the stages that ask only what a linked entity is
// (its subtype, its country): loaded on first use, and undefined for every id when no knowledge
// base can be loaded (a test's hand-made document, a machine before `npm install` built one).
import { loadKb } from "./load.ts";
import type { KbEntry } from "./row.ts";

let byId: ((id: string) => KbEntry | undefined) | null = null;

/** The row filed under `id`, or undefined (an entity named for one document only, or no KB). */
export function kbEntryOf(id: string): KbEntry | undefined {
  if (!byId) { try { const kb = loadKb(); byId = (x) => kb.byId(x); } catch { byId = () => undefined; } }
  return byId(id);
}
