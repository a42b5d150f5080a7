// What an HTML page says about itself: its headline (og:title, twitter:title, <title>, cross-
// checked against the page's headings) and its publication date (article:published_time and
// its cousins, JSON-LD datePublished, <time datetime>). Meta wins over dates found in the text.
import { isoDate } from "../input/iso-date.ts";
import { parseDate } from "../text/dates.ts";
import { blockTexts } from "./blocks.ts";
import { tidy } from "./paragraphs.ts";
import { pickTitle } from "./title.ts";

export interface PageMeta { title: string | null; published: string | null }

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
  'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]', 'meta[name="sailthru.date"]', 'meta[property="rnews:datePublished"]',
];

export function pageMeta(doc: any): PageMeta {
  const content = (sel: string): string | null => tidy(doc.querySelector(sel)?.getAttribute("content") ?? "") || null;
  const headings = [...doc.querySelectorAll("h1, h2, h3")].map(headingText).filter(Boolean);
  const h1 = headings.length ? [...doc.querySelectorAll("h1")].map(headingText).filter(Boolean) : [];
  const siteName = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]');
  const titleTag = tidy(doc.querySelector("title")?.textContent ?? "") || null;
  const titles = [content('meta[property="og:title"]'), content('meta[name="twitter:title"]'), titleTag];
  let title: string | null = pickTitle(titles, [...h1, ...headings], siteName) || null;
  return { title, published: metaDate(doc, content) };
}

/** A heading's own text: its first block (an unclosed <h1> may swallow the paragraphs after it). */
const headingText = (h: any): string => blockTexts(h)[0] ?? "";

function metaDate(doc: any, content: (sel: string) => string | null): string | null {
  for (const sel of DATE_META) {
    const d = asDate(content(sel));
    if (d) return d;
  }
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const d = asDate(findKey(JSON.parse(s.textContent ?? ""), "datePublished", 0));
      if (d) return d;
    } catch { /* a broken JSON-LD block says nothing */ }
  }
  const timed = doc.querySelector("article time[datetime], main time[datetime], [itemprop=datePublished][datetime], time[datetime]");
  return asDate(timed?.getAttribute("datetime") ?? null) ?? asDate(tidy(doc.querySelector("[itemprop=datePublished]")?.textContent ?? ""));
}

const asDate = (s: unknown): string | null => (typeof s === "string" && s ? isoDate(s) ?? parseDate(s) : null);

function findKey(o: unknown, key: string, depth: number): unknown {
  if (!o || typeof o !== "object" || depth > 6) return null;
  if (Array.isArray(o)) { for (const x of o) { const v = findKey(x, key, depth + 1); if (v) return v; } return null; }
  const rec = o as Record<string, unknown>;
  if (typeof rec[key] === "string") return rec[key];
  for (const v of Object.values(rec)) { const f = findKey(v, key, depth + 1); if (f) return f; }
  return null;
}
