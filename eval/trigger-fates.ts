// Where each event trigger ends up: runs the pipeline with the event stage's trace hook
// (src/events/trigger-fates.ts) and says, for each candidate trigger, whether it became an event,
// which check turned it down, which event it was merged into, or which filter dropped it.
// event-errors.ts says a gold event was missed; this says at which step of the stage (session 23).
//   npx tsx eval/trigger-fates.ts --gold DIR (--records FILE.jsonl | ARTICLE.txt…) [--list]
//     for each missed gold event (event-errors.ts missedEvents), the fate of the candidate at its
//     gold trigger, else of one inside its `contains` snippet; "no candidate" when the lexicon
//     matched nothing typed there; tallied by fate
//   npx tsx eval/trigger-fates.ts (--records FILE.jsonl | FILE…) [--limit N] [--list]
//     news mode: the fates of all candidates, tallied (with --list, samples of each)
// Measurement only: extraction never sets the hook.
import path from "node:path";
import type { Document } from "../src/core/document.ts";
import { isRasidError } from "../src/core/errors.ts";
import { fates, type TriggerFate } from "../src/events/trigger-fates.ts";
import { readInputs } from "../src/input/read.ts";
import { processArticle } from "../src/pipeline/process.ts";
import { toContract } from "../src/pipeline/to-contract.ts";
import { goldWithPredictions, missedEvents, type Gold, type GoldEvent, type Pred } from "./event-errors.ts";

/** One candidate's fate, with its character span in the document's text. */
export type Traced = { start: number; end: number; text: string; type: string | null; label: string; into?: string };

/** "turned down: no roles", "vetoed: guard", "kept", "kept, retyped COERCE→ASSAULT" (the record chose another type than the row). */
export function label(f: TriggerFate): string {
  if (f.fate === "kept") return f.outType && f.outType !== f.type ? `kept, retyped ${f.type}→${f.outType}` : "kept";
  return f.why ? `${f.fate}: ${f.why}` : f.fate;
}

const spanOf = (doc: Document, m: TriggerFate["m"]) => ({ start: doc.tokens[m.start].start, end: doc.tokens[m.end - 1].end });

/** Runs the pipeline on one article with the hook set: its contract document and its candidates' fates. */
export function traceArticle(run: () => Document): { doc: Document; traced: Traced[] } {
  const got: TriggerFate[] = [];
  fates.sink = (f) => got.push(f);
  let doc: Document;
  try { doc = run(); } finally { fates.sink = null; }
  const traced = got.map((f): Traced => {
    const s = spanOf(doc, f.m);
    const into = f.into ? doc.text.slice(spanOf(doc, f.into).start, spanOf(doc, f.into).end) : undefined;
    return { ...s, text: doc.text.slice(s.start, s.end), type: f.type, label: label(f) + (into ? ` «${into}»` : ""), into };
  });
  return { doc, traced };
}

// ---- locating a gold event in the text: the scorer's folding, with each folded char's origin
const MARKS = /[\u064B-\u0652\u0670\u0640]/;
function foldWithMap(s: string): { text: string; at: number[] } {
  let text = ""; const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let ch = s[i].normalize("NFKC");
    if (MARKS.test(ch)) continue;
    if (/\s/.test(ch)) { if (text.endsWith(" ") || !text) continue; ch = " "; }
    ch = ch.replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
    for (const c of ch) { text += c; at.push(i); }
  }
  return { text, at };
}
const foldPlain = (s: string) => foldWithMap(s).text.trim();

/** The fate that explains a missed gold event: a candidate at its trigger (inside its snippet),
 *  else any candidate inside the snippet (one of the gold type first), else "no candidate". */
export function fateOfGold(text: string, g: GoldEvent, traced: Traced[]): { label: string; at?: Traced } {
  const f = foldWithMap(text);
  const c = foldPlain(g.contains);
  const ci = c ? f.text.indexOf(c) : -1;
  if (ci < 0) return { label: "snippet not found" };
  const cs = f.at[ci], ce = f.at[ci + c.length - 1] + 1;
  let ts = cs, te = ce;
  const t = g.trigger ? foldPlain(g.trigger) : "";
  const ti = t ? f.text.indexOf(t, ci) : -1;
  if (ti >= 0 && ti + t.length <= ci + c.length) { ts = f.at[ti]; te = f.at[ti + t.length - 1] + 1; }
  const overlaps = (x: Traced, a: number, b: number) => x.start < b && a < x.end;
  const pick = (a: number, b: number) => {
    const here = traced.filter((x) => overlaps(x, a, b));
    return here.find((x) => x.type === g.type) ?? here[0];
  };
  // the gold trigger found in its snippet: the candidate there or none (another word of the snippet
  // is another event's, not this one's); else a candidate anywhere in the snippet
  const at = ts !== cs || te !== ce ? pick(ts, te) : pick(cs, ce);
  if (!at) return { label: "no candidate (not in the lexicon)" };
  return { label: at.label + (at.label.startsWith("kept") && at.type !== g.type ? ` as ${at.type}` : ""), at };
}

/** Rows "count  label", largest first. */
export function tallyLabels(labels: string[]): string {
  const n = new Map<string, number>();
  for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]).map(([l, k]) => `${String(k).padStart(5)}  ${l}`).join("\n");
}

/** The fate class of a label: merges and retellings without the trigger they joined. */
const fateClass = (l: string) => l.replace(/ «.*»$/, "");

/** The scorer's name for a document: the record id after "#" as <id>.txt, else the file's name. */
const docName = (p: string) => (p.includes("#") ? `${p.split("#")[1]}.txt` : path.basename(p));

async function main(argv: string[]) {
  const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const goldDir = arg("--gold"), records = arg("--records"), limit = Number(arg("--limit") ?? Infinity), list = argv.includes("--list");
  const valued = new Set(["--gold", "--records", "--limit"]);
  const files = records ? [records] : argv.filter((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1]));
  if (!files.length) { console.error("usage: npx tsx eval/trigger-fates.ts [--gold DIR] (--records FILE.jsonl | FILE…) [--limit N] [--list]"); process.exit(2); }
  const preds: Pred[] = [], tracedBy = new Map<string, Traced[]>(), all: (Traced & { doc: string; ctx: string })[] = [];
  let n = 0;
  for await (const raw of readInputs(files)) {
    if (isRasidError(raw)) continue;
    if (++n > limit) break;
    let r;
    try { r = traceArticle(() => processArticle(raw)); } catch { continue; }
    const name = docName(raw.source.path ?? "");
    const pred = toContract(r.doc) as unknown as Pred;
    pred.source = { path: name };
    preds.push(pred); tracedBy.set(name, r.traced);
    if (!goldDir) for (const x of r.traced) all.push({ ...x, doc: name, ctx: r.doc.text.slice(Math.max(0, x.start - 50), x.end + 50).replace(/\s+/g, " ") });
  }
  if (!goldDir) {
    console.log(`trigger candidates: ${all.length} in ${preds.length} documents\n${tallyLabels(all.map((x) => fateClass(x.label)))}`);
    console.log(`\nby fate and type:\n${tallyLabels(all.map((x) => `${fateClass(x.label)} | ${x.type ?? "-"}`))}`);
    if (list) {
      const shown = new Map<string, number>();
      for (const x of all) {
        const k = fateClass(x.label), s = shown.get(k) ?? 0;
        if (s >= 8) continue; shown.set(k, s + 1);
        console.log(`  ${x.label} | ${x.type ?? "-"} | ${x.doc} | [${x.text}] … ${x.ctx}`);
      }
    }
    return;
  }
  const rows: string[] = [], labels: string[] = [];
  for (const { gold, pred } of goldWithPredictions<Gold, Pred>(goldDir, preds)) {
    const traced = tracedBy.get(docName(pred.source?.path ?? "")) ?? [];
    for (const miss of missedEvents(gold, pred)) {
      const g = (gold.events ?? []).find((e) => !e.optional && e.type === miss.type && e.contains === miss.text)!;
      const f = fateOfGold(pred.text, g, traced);
      labels.push(fateClass(f.label));
      rows.push(`  ${f.label} | ${g.type} | ${miss.cls} | ${gold.doc} | TRIG=${g.trigger ?? "-"}${f.at ? ` AT=[${f.at.text}] ${f.at.type}` : ""} | ${g.contains}`);
    }
  }
  console.log(`missed gold events: ${labels.length}\n${tallyLabels(labels)}`);
  if (list) console.log("\n" + rows.join("\n"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) void main(process.argv.slice(2));
