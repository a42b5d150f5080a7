// The generic armed forces after a commander's title are part of the title (titled-generics.ts,
// branch org17); elsewhere, and after other words, they stay an entity. Shipped KB, lexicons and
// tagger; sentences written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities } from "../helpers/entities.ts";

const forces = (text: string) =>
  entities(text).flatMap((e) => e.mentions.filter((m) => m.text.endsWith("القوات المسلحة")).map((m) => m.start));

test("armed forces after a commander's title name no entity", () => {
  const cases: [string, number[]][] = [
    ["والتقى الوزير القائد العام للقوات المسلحة سامر الحلبي في العاصمة.", []],
    ["وقال نائب القائد الأعلى للقوات المسلحة إن التدريبات ستستمر.", []],
    ["وحضر رئيس الوزراء والقائد العام للقوات المسلحة حفل التخرج.", []],
    ["وتعمل الشرطة بالتنسيق مع القوات المسلحة في المدينة.", [25]],
  ];
  for (const [text, want] of cases) assert.deepEqual(forces(text), want, text);
});
