// "القوات المسلحة" alone is the armed forces of the state the document is about (session 11, org11:
// data/kb/context-names.tsv, each army row's alias), and no KB entity when the document does
// not say which (org17: an entity of its own, headed-names.ts). Shipped KB and tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { idOf } from "../helpers/entities.ts";

/** org17: an unresolved generic name opened by an organization head is an entity of the project's own id (unknownId: slug-hash). */
const UNLINKED = "unlinked";
const sameId = (got: string | null, want: string | null) =>
  want === UNLINKED ? assert.match(String(got), /^rasid:.*-[0-9a-f]{8}$/) : assert.equal(got, want);

const cases: [string, string, string | null][] = [
  ["وزار الرئيس المصري في القاهرة والإسكندرية وحدات القوات المسلحة في مصر.", "القوات المسلحة", "rasid:eg-army"],
  ["وأعلنت القوات المسلحة في عمّان أن الأردن أغلق حدوده مع سوريا، وقال مسؤول أردني إن الأردن لن يتدخل.", "القوات المسلحة", "rasid:jo-army"],
  ["وقالت القوات المسلحة في بيان إن التدريب انتهى.", "القوات المسلحة", UNLINKED], // org17: an entity the KB does not link (headed-names.ts), not none
];
for (const [text, surface, id] of cases) {
  test(`${surface} in «${text.slice(0, 30)}…» → ${id}`, () => sameId(idOf(text, surface), id));
}
