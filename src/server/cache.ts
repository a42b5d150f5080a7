// Answers already computed, kept until the database changes. An analyst's workbench is read far
// more than it is written: the same entity page, graph or map is asked for again and again, by
// one analyst going back and forth or by a team sharing one server. Every request first asks the
// store for its revision (a cheap counter that moves whenever anything is committed, by any
// process); when it moved, everything kept is dropped, so an answer is never older than the data.
// Bounded by the bytes of the kept JSON; the least recently used answers go first.

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export class ResponseCache {
  readonly maxBytes: number;
  #revision: string | null = null;
  #bytes = 0;
  readonly #entries = new Map<string, Uint8Array<ArrayBuffer>>();   // insertion order = least recently used first
  hits = 0;
  misses = 0;

  constructor(maxBytes = DEFAULT_CACHE_BYTES) { this.maxBytes = maxBytes; }

  /** Drop everything when the store's revision is not the one the kept answers were made at. */
  sync(revision: string): void {
    if (revision === this.#revision) return;
    this.#revision = revision;
    this.#entries.clear();
    this.#bytes = 0;
  }

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const body = this.#entries.get(key);
    if (body === undefined) { this.misses++; return undefined; }
    this.hits++;
    this.#entries.delete(key);
    this.#entries.set(key, body);
    return body;
  }

  /** Keep `body` (the answer as sent: UTF-8 JSON, encoded once). */
  set(key: string, body: Uint8Array<ArrayBuffer>): void {
    const size = body.byteLength;
    if (size > this.maxBytes / 4) return;   // one huge answer must not flush all the others
    const old = this.#entries.get(key);
    if (old !== undefined) { this.#bytes -= old.byteLength; this.#entries.delete(key); }
    this.#entries.set(key, body);
    this.#bytes += size;
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= v.byteLength;
    }
  }

  get size(): number { return this.#entries.size; }
  get bytes(): number { return this.#bytes; }
}
