// A seat head before an administrative unit's word names the unit's seat, not a body
// (src/mentions/seat-heads.ts): "مركز محافظة X" leaves the province "محافظة X" to stand; before
// any other word مركز still heads a body. Sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";

const found = (text: string) => findMentions({ text, tokens: analyze(text).tokens }).map((m) => `${m.type}:${m.text}`);

test("مركز before a unit's word heads no body: the unit's name stands", () => {
  const cases: [string, string][] = [
    ["وتقدمت القوات نحو الحوطة مركز محافظة لحج صباح أمس.", "GPE:محافظة لحج"],
    ["وتظاهر المئات في أربيل مركز إقليم كردستان أمس.", "GPE:إقليم كردستان"],
    ["وانفجرت عبوة في دماتورو مركز ولاية يوبي شمال البلاد.", "GPE:ولاية يوبي"],
  ];
  for (const [text, want] of cases) {
    const ms = found(text);
    assert.ok(ms.includes(want), `${text}: ${ms.join(", ")}`);
    assert.ok(!ms.some((m) => m.startsWith("ORG:مركز")), `${text}: ${ms.join(", ")}`);
  }
});

test("مركز before other words still heads a body", () => {
  const cases: [string, string][] = [
    ["وزار الوزير مركز الأمير سلطان للقلب في الرياض.", "ORG:مركز الأمير سلطان للقلب"],
    ["وقال مركز الأهرام للدراسات السياسية في تقرير إن الأزمة تتفاقم.", "ORG:مركز الأهرام للدراسات"],
  ];
  for (const [text, want] of cases) assert.ok(found(text).includes(want), `${text}: ${found(text).join(", ")}`);
});
