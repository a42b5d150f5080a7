// When V8 compiles the pipeline's functions with TurboFan. V8 optimizes a function once it has
// used up an "interrupt budget" of executed bytecode (67,584 bytes by default in Node 20's V8),
// which the per-token loops spend within the first few articles, before most rare branches (a
// digit inside a word, a Latin name, a quotation mark in a title, a rare rule's case) have run:
// each such branch met later deoptimizes the function and it is compiled again. Over the first
// 1,500 SaudiNewsNet articles that was 944 TurboFan jobs for 524 functions (420 recompiles), and
// the compiler threads used ~7 s of CPU beside ~10 s on the main thread: invisible in a CPU
// profile of the main thread, but the largest single cost in a run of a few thousand articles
// (bench/PERF.md, session 20). A budget 8× larger lets the type feedback see more before the
// first compile: fewer recompiles, less compiler CPU, and the main thread spends a little longer
// in the slower tiers first. Output does not change (the tiers differ only in speed).
//
// The flag is process-wide and read when a function's budget is next reset, so setting it here,
// as the pipeline is imported and before its functions run, covers them all. A budget given on
// the command line (node --interrupt-budget=N) or in RASID_INTERRUPT_BUDGET is kept; "0" in
// RASID_INTERRUPT_BUDGET leaves V8's own default.
import v8 from "node:v8";

export const DEFAULT_BUDGET = 8 * 67_584;

/** The V8 flag to set, or null to leave the budget alone. */
export function budgetFlag(execArgv: readonly string[], env: Record<string, string | undefined>): string | null {
  const given = (s: string) => /^--interrupt[-_]budget(=|$)/.test(s);
  if (execArgv.some(given) || (env.NODE_OPTIONS ?? "").split(/\s+/).some(given)) return null;
  const raw = env.RASID_INTERRUPT_BUDGET?.trim();
  if (raw === undefined || raw === "") return `--interrupt-budget=${DEFAULT_BUDGET}`;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? `--interrupt-budget=${n}` : null;
}

const flag = budgetFlag(process.execArgv, process.env);
if (flag !== null) v8.setFlagsFromString(flag);
