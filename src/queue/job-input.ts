// What a job holds, turned back into articles: the same reading rules as `rasid ingest` (input/),
// so a document stored by a worker is byte for byte the one ingest or extract would produce. A
// record job holds one JSON Lines line; a file job holds the file's bytes (a file that turns out
// to be JSON Lines without the extension gives one article per record, as read.ts does).
import { isRasidError, RasidError } from "../core/errors.ts";
import { decode } from "../input/decode.ts";
import { sha256 } from "../input/hash.ts";
import { sniffKind, type ReadOutcome } from "../input/read.ts";
import { recordToArticle } from "../input/records.ts";
import type { Job } from "./queue.ts";

export function articlesOfJob(job: Pick<Job, "kind" | "path" | "line" | "payload">): ReadOutcome[] {
  try {
    if (!job.payload) throw new RasidError("E_NOT_FOUND", ref(job), "the job holds no input (finished or cleared)");
    if (job.kind === "record") return [recordToArticle(job.payload.toString("utf8"), job.path, job.line)];
    const bytes = new Uint8Array(job.payload);
    const { text, encoding } = decode(bytes, job.path);
    const kind = sniffKind(text);
    if (kind === "jsonl") return records(text, job.path);
    return [{ id: sha256(bytes), source: { path: job.path, url: null }, kind, body: text, title: null, published: null, encoding }];
  } catch (e) {
    return [isRasidError(e) ? e : new RasidError("E_INTERNAL", ref(job), String(e))];
  }
}

function records(text: string, file: string): ReadOutcome[] {
  const out: ReadOutcome[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(recordToArticle(line, file, i + 1)); } catch (e) {
      out.push(isRasidError(e) ? e : new RasidError("E_BAD_RECORD", `${file}#${i + 1}`, (e as Error).message));
    }
  });
  return out;
}

const ref = (job: Pick<Job, "path" | "line">) => (job.line ? `${job.path}#${job.line}` : job.path);
