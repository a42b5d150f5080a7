// JSON Lines: the stored contract documents, one per line, exactly as `rasid extract` wrote them.
import type { Store } from "../store/store.ts";
import type { Sink } from "./sink.ts";

export async function exportJsonl(store: Store, out: Sink): Promise<number> {
  let n = 0;
  for await (const doc of store.stream()) { await out(JSON.stringify(doc) + "\n"); n++; }
  return n;
}
