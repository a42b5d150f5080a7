// The table that finds a written word: every token of every article is looked up here (text/
// clitics.ts keeps the word's Form by its number), so a lookup must cost as few memory
// reads as possible. Open addressing over the FNV-1a hash the scanner computes. Each slot is 32
// bytes of one Int32Array (two slots per cache line): the hash, the word's length, its number,
// where its code units sit in one shared pool, and its first 8 code units packed two per int. A
// hit on a word of up to 8 code units (most Arabic words) reads that one slot and nothing else;
// a longer word compares the rest in the pool. Measured in session 4: slot → Form object → its
// string → its characters was a chain of four cache misses per token; then slot → pool and
// slot → number → Form was three, of which the pool read is gone for short words.
// Numbers are given in order from 0. The table is bounded: `clear()` empties it (the caller
// clears when `size` reaches `capacity`).

const SLOTS = 1 << 19; // room for ~390k distinct words before the caller clears (a month of one outlet)
const SHIFT = 3; // ints per slot = 1 << SHIFT: hash (0 = empty), length, number, pool offset, 4 ints of code units
const STRIDE = 1 << SHIFT;
const INLINE = 8; // code units held in the slot itself
const END = SLOTS * STRIDE;
const WRAP = END - 1;
const TABLE = new Int32Array(END);
let pool = new Uint16Array(1 << 21);
let used = 0;
let count = 0;

/** How many slots there are (slot numbers are 0 … slots - 1). */
export const slots = SLOTS;

/**
 * How many words the table may hold before the caller should clear it (75% of its slots). Tests
 * may set it lower with the environment variable RASID_FORM_CAPACITY (read once, at load), to
 * make the table clear often (test/pipeline/batch-tiny-table.test.ts).
 */
// At 60% (~315k words) the table emptied once per SaudiNewsNet run (~360k distinct words), near
// article 21k, and the ~112k words of the last 6.5k articles were each a first sight again in every
// stage (~1.5 s, ~2% of the run: sessions 16 and 18). A table twice the size (32 MB) measured slower
// in two simultaneous pairs (session 18: more of it out of cache); 75% keeps the 16 MB table, and a
// lookup's expected probes grow only past 60% full (1.75 → 2.5 slots for a hit at 75%).
export const capacity = Math.min(Math.floor(SLOTS * 0.75), Number(process.env.RASID_FORM_CAPACITY) || Infinity);

/** Words held now (the next number `add` gives). */
export const size = (): number => count;

/** The slot of the word text[start, end) whose FNV-1a hash is `h`, or -1 when it is not held. */
export function slotOf(text: string, start: number, end: number, h: number): number {
  if (h === 0) h = 1;
  const len = end - start;
  const m = len < INLINE ? len : INLINE;
  for (let e = (h << SHIFT) & WRAP, x = TABLE[e]; x !== 0; e = (e + STRIDE) & WRAP, x = TABLE[e]) {
    if (x !== h || TABLE[e + 1] !== len) continue;
    let i = 0;
    while (i < m && ((TABLE[e + 4 + (i >> 1)] >>> ((i & 1) << 4)) & 0xffff) === text.charCodeAt(start + i)) i++;
    if (i < m) continue;
    if (len > INLINE) {
      const p = pool, off = TABLE[e + 3];
      while (i < len && p[off + i] === text.charCodeAt(start + i)) i++;
      if (i < len) continue;
    }
    return e >> SHIFT;
  }
  return -1;
}

/** Read the first slot a word of hash `h` would use (a load ahead of need: see clitics.ts `warm`). */
export const peek = (h: number): number => TABLE[(h === 0 ? 1 << SHIFT : (h << SHIFT) & WRAP)];

/** The number of the word text[start, end) whose FNV-1a hash is `h`, or -1 when it is not held. */
export function find(text: string, start: number, end: number, h: number): number {
  const k = slotOf(text, start, end, h);
  return k < 0 ? -1 : numberAt(k);
}

/** The number of the word held in slot `k`. */
export const numberAt = (k: number): number => TABLE[(k << SHIFT) + 2];

/** Hold text[start, end) (hash `h`, not held yet: `slotOf` said -1) and return its slot. */
export function addSlot(text: string, start: number, end: number, h: number): number {
  if (h === 0) h = 1;
  const len = end - start;
  if (used + len > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, used + len));
    bigger.set(pool.subarray(0, used));
    pool = bigger;
  }
  for (let i = 0; i < len; i++) pool[used + i] = text.charCodeAt(start + i);
  let e = (h << SHIFT) & WRAP;
  while (TABLE[e] !== 0) e = (e + STRIDE) & WRAP;
  TABLE[e] = h;
  TABLE[e + 1] = len;
  TABLE[e + 2] = count;
  TABLE[e + 3] = used;
  for (let i = 0; i < INLINE; i += 2) {
    const lo = i < len ? text.charCodeAt(start + i) : 0, hi = i + 1 < len ? text.charCodeAt(start + i + 1) : 0;
    TABLE[e + 4 + (i >> 1)] = lo | (hi << 16);
  }
  used += len;
  count++;
  return e >> SHIFT;
}

/** Hold text[start, end) (hash `h`, not held yet: `find` said -1) and return its number. */
export function add(text: string, start: number, end: number, h: number): number {
  return numberAt(addSlot(text, start, end, h));
}

/** Forget every word (numbers start again from 0). */
export function clear(): void {
  TABLE.fill(0);
  used = 0;
  count = 0;
}
