// A blessing after a name ("الملك فهد -رحمه الله-", "-حفظه الله-") ends the name: رحمه، حفظه … are
// stop words in ner-cues.tsv, so a titled person's name run does not take them in. The shipped
// lexicons (the rows are data) with the test KB; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { loadLexicons } from "../../src/mentions/lexicons.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { RES } from "./fixture.ts";

test("a person's name ends before a blessing", () => {
  for (const text of ["وكان الأمير فهد -رحمه الله- قد افتتح المستشفى.", "ووجه الأمير فهد حفظه الله بصرف المساعدات."]) {
    const got = findMentions({ text, tokens: analyze(text).tokens }, { gaz: RES.gaz, lex: loadLexicons() }).map((m) => m.text);
    assert.ok(got.includes("فهد"), `${text}: ${JSON.stringify(got)}`);
    assert.ok(!got.some((m) => /رحمه|حفظه/.test(m)), `${text}: ${JSON.stringify(got)}`);
  }
});
