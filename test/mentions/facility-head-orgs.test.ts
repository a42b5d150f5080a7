// A facility head before a known organization's name names a facility called after it, not the
// organization (org-patterns.ts adopts the known body only under an organization head). Sentences
// written for this test; المنار is also a known channel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities } from "../helpers/entities.ts";

test("a camp called after a channel is a facility of its own", () => {
  const es = entities("وقصفت مقاتلات التحالف معسكر المنار غرب العاصمة أمس.");
  const camp = es.find((e) => e.mentions.some((m) => m.text === "معسكر المنار"));
  assert.ok(camp, JSON.stringify(es.map((e) => e.name)));
  assert.equal(camp.type, "FAC");
  assert.notEqual(camp.id, "rasid:al-manar");
});

test("an organization head still adopts the known body", () => {
  const es = entities("وقالت قناة المنار في نشرتها إن القصف استمر.");
  assert.ok(es.some((e) => e.id === "rasid:al-manar"), JSON.stringify(es.map((e) => e.id)));
});
