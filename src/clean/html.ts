// HTML pages: a real DOM (linkedom), the page's own metadata for title and date, then Mozilla
// Readability for the article block, then the same text cleaner as scraped text (Readability keeps
// inline "read also" links, ad labels and tag lines inside the article, which the text cleaner
// takes out). Before Readability, elements that are chrome by their markup (figure captions,
// share bars, comment sections, ad slots, tag lists: named so by their class or id on most sites)
// are removed. Broken markup is parsed as well as it can be; if the DOM fails altogether, the
// tags are stripped and the text cleaner does the rest.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { blockTexts, NEVER_TEXT, type DomNode } from "./blocks.ts";
import { pageMeta } from "./html-meta.ts";
import { paragraphs } from "./paragraphs.ts";

export interface HtmlPage {
  title: string | null;      // from the page's headings and meta, site name cut off
  published: string | null;  // from meta, JSON-LD or <time datetime>
  blocks: string[];          // the article's paragraphs (Readability's choice), uncleaned
  pageBlocks: string[];      // every paragraph of the page, for dates stated in the text
}

// class/id words that mark chrome on most sites
const CHROME_ATTR = /(^|[\s_-])(comments?|share|sharing|social|related|tags?|tag-?list|keywords|breadcrumbs?|newsletter|subscribe|sidebar|ads?|advert\w*|adslot|sponsor\w*|promo|caption|cookies?|popular|most-?read|trending|read-?more|readmore|also|widget|byline-share)([\s_-]|$)/i;
const CHROME_TAGS = ["nav", "footer", "aside", "figcaption", "form", ...NEVER_TEXT];

export function readHtml(html: string): HtmlPage {
  let doc: any;
  try {
    const src = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    doc = parseHTML(src).document;
    if (!doc?.body) throw new Error("no body");
  } catch {
    const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<br\s*\/?>|<\/(p|div|h\d|li)>/gi, "\n").replace(/<[^>]*>/g, " ");
    const blocks = paragraphs(decodeEntities(text));
    return { title: null, published: null, blocks, pageBlocks: blocks };
  }
  const meta = pageMeta(doc);
  const pageBlocks = blockTexts(doc.body as DomNode);
  prune(doc);
  let blocks: string[] = [];
  try {
    const article = new Readability(doc, { charThreshold: 200, keepClasses: false }).parse();
    if (article?.content) blocks = blockTexts(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as DomNode);
  } catch { /* Readability gave up: fall back to the pruned page */ }
  if (!blocks.length) blocks = blockTexts(doc.body as DomNode);
  return { title: meta.title, published: meta.published, blocks, pageBlocks };
}

/** Remove elements that are chrome by tag or by class/id, unless they hold the article. */
function prune(doc: any): void {
  for (const el of [...doc.querySelectorAll(CHROME_TAGS.join(","))]) if (!holdsArticle(el)) el.remove();
  for (const el of [...doc.querySelectorAll("[class],[id]")]) {
    if (!el.isConnected && el.parentNode == null) continue;
    const attr = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (CHROME_ATTR.test(attr) && !holdsArticle(el)) el.remove();
  }
}

/** An element with several long paragraphs is the article (or wraps it), whatever its name. */
function holdsArticle(el: any): boolean {
  let long = 0;
  for (const p of el.querySelectorAll("p")) if ((p.textContent ?? "").length > 120 && ++long >= 2) return true;
  return false;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") { const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : +e.slice(1); return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m; }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
