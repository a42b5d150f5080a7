// The export formats by name: what `rasid export --format NAME` accepts and what --help lists.
import type { Store } from "../store/store.ts";
import { exportCsv } from "./csv.ts";
import { exportGeojson } from "./geojson.ts";
import { exportGraphml } from "./graphml.ts";
import { exportJsonl } from "./jsonl.ts";
import { exportPlover } from "./plover.ts";
import type { Sink } from "./sink.ts";
import { exportStix } from "./stix.ts";

export interface ExportOptions { bom?: boolean; nodes?: number; now?: Date }

export const FORMATS: Record<string, { description: string; run: (store: Store, out: Sink, opts: ExportOptions) => Promise<unknown> }> = {
  jsonl: { description: "contract documents, one JSON object per line", run: (s, o) => exportJsonl(s, o) },
  csv: { description: "events with ACLED-like columns (--bom for Excel)", run: (s, o, x) => exportCsv(s, o, { bom: x.bom }) },
  geojson: { description: "FeatureCollection of located events and places (QGIS)", run: (s, o) => exportGeojson(s, o) },
  plover: { description: "events as PLOVER JSON Lines", run: (s, o) => exportPlover(s, o) },
  stix: { description: "STIX 2.1 bundle: reports, identities, threat actors, locations, relationships", run: (s, o, x) => exportStix(s, o, { now: x.now }) },
  graphml: { description: "actor network for Gephi: entities, event and co-mention edges", run: (s, o, x) => exportGraphml(s, o, { nodes: x.nodes }) },
};
