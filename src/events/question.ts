// A sentence that ends in a question mark asks ("لماذا هاجموا المسجد؟"، "ألم تقتل إسرائيل
// الأبرياء؟"): opinion columns and sermons ask what they argue, and what a question names is not
// told as news. (SaudiNewsNet, 1,500 records of 2015-08-10: 14 events in such sentences, 12 wrong
// (columns, rhetorical questions, a joke); E, H, K and dev gold: 1 event of about 1,300 stands in
// one, and it is optional.)
import type { Token } from "../core/document.ts";
import { isTransparent } from "./clause.ts";

const QUESTION_MARKS = new Set(["؟", "?"]);

/** Does the sentence of tokens [a, b) end in a question mark (quote marks after it aside)? */
export function isQuestion(toks: Token[], a: number, b: number): boolean {
  let i = b - 1;
  while (i > a && isTransparent(toks[i])) i--;
  return i >= a && QUESTION_MARKS.has(toks[i].text);
}
