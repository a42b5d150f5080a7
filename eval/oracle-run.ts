// Runs the quote and event stages on the development articles with ORACLE entities (the gold
// aliases placed as mentions) and the fallback text layer, and writes contract JSON Lines, so
// the quote/event stages can be scored alone with shared/eval/score.mjs while the rest of the
// pipeline is being built. Measurement only: reads /work/shared, ships nothing from it.
//   npx tsx eval/oracle-run.ts /work/shared/corpus/articles /work/shared/eval/gold > /tmp/oracle.jsonl
import fs from "node:fs";
import path from "node:path";
import { findQuotes } from "../src/quotes/find-quotes.ts";
import { findEvents } from "../src/events/find-events.ts";
import { makeDoc } from "./lib/fallback-text.ts";

const [artDir, goldDir] = process.argv.slice(2);
for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith(".gold.json")).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), "utf8"));
  const text = fs.readFileSync(path.join(artDir, g.doc), "utf8");
  const ents = g.entities.map((e: { key: string; type: "PERSON"; aliases: string[] }) => ({ id: "g:" + e.key, type: e.type, forms: e.aliases }));
  const doc = makeDoc(text, ents, g.published ?? null);
  doc.quotes = findQuotes(doc);
  doc.events = findEvents(doc);
  const key = (id: string | null) => id;
  process.stdout.write(JSON.stringify({
    schema: "rasid.document/1", id: g.doc, source: { path: g.doc, url: null }, language: "ar", title: doc.title, published: doc.published, text,
    entities: doc.entities, quotes: doc.quotes.map((q) => ({ ...q, speaker: key(q.speaker) })), events: doc.events,
  }) + "\n");
}
