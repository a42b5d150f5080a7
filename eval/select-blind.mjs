#!/usr/bin/env node
// Draws articles for a blind evaluation set from SaudiNewsNet: political or security news of
// 1,500-4,500 characters with a reporting cue, in a seeded shuffle, never a development article.
// The workplace's annotators then write gold for them by /work/shared/eval/GUIDELINES.md without
// running Rasid. The articles and their gold hold corpus text, so they stay in the workplace; only
// this script and the ids (eval/blind-sets.md) are the project's. Measurement only.
//   node eval/select-blind.mjs [--seed N] [--n N] [--out DIR]   (needs ../shared beside the repo)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const seed = Number(opt("--seed", 20261124)), n = Number(opt("--n", 48)), out = opt("--out", null);
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared");
const dir = path.join(shared, "corpus/saudinewsnet");
if (!fs.existsSync(dir)) { console.error(`select-blind: ${dir} not found (../shared is not beside this checkout); nothing to draw from`); process.exit(2); }
const dev = new Set(fs.readdirSync(path.join(shared, "corpus/articles")).map((f) => f.replace(/\.txt$/, "")));
// a reporting cue, and six or more political/security words: the kind of article issue 4 is about
const cue = /(^|\s)(و?قال|و?أكد|و?أضاف|و?أوضح|و?أشار|بحسب|وفقا|و?ذكر)(ت)?\s/;
const topic = ["قتل", "هجوم", "داعش", "الحوثي", "قوات", "مسلح", "اعتقل", "الجيش", "غارات", "تفجير", "انتحاري", "المعارضة", "النظام", "الأمن", "اشتباك", "وزير", "الرئيس", "الحكومة", "اتفاق", "مفاوضات", "عسكري", "تنظيم", "ميليشيا", "المتمردين", "الشرطة", "احتجاج", "مظاهرة", "عقوبات", "سفير", "محادثات"];
const opinion = /(opinion|columns?|writers|kottab|maqal)/i; // columnists' pages by URL
const rows = [];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".jsonl")).sort()) {
  for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line), c = r.content ?? "";
    if (dev.has(r.id) || c.length < 1500 || c.length > 4500 || !cue.test(c)) continue;
    let url = r.url; try { url = decodeURI(r.url); } catch { /* keep it encoded */ }
    if (opinion.test(url)) continue;
    if (topic.filter((w) => c.includes(w)).length >= 6) rows.push(r);
  }
}
let s = seed >>> 0;
const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
for (let i = rows.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [rows[i], rows[j]] = [rows[j], rows[i]]; }
console.error(`select-blind: ${rows.length} candidates, seed ${seed}, first ${n}`);
for (const r of rows.slice(0, n)) {
  console.log(JSON.stringify({ id: r.id, source: r.source, date: r.date_extracted.slice(0, 10), chars: r.content.length, title: r.title }));
  if (out) { fs.mkdirSync(out, { recursive: true }); fs.writeFileSync(path.join(out, `${r.id}.txt`), `${r.title}\n${r.content}\n`); }
}
