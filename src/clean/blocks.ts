// DOM to paragraphs: the text of each block element (p, h1-h6, li, blockquote, div text, ...)
// becomes one line, inline elements (a, strong, span) stay inside their line, <br> breaks one.
// Works on any DOM that has childNodes/nodeType/localName (linkedom's, a browser's).
import { tidy } from "./paragraphs.ts";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
]);
export const NEVER_TEXT = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "select", "option", "textarea", "button", "input", "head", "title", "meta", "link"]);

export interface DomNode { nodeType: number; localName?: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

export function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let buf: string[] = [];
  const flush = () => { const t = tidy(buf.join("")); if (t) out.push(t); buf = []; };
  const walk = (node: DomNode) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      if (c.nodeType === 3) { buf.push(c.textContent ?? ""); continue; }
      if (c.nodeType !== 1) continue;
      const tag = (c.localName ?? "").toLowerCase();
      if (NEVER_TEXT.has(tag)) continue;
      if (tag === "br") { flush(); continue; }
      if (BLOCK.has(tag)) { flush(); walk(c); flush(); } else walk(c);
    }
  };
  walk(root);
  flush();
  return out;
}
