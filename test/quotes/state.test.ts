// The quote finder's scans start at a binary-searched cue or mention (state.ts firstCueFrom,
// firstMentionFrom): each must equal the first index a scan from the document's start would reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { firstCueFrom, firstMentionFrom, type State } from "../../src/quotes/state.ts";

// cue matches by token range and mentions by first token, in text order (several share a start)
const CUES = [[2, 3], [5, 7], [5, 6], [9, 10], [14, 16]].map(([start, end]) => ({ start, end, values: [] }));
const MENTIONS = [1, 1, 4, 8, 8, 8, 12].map((first) => ({ id: "x", type: "PERSON" as const, start: 0, end: 0, text: "", first, last: first }));
const st = { all: CUES, ix: { mentions: MENTIONS, atToken: [] } } as unknown as State;

test("firstCueFrom and firstMentionFrom give the first cue / mention at or after a token", () => {
  for (let i = -1; i <= 18; i++) {
    const cue = CUES.findIndex((m) => m.start >= i), mention = MENTIONS.findIndex((m) => m.first >= i);
    assert.equal(firstCueFrom(st, i), cue < 0 ? CUES.length : cue, `cue from ${i}`);
    assert.equal(firstMentionFrom(st, i), mention < 0 ? MENTIONS.length : mention, `mention from ${i}`);
  }
  // [token, expected]: a few by hand
  const TABLE: [number, number, number][] = [[0, 0, 0], [5, 1, 3], [6, 3, 3], [9, 3, 6], [13, 4, 7], [17, 5, 7]];
  for (const [i, c, m] of TABLE) assert.deepEqual([firstCueFrom(st, i), firstMentionFrom(st, i)], [c, m], `token ${i}`);
});
