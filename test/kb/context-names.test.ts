// data/kb/context-names.tsv: every generic name is an alias of each id it lists (so the recognizer
// finds it with all of them as candidates), every id exists, every country code is a KB country,
// and each form lists at least one id (a form with one id links only in its countries' documents:
// entities/link-entities.ts oneIdForm).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKb, kbKey } from "../../src/kb/index.ts";
import { contextNames } from "../../src/entities/context-names.ts";

const kb = loadKb();
const table = contextNames();
const countries = new Set(kb.entries.filter((e) => e.subtype === "country" && e.country).map((e) => e.country!));

test("context-names.tsv has rows", () => assert.ok(table.size >= 3));
for (const [form, options] of table) {
  test(`${form}: ${options.length} ids, each known, each with the form as a name, countries real`, () => {
    assert.ok(options.length >= 1, "a generic name needs an id");
    if (options.length === 1) assert.ok(options[0].countries.size >= 1, "a one-id form needs the countries where it names its id");
    for (const o of options) {
      const e = kb.byId(o.id);
      assert.ok(e, `unknown id ${o.id}`);
      assert.ok(kb.lookup(kbKey(form)).includes(e), `${o.id} lacks the alias ${form}`);
      for (const c of o.countries) assert.ok(countries.has(c), `${o.id}: unknown country ${c}`);
    }
  });
}
