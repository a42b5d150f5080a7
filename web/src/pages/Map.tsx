// An offline map: world-atlas country outlines (shipped in node_modules, built into the UI's
// assets) projected with d3-geo into plain SVG; no tile server, nothing fetched from outside.
// Places are circles sized by how many documents name them; located events are red diamonds.
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { useEffect, useMemo, useState } from "preact/hooks";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import atlasUrl from "world-atlas/countries-50m.json?url";
import type { GeoResult } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Status, fmtNum } from "../components/common.tsx";
import { Filters } from "../components/Filters.tsx";
import { useT } from "../i18n.ts";
import { factHref, href, navigate, queryValues } from "../router.ts";

const FIELDS = ["type", "entity", "from", "to", "outlet"] as const;
const W = 960, H = 560;

let atlas: Promise<GeoPermissibleObjects> | null = null;
function loadAtlas(): Promise<GeoPermissibleObjects> {
  atlas ??= fetch(atlasUrl).then((r) => r.json()).then((topo: Topology<{ countries: GeometryCollection }>) =>
    feature(topo, topo.objects.countries) as GeoPermissibleObjects);
  return atlas;
}

/** The area to show: everything plotted with a margin (at least ~20° across), else the world. */
function extent(points: [number, number][]): GeoPermissibleObjects {
  if (!points.length) return { type: "Sphere" };
  const lons = points.map((p) => p[0]), lats = points.map((p) => p[1]);
  const pad = (lo: number, hi: number, min: number): [number, number] => {
    const mid = (lo + hi) / 2, half = Math.max(min, hi - lo) / 2 + 2;
    return [mid - half, mid + half];
  };
  const [x0, x1] = pad(Math.min(...lons), Math.max(...lons), 24);
  const [y0, y1] = pad(Math.min(...lats), Math.max(...lats), 16);
  return { type: "MultiPoint", coordinates: [[Math.max(-180, x0), Math.max(-80, y0)], [Math.min(180, x1), Math.min(84, y1)]] };
}

export function MapPage({ query }: { query: URLSearchParams }) {
  const t = useT();
  const values = queryValues(query, [...FIELDS]);
  const geo = useApi<GeoResult>("geo", { ...values, places: 500, limit: 1000 });
  const [countries, setCountries] = useState<GeoPermissibleObjects | null>(null);
  useEffect(() => { loadAtlas().then(setCountries); }, []);
  const apply = (v: Record<string, string>) => navigate(href("map", null, v));

  const drawn = useMemo(() => {
    if (!countries || !geo.data) return null;
    const pts: [number, number][] = [...geo.data.places.map((p) => [p.lon, p.lat] as [number, number]),
      ...geo.data.events.filter((e) => e.lat !== null && e.lon !== null).map((e) => [e.lon!, e.lat!] as [number, number])];
    const projection = geoMercator().fitExtent([[10, 10], [W - 10, H - 10]], extent(pts));
    const path = geoPath(projection);
    return { projection, outline: path(countries) ?? "" };
  }, [countries, geo.data]);

  const maxDocs = Math.max(1, ...(geo.data?.places ?? []).map((p) => p.documents));
  const labelled = new Set([...(geo.data?.places ?? [])].sort((a, b) => b.documents - a.documents).slice(0, 25).map((p) => p.id));
  return (
    <section class="page map-page">
      <Filters key={query.toString()} fields={[...FIELDS]} values={values} onApply={apply} />
      <Status loading={!drawn && !geo.error} error={geo.error} />
      {drawn && geo.data && (
        <>
          <p class="count" dir="auto">{fmtNum(geo.data.places.length)} {t("places")} · {fmtNum(geo.data.events.length)} {t("events")}</p>
          <svg class="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("map")} dir="ltr" style={{ direction: "ltr" }}>
            <rect width={W} height={H} class="sea" />
            <path d={drawn.outline} class="land" />
            {geo.data.places.map((p) => {
              const xy = drawn.projection([p.lon, p.lat]);
              if (!xy) return null;
              const r = 3 + 12 * Math.sqrt(p.documents / maxDocs);
              return (
                <a href={href("entity", p.id)} class={`place t-${p.type}`}>
                  <title>{p.name} · {p.documents} {t("documents")} · {p.events} {t("events")}</title>
                  <circle cx={xy[0]} cy={xy[1]} r={r} />
                  {labelled.has(p.id) && <text x={xy[0]} y={xy[1] - r - 3} text-anchor="middle">{p.name}</text>}
                </a>
              );
            })}
            {geo.data.events.map((e) => {
              const xy = e.lat !== null && e.lon !== null ? drawn.projection([e.lon, e.lat]) : null;
              if (!xy) return null;
              return (
                <a href={factHref(e.document, e.sentence)} class="event-dot">
                  <title>{t.plover(e.type)} · {e.day ?? ""} · {e.location_name ?? ""}: {e.evidence.slice(0, 120)}</title>
                  <rect x={xy[0] - 3} y={xy[1] - 3} width={6} height={6} transform={`rotate(45 ${xy[0]} ${xy[1]})`} />
                </a>
              );
            })}
          </svg>
        </>
      )}
    </section>
  );
}
