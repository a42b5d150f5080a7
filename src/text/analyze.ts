// The text layer's one entry point for the pipeline: paragraphs, sentences and tokens (with
// their clitic readings) of the cleaned text, all as UTF-16 offsets into it. Language
// identification is separate (language.ts) because the pipeline decides on it before analysis.
import type { Span, Token } from "../core/document.ts";
import { splitParagraphs, splitSentences } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

export interface TextLayer { sentences: Span[]; paragraphs: Span[]; tokens: Token[] }

/** analyze("قال الرئيس.\nوأضاف.") → 2 paragraphs, 2 sentences, 6 tokens (each with .sentence set). */
export function analyze(text: string): TextLayer {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const tokens = tokenize(text, sentences);
  return { sentences, paragraphs, tokens };
}
