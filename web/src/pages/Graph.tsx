// The actor network: entities as nodes (sized by activity), events as arrows from actor to
// target (thicker for more events), co-mentions as dashed grey lines. Drawn with cytoscape;
// tapping a node opens the entity, tapping an arrow lists those events.
import { useEffect, useRef } from "preact/hooks";
import type { Graph } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Status, fmtNum } from "../components/common.tsx";
import { Filters } from "../components/Filters.tsx";
import { useT } from "../i18n.ts";
import { href, navigate, queryValues } from "../router.ts";

const FIELDS = ["type", "entity", "from", "to", "outlet"] as const;
const COMENTION_EDGES = 150;

/** Every event edge, but only the strongest co-mention edges: thousands of them hide the actors. */
export function readable(g: Graph): Graph {
  const events = g.edges.filter((e) => e.kind === "event");
  const co = g.edges.filter((e) => e.kind === "comention").sort((a, b) => b.weight - a.weight).slice(0, COMENTION_EDGES);
  return { nodes: g.nodes, edges: [...events, ...co] };
}

const TYPE_COLOR: Record<string, string> = { PERSON: "#1b6ca8", ORG: "#8e44ad", GPE: "#27ae60", LOC: "#b7950b", FAC: "#d35400" };

export function GraphPage({ query }: { query: URLSearchParams }) {
  const t = useT();
  const values = queryValues(query, [...FIELDS, "comentions", "min_weight"]);
  const graph = useApi<Graph>("graph", { ...values, nodes: 60 });
  const box = useRef<HTMLDivElement>(null);
  const apply = (v: Record<string, string>) => navigate(href("graph", null, { ...v, comentions: values.comentions, min_weight: values.min_weight }));

  useEffect(() => {
    if (!graph.data || !box.current) return;
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    const g = readable(graph.data);
    import("cytoscape").then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const maxW = Math.max(1, ...g.edges.map((e) => e.weight));
      const maxV = Math.max(1, ...g.nodes.map((n) => n.events + n.documents));
      const c = cytoscape({
        container: box.current,
        elements: [
          ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: TYPE_COLOR[n.type] ?? "#555", size: 12 + 36 * Math.sqrt((n.events + n.documents) / maxV) } })),
          ...g.edges.map((e, i) => ({ data: {
            id: `e${i}`, source: e.source, target: e.target, kind: e.kind,
            width: 1 + 4 * (e.weight / maxW), label: e.kind === "event" && g.edges.length <= 60 ? Object.keys(e.types).map((k) => t.plover(k)).join("، ") : "",
          } })),
        ],
        style: [
          { selector: "node", style: { "background-color": "data(color)", label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 15, "text-valign": "bottom", "text-margin-y": 4,
            "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": "2px", "font-family": "Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif" } },
          { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "line-color": "#c0392b", "target-arrow-color": "#c0392b", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 9, color: "#7a2a20" } },
          { selector: "edge[kind = 'comention']", style: { "line-color": "#ccc", "line-style": "dashed", width: 1, "target-arrow-shape": "none", label: "" } },
        ],
        layout: { name: "cose", animate: false, randomize: false, padding: 40, componentSpacing: 120, nodeOverlap: 40,
          nodeRepulsion: () => 400_000, idealEdgeLength: () => 140 },
        minZoom: 0.1, maxZoom: 1.4,   // a small network is not blown up to fill the box
        wheelSensitivity: 0.3,
      });
      c.on("tap", "node", (ev) => navigate(href("entity", ev.target.id())));
      c.on("tap", "edge[kind = 'event']", (ev) => navigate(href("events", null, { source: ev.target.data("source"), target: ev.target.data("target") })));
      cy = c;
    });
    return () => { destroyed = true; cy?.destroy(); };
  }, [graph.data, t.lang]);

  return (
    <section class="page graph-page">
      <Filters key={query.toString()} fields={[...FIELDS]} values={values} onApply={apply} />
      <div class="graph-controls">
        <label><input type="checkbox" checked={values.comentions !== "false"}
          onChange={(e) => navigate(href("graph", null, { ...values, comentions: e.currentTarget.checked ? undefined : "false" }))} /> {t("comentions")}</label>
        <label>{t("minWeight")} <input type="number" min={1} value={values.min_weight ?? "1"} style={{ width: "4em" }}
          onChange={(e) => navigate(href("graph", null, { ...values, min_weight: e.currentTarget.value === "1" ? undefined : e.currentTarget.value }))} /></label>
        {graph.data && <span class="count" dir="auto">{fmtNum(graph.data.nodes.length)} {t("nodes")} · {fmtNum(graph.data.edges.length)} {t("edges")}</span>}
      </div>
      <Status loading={graph.loading && !graph.data} error={graph.error} />
      <div class="graph" ref={box} dir="ltr" />
    </section>
  );
}
