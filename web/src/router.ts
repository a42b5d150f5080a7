// Hash routing (#/page/arg?query): every view, including "this article at this sentence", has
// a URL that can be bookmarked and shared, and the server needs no fallback route.
import { useEffect, useState } from "preact/hooks";

export type Page = "search" | "doc" | "entity" | "events" | "map" | "graph";
const PAGES: Page[] = ["search", "doc", "entity", "events", "map", "graph"];

export interface Route { page: Page; arg: string | null; query: URLSearchParams }

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, "");
  const q = h.indexOf("?");
  const path = q < 0 ? h : h.slice(0, q);
  const query = new URLSearchParams(q < 0 ? "" : h.slice(q + 1));
  const slash = path.indexOf("/");
  const head = slash < 0 ? path : path.slice(0, slash);
  const arg = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1));
  const page = (PAGES as string[]).includes(head) ? (head as Page) : "search";
  return { page, arg, query };
}

export type QueryValues = Record<string, string | number | boolean | null | undefined>;

export function queryString(values: QueryValues): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function href(page: Page, arg: string | null = null, query: QueryValues = {}): string {
  return `#/${page}${arg !== null ? `/${encodeURIComponent(arg)}` : ""}${queryString(query)}`;
}

/** The reader at one span of a document: where every fact links to. */
export const factHref = (doc: string, span: { start: number; end: number }): string =>
  href("doc", doc, { at: span.start, end: span.end });

export function navigate(to: string): void {
  if (location.hash !== to) location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}

/** Filters kept in the URL's query, so the back button and shared links restore them. */
export function queryValues(q: URLSearchParams, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) { const v = q.get(n); if (v) out[n] = v; }
  return out;
}
