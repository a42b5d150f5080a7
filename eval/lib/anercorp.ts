// ANERcorp read and split exactly as shared/corpus/ner/README.md says: with N non-empty token
// lines, the test part starts at the first token after line floor(5N/6) whose previous token is
// . ! ؟ or ?; everything before is train. Shared by the training script and the evaluation so
// they can never disagree about where the test part starts. The corpus itself is never copied.
import fs from "node:fs";
import { RasidError } from "../../src/core/errors.ts";

export interface Row { tok: string; tag: string }
export const END = new Set([".", "!", "؟", "?"]);

export function readAnercorp(file: string): { train: Row[]; test: Row[]; start: number } {
  const lines = fs.readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  const rows = lines.map((l) => { const i = l.lastIndexOf(" "); return { tok: l.slice(0, i), tag: l.slice(i + 1) }; });
  let start = Math.floor((5 * rows.length) / 6);
  while (start < rows.length && !END.has(rows[start - 1].tok)) start++;
  return { train: rows.slice(0, start), test: rows.slice(start), start };
}

/** Documents of ~`per` sentences: [first row, end row) ranges, and the text with each row's offset. */
export function documents(rows: Row[], per = 40): { from: number; to: number; text: string; offs: number[] }[] {
  const out = [];
  let i = 0;
  while (i < rows.length) {
    let j = i, sentences = 0;
    while (j < rows.length && sentences < per) { if (END.has(rows[j].tok)) sentences++; j++; }
    const offs: number[] = [];
    let text = "";
    for (let k = i; k < j; k++) { offs.push(text.length); text += rows[k].tok + (k + 1 < j ? " " : ""); }
    out.push({ from: i, to: j, text, offs });
    i = j;
  }
  return out;
}

/**
 * The development part for choosing features and merge rules without looking at the test part:
 * one sixth of the train part's documents, fold K = 1..6 (default 6, the last sixth;
 * scripts/train-ner.ts --dev [--fold K] trains on the other five). One sixth alone misleads: the
 * last behaves unlike the test part (eval/README.md, session 4), so merge rules are chosen on
 * several folds pooled.
 */
const FOLDS = 6;
/** [first, end) document indices of held-out fold K (1..6) among `documentCount` documents. */
export function foldRange(documentCount: number, fold = FOLDS): [number, number] {
  if (!Number.isInteger(fold) || fold < 1 || fold > FOLDS) throw new RasidError("E_USAGE", `--fold ${fold}`, `a fold is 1..${FOLDS}`);
  return [Math.floor(((fold - 1) * documentCount) / FOLDS), Math.floor((fold * documentCount) / FOLDS)];
}
export function devRows(train: Row[], fold = FOLDS): Row[] {
  const docs = documents(train);
  const [a, b] = foldRange(docs.length, fold);
  return train.slice(docs[a].from, b < docs.length ? docs[b].from : train.length);
}
/** The --fold K argument of a script (default 6). */
export function foldArg(args: readonly string[]): number {
  return args.includes("--fold") ? Number(args[args.indexOf("--fold") + 1]) : FOLDS;
}
