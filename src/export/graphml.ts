// GraphML for Gephi and other network tools: entities as nodes (label, type, English name,
// documents, events), events source→target as directed edges weighted by count (with the
// count per PLOVER type), co-mentions as undirected edges weighted by shared documents. Built
// from the store's graph query, so it shows the same network as the web UI.
import type { Store } from "../store/store.ts";
import type { Sink } from "./sink.ts";

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates halves alone and U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const KEYS: [string, "node" | "edge", string, string][] = [
  ["label", "node", "label", "string"], ["type", "node", "type", "string"], ["name_en", "node", "name_en", "string"],
  ["documents", "node", "documents", "int"], ["events", "node", "events", "int"],
  ["kind", "edge", "kind", "string"], ["weight", "edge", "weight", "double"], ["types", "edge", "types", "string"],
];

export async function exportGraphml(store: Store, out: Sink, opts: { nodes?: number } = {}): Promise<{ nodes: number; edges: number }> {
  const g = await store.graph({ nodes: opts.nodes ?? 1000, comentions: true });
  const data = (key: string, v: string | number | null) => (v === null || v === "" ? "" : `<data key="${key}">${xmlEscape(String(v))}</data>`);
  await out('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const [id, on, name, type] of KEYS) await out(`  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type}"/>\n`);
  await out('  <graph id="rasid" edgedefault="directed">\n');
  for (const n of g.nodes) {
    await out(`    <node id="${xmlEscape(n.id)}">${data("label", n.name)}${data("type", n.type)}${data("name_en", n.name_en)}${data("documents", n.documents)}${data("events", n.events)}</node>\n`);
  }
  let i = 0;
  for (const e of g.edges) {
    const types = Object.entries(e.types).map(([t, c]) => `${t}:${c}`).join(" ");
    await out(`    <edge id="e${i++}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${e.kind === "comention" ? ' directed="false"' : ""}>` +
      `${data("kind", e.kind)}${data("weight", e.weight)}${data("types", types)}</edge>\n`);
  }
  await out("  </graph>\n</graphml>\n");
  return { nodes: g.nodes.length, edges: g.edges.length };
}
