// The table that finds a written word's number: every token of every article is looked up here
// (text/clitics.ts keeps the word's Form by that number), so a lookup must cost as few memory
// reads as possible. Open addressing over the FNV-1a hash the scanner computes; each slot holds
// the hash, the word's length, where its code units sit in one shared pool, and its number, side
// by side in one Int32Array: a hit reads one slot (one cache line) and the pool (one more), and the
// word is compared code unit by code unit there, never through a string or an object (measured:
// slot → Form object → its string → its characters was a chain of four cache misses per token).
// Numbers are given in order from 0, so the caller's array by number stays dense.
// The table is bounded: `clear()` empties it (the caller clears when `size` reaches `capacity`).

const SLOTS = 1 << 19; // room for ~300k distinct words before the caller clears (a month of one outlet)
const STRIDE = 4; // ints per slot (the index is h << 2): hash (0 = empty), length, pool offset, number
const END = SLOTS * STRIDE;
const WRAP = END - 1;
const TABLE = new Int32Array(END);
let pool = new Uint16Array(1 << 21);
let used = 0;
let count = 0;

/** How many words the table may hold before the caller should clear it (60% of its slots). */
export const capacity = Math.floor(SLOTS * 0.6);

/** Words held now (the next number `add` gives). */
export const size = (): number => count;

/** The number of the word text[start, end) whose FNV-1a hash is `h`, or -1 when it is not held. */
export function find(text: string, start: number, end: number, h: number): number {
  if (h === 0) h = 1;
  const len = end - start;
  const p = pool;
  for (let e = (h << 2) & WRAP, x = TABLE[e]; x !== 0; e = (e + STRIDE) & WRAP, x = TABLE[e]) {
    if (x !== h || TABLE[e + 1] !== len) continue;
    const off = TABLE[e + 2];
    let i = 0;
    while (i < len && p[off + i] === text.charCodeAt(start + i)) i++;
    if (i === len) return TABLE[e + 3];
  }
  return -1;
}

/** Hold text[start, end) (hash `h`, not held yet: `find` said -1) and return its number. */
export function add(text: string, start: number, end: number, h: number): number {
  if (h === 0) h = 1;
  const len = end - start;
  if (used + len > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, used + len));
    bigger.set(pool.subarray(0, used));
    pool = bigger;
  }
  for (let i = 0; i < len; i++) pool[used + i] = text.charCodeAt(start + i);
  let e = (h << 2) & WRAP;
  while (TABLE[e] !== 0) e = (e + STRIDE) & WRAP;
  TABLE[e] = h;
  TABLE[e + 1] = len;
  TABLE[e + 2] = used;
  TABLE[e + 3] = count;
  used += len;
  return count++;
}

/** Forget every word (numbers start again from 0). */
export function clear(): void {
  TABLE.fill(0);
  used = 0;
  count = 0;
}
