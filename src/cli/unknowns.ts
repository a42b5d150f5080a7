// `rasid unknowns FILE...`: the names the knowledge base does not know, most frequent first, so
// an analyst grows the KB where it matters (then `rasid kb add`). Counts documents, not mentions,
// so one article repeating a name does not outrank a name many articles use.
import type { Command } from "commander";
import { extract } from "../pipeline/run.ts";
import { writeLine } from "./io.ts";
import { loadKb } from "../kb/index.ts";

interface Unknown { id: string; type: string; name: string; nameEn: string | null; docs: number; mentions: number; forms: Set<string> }

export function register(program: Command): void {
  program
    .command("unknowns")
    .description("report the most frequent names the knowledge base does not know (to grow it)")
    .argument("<inputs...>", "files, folders (recursive) or - for standard input")
    .option("--top <n>", "how many to list", "50")
    .option("--type <type>", "only PERSON, ORG, GPE, LOC or FAC")
    .option("--json", "one JSON object per name instead of a table")
    .action(async (inputs: string[], opts: { top: string; type?: string; json?: boolean }) => {
      const seen = new Map<string, Unknown>();
      const kb = loadKb();
      const errors = new Map<string, number>();
      let docs = 0, failed = 0;
      for await (const o of extract(inputs)) {
        if (!o.ok) { failed++; errors.set(o.error.code, (errors.get(o.error.code) ?? 0) + 1); continue; }
        docs++;
        for (const e of o.doc.entities) {
          if (kb.byId(e.id) || (opts.type && e.type !== opts.type.toUpperCase())) continue;
          let u = seen.get(e.id);
          if (!u) seen.set(e.id, (u = { id: e.id, type: e.type, name: e.name, nameEn: e.name_en, docs: 0, mentions: 0, forms: new Set() }));
          u.docs++;
          u.mentions += e.mentions.length;
          for (const m of e.mentions) u.forms.add(m.text);
        }
      }
      const top = [...seen.values()].sort((a, b) => b.docs - a.docs || b.mentions - a.mentions).slice(0, Number(opts.top) || 50);
      for (const u of top) {
        if (opts.json) await writeLine(JSON.stringify({ ...u, forms: [...u.forms] }));
        else await writeLine(`${String(u.docs).padStart(5)} ${String(u.mentions).padStart(6)}  ${u.type.padEnd(6)} ${u.name}  (${u.nameEn ?? ""}; ${[...u.forms].slice(0, 4).join(" | ")})`);
      }
      const why = [...errors].map(([code, n]) => `${n} ${code}`).join(", ");
      process.stderr.write(`rasid: ${docs} document(s), ${seen.size} unknown name(s)${failed ? `, ${failed} input(s) failed (${why})` : ""}\n`);
      process.exitCode = failed ? 1 : 0;
    });
}
