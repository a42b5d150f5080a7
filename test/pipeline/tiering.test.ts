// The V8 budget flag the pipeline sets at import (src/pipeline/tiering.ts): its default, and when a
// budget the user gave is kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { budgetFlag, DEFAULT_BUDGET } from "../../src/pipeline/tiering.ts";

const cases: { name: string; argv: string[]; env: Record<string, string | undefined>; want: string | null }[] = [
  { name: "nothing given: the pipeline's default", argv: [], env: {}, want: `--interrupt-budget=${DEFAULT_BUDGET}` },
  { name: "other flags given: still the default", argv: ["--max-old-space-size=4096", "--import", "tsx"], env: {}, want: `--interrupt-budget=${DEFAULT_BUDGET}` },
  { name: "a budget on the command line is kept", argv: ["--interrupt-budget=1000"], env: {}, want: null },
  { name: "written with an underscore, too", argv: ["--interrupt_budget=1000"], env: {}, want: null },
  { name: "a budget in NODE_OPTIONS is kept", argv: [], env: { NODE_OPTIONS: "--enable-source-maps --interrupt-budget=5000" }, want: null },
  { name: "a similar flag is not a budget", argv: ["--interrupt-budget-for-feedback-allocation=900"], env: {}, want: `--interrupt-budget=${DEFAULT_BUDGET}` },
  { name: "RASID_INTERRUPT_BUDGET chooses it", argv: [], env: { RASID_INTERRUPT_BUDGET: "135168" }, want: "--interrupt-budget=135168" },
  { name: "RASID_INTERRUPT_BUDGET=0 leaves V8's default", argv: [], env: { RASID_INTERRUPT_BUDGET: "0" }, want: null },
  { name: "an unreadable value leaves V8's default", argv: [], env: { RASID_INTERRUPT_BUDGET: "lots" }, want: null },
  { name: "an empty value is the default", argv: [], env: { RASID_INTERRUPT_BUDGET: " " }, want: `--interrupt-budget=${DEFAULT_BUDGET}` },
];

for (const c of cases) test(`tiering: ${c.name}`, () => assert.equal(budgetFlag(c.argv, c.env), c.want));

test("tiering: the default is a whole multiple of V8's own budget", () => assert.equal(DEFAULT_BUDGET % 67_584, 0));
