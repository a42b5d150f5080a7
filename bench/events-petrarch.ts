// Sentence-level event benchmark on the UniversalPetrarch Arabic validation set (645 hand-coded
// sentences, each with an ASSAULT or PROTEST event). Measurement only: the data stays in
// /work/shared and nothing from it is copied into the project. Prints the table issue 4 asks:
//   share of gold events found with the right type; trigger found (over gold triggers that are
//   substrings of the sentence); source and target found (a predicted actor's mention overlaps
//   the gold source_text / target_text); predicted events of another type.
//   npx tsx bench/events-petrarch.ts [FILE.jsonl] [--misses]   (--misses: each missed source/target
//   on stderr, with the actors predicted for that type, to see the classes of error)
import fs from "node:fs";
import type { Document } from "../src/core/document.ts";
import { processArticle } from "../src/pipeline/process.ts";
import type { EventWithActors } from "../src/events/find-events.ts";

const argv = process.argv.slice(2);
const misses = argv.includes("--misses");
const file = argv.find((a) => !a.startsWith("--")) ?? "/work/shared/corpus/events/petrarch-ar-validation.jsonl";
interface Gold { trigger: string; source_text: string; target_text: string; plover: string }
const rows = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; events: Gold[] });

const n = { gold: 0, typed: 0, trigGold: 0, trigFound: 0, srcGold: 0, srcFound: 0, tgtGold: 0, tgtFound: 0, pred: 0, otherType: 0, failed: 0 };
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

for (const r of rows) {
  let doc: Document;
  try {
    doc = processArticle({ id: r.id, source: { path: r.id, url: null }, kind: "text", body: r.text, title: null, published: null, encoding: "utf-8" });
  } catch { n.failed++; n.gold += r.events.length; continue; }
  const text = doc.text;
  const goldTypes = new Set(r.events.map((e) => e.plover));
  n.pred += doc.events.length;
  n.otherType += doc.events.filter((e) => !goldTypes.has(e.type)).length;
  const mentionsOf = (id: string | null) => (id ? doc.entities.find((e) => e.id === id)?.mentions ?? [] : []);
  const spanOf = (s: string) => { const i = s ? text.indexOf(s) : -1; return i >= 0 ? { start: i, end: i + s.length } : null; };
  for (const g of r.events) {
    n.gold++;
    const same = doc.events.filter((e) => e.type === g.plover);
    if (same.length) n.typed++;
    const t = spanOf(g.trigger);
    if (t) { n.trigGold++; if (doc.events.some((e) => overlaps(e.trigger_span, t))) n.trigFound++; }
    const s = spanOf(g.source_text);
    // an actor is found when one of its entity's mentions, or the actor words the event reports
    // (source_span/target_span: generic actors such as المتظاهرون have no entity), overlap the gold words
    const found = (e: EventWithActors, role: "source" | "target", span: { start: number; end: number }) =>
      mentionsOf(e[role]).some((m) => overlaps(m, span)) || (!!e[`${role}_span`] && overlaps(e[`${role}_span`]!, span));
    const miss = (role: "source" | "target", gold: string) => misses && console.error(`MISS ${role} ${g.plover} gold=${gold} pred=${(same as EventWithActors[]).map((e) => `${e.trigger}:${e.source_text ?? "-"}->${e.target_text ?? "-"}`).join(" ") || "none"} | ${r.text.slice(0, 200)}`);
    if (s) { n.srcGold++; if ((same as EventWithActors[]).some((e) => found(e, "source", s))) n.srcFound++; else miss("source", g.source_text); }
    const o = spanOf(g.target_text);
    if (o) { n.tgtGold++; if ((same as EventWithActors[]).some((e) => found(e, "target", o))) n.tgtFound++; else miss("target", g.target_text); }
  }
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
console.log(`UniversalPetrarch Arabic validation: ${rows.length} sentences, ${n.gold} gold events (actors: real pipeline, src/pipeline/process.ts)`);
console.log(`gold events found with the right type   ${pct(n.typed, n.gold)}  (${n.typed}/${n.gold})`);
console.log(`trigger found (gold trigger in sentence)  ${pct(n.trigFound, n.trigGold)}  (${n.trigFound}/${n.trigGold})`);
console.log(`source found                              ${pct(n.srcFound, n.srcGold)}  (${n.srcFound}/${n.srcGold})`);
console.log(`target found                              ${pct(n.tgtFound, n.tgtGold)}  (${n.tgtFound}/${n.tgtGold})`);
console.log(`predicted events of another type          ${pct(n.otherType, n.pred)}  (${n.otherType}/${n.pred})`);
if (n.failed) console.log(`sentences the pipeline rejected           ${n.failed}`);
