// One reader thread of the server's pool (readers.ts): its own read-only connection to the
// SQLite file, answering one route at a time with the same handlers the in-process app uses,
// and sending back the answer already as UTF-8 JSON (transferred, not copied), so the main
// thread only moves bytes. Errors travel as their code, input and detail; anything untyped is a
// bug, logged here with its stack and answered as E_INTERNAL.
import { parentPort, workerData } from "node:worker_threads";
import { isRasidError } from "../core/errors.ts";
import { openStore } from "../store/open.ts";
import { routes } from "./routes/index.ts";
import type { Params } from "./route.ts";

export interface ReadRequest { seq: number; route: string; params: Params }
export type ReadReply =
  | { seq: number; body: Uint8Array<ArrayBuffer> }
  | { seq: number; error: { code: string; input: string | null; detail: string | null } };

const store = await openStore(workerData.db as string, { readonly: true, mustExist: true });
const byId = new Map(routes.map((r) => [r.id, r]));
const utf8 = new TextEncoder();

parentPort!.on("message", async (m: ReadRequest) => {
  let reply: ReadReply;
  try {
    const route = byId.get(m.route);
    if (!route) throw new Error(`no route ${m.route}`);
    const body = utf8.encode(JSON.stringify(await route.handler(store, m.params))) as Uint8Array<ArrayBuffer>;
    parentPort!.postMessage({ seq: m.seq, body } satisfies ReadReply, [body.buffer]);
    return;
  } catch (e) {
    if (!isRasidError(e)) process.stderr.write(`rasid serve: reader: ${m.route} ${JSON.stringify(m.params)}: ${(e as Error).stack ?? e}\n`);
    reply = isRasidError(e)
      ? { seq: m.seq, error: { code: e.code, input: e.input, detail: e.detail } }
      : { seq: m.seq, error: { code: "E_INTERNAL", input: null, detail: null } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
