// Quotation marks: finds the spans of quoted text in any of the marks Arabic news uses
// («», “”, „“, "", ((…)), and '' when clearly paired), including quotations that run over
// several sentences. A quotation stops at the end of its paragraph unless the next paragraph
// opens with a quotation mark (the convention for continued speech).
import type { Span } from "../core/contract.ts";

export interface QuoteMarks extends Span { open: number; close: number } // content [start, end)

const PAIRS: [string, string][] = [["«", "»"], ["“", "”"], ["„", "“"], ["((", "))"]];
const MAX = 3000;

// only an opening mark can start a quotation: « “ „ " ' ( ” (each one UTF-16 unit); found by the
// regex engine's scan, not a loop over every character in JavaScript
const OPENERS = /[\u00ab\u201c\u201e"'(\u201d]/g;

export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let i = 0;
  for (;;) {
    OPENERS.lastIndex = i;
    if (!OPENERS.test(text)) break;
    const at = OPENERS.lastIndex - 1;
    const q = matchAt(text, at);
    if (q) { out.push(q); i = q.close + 1; } else i = at + 1;
  }
  return out;
}

function matchAt(text: string, i: number): QuoteMarks | null {
  for (const [o, c] of PAIRS) {
    if (!text.startsWith(o, i)) continue;
    const from = i + o.length;
    let j = text.indexOf(c, from);
    // a stray opener inside (“ … “ … ”) means the writer used one mark for both: take the next closer
    if (j < 0 || j - from > MAX) continue;
    // "لـ«إطار عمل … . وقال: «…»": an opener never closed before the next one and a sentence end
    const again = text.indexOf(o, from);
    if (again >= 0 && again < j && /[.!?؟]\s/.test(text.slice(from, again))) continue;
    const inner = text.slice(from, j);
    if (inner.includes("\n") && !/\n\s*[«“"]/.test(inner)) continue;
    return { open: i, close: j + c.length - 1, start: from, end: j };
  }
  // the same mark both ways: "…" or ”…” (common in scraped text)
  for (const m of ['"', "”", "'"]) {
    if (text[i] !== m) continue;
    const j = text.indexOf(m, i + 1);
    if (j < 0 || j - i > MAX) return null;
    const inner = text.slice(i + 1, j);
    if (inner.includes("\n")) return null;
    if (m === "'" && inner.split(" ").length > 12) return null;
    return { open: i, close: j, start: i + 1, end: j };
  }
  return null;
}
