// The one typed document that flows through the pipeline. Each stage reads the layers before
// it and adds its own, always as UTF-16 offsets into `text` (never copies of the text), so any
// fact can be traced back to the characters it came from. Nothing reaches back to change an
// earlier layer. `toContract()` in pipeline/ turns it into the published JSON shape.

import type { EntityOut, EntityType, EventOut, QuoteOut, Source, Span } from "./contract.ts";

/** What input/ hands to clean/: decoded text or HTML plus what the container said about it. */
export interface RawArticle {
  id: string;                 // sha256 hex of the input as read (file bytes, or record title+content)
  source: Source;
  kind: "text" | "html";
  body: string;               // decoded, not yet cleaned
  title: string | null;       // given by the container (a JSON Lines record), else null
  published: string | null;   // given by the container (ISO date), else null
  encoding: string;           // "utf-8", "utf-16le", "windows-1256", ...
}

/** clean/'s layer: the article and nothing else. */
export interface Cleaned {
  title: string;
  text: string;               // headline on line 1, one paragraph per line; all offsets point here
  published: string | null;
  language: string;           // ISO 639-1
}

/**
 * One reading of a written word: proclitics and enclitics split off, the stem's offsets kept
 * RELATIVE TO THE WORD'S START. One Reading object is shared by every token written the same way
 * (text/clitics.ts), so it never holds a position in the text: a token t's stem is
 * text.slice(t.start + r.from, t.start + r.to) (text/clitics.ts `stemOf(t, r)` gives the Span).
 * Shared: never change a Reading or a token's readings array.
 */
export interface Reading {
  pre: string;                // normalized proclitics taken off the front: "", "و", "وب", "ل", ...
  article: boolean;           // the stem starts with ال (or fused لل, restored to ال in `norm`)
  from: number;               // the stem's start, relative to the word's start (after `pre`, ال included)
  to: number;                 // the stem's end, relative to the word's start (before `post`)
  norm: string;               // normalized stem, ال included (لل → ال)
  bare: string;               // normalized stem without ال
  post: string;               // normalized enclitic taken off the end: "", "ه", "ها", "هم", ...
}

export type TokenKind = "word" | "number" | "latin" | "punct" | "symbol";

/**
 * A token's written form, one object shared by every token written the same way (text/clitics.ts
 * makes it once per distinct word). Later stages keep their own per-form record in their field:
 * one property read per token instead of a read in a big Map keyed by the token's text (a form's
 * readings follow from its text alone, so a record made from one token holds for every token of
 * the form). The fields are opaque to text/; each stage checks that its record is for the
 * resources it was made with. Named fields, not an array of slots: an in-object property is one
 * memory read, where an array would add two more (each a cache miss on a rare word).
 */
export interface TokenForm {
  readonly word: string;      // the written text, === token.text
  mentions: unknown;          // mentions/word-classes.ts: KB starts and word-class bits
  tagger: unknown;            // free for mentions/model/ (the NER tagger's word vectors)
  phrases: unknown;           // free for lexicon/phrase-index.ts (a word's phrase forms)
}

export interface Token extends Span {
  text: string;               // text.slice(start, end)
  norm: string;               // normalize(text)
  kind: TokenKind;
  sentence: number;           // index into sentences
  readings: Reading[];        // readings[0] is the whole token; more when clitics may be attached (shared per form: read only)
  form?: TokenForm;           // set by tokenize(); absent on hand-made tokens and on copies with other readings
}

/** mentions/'s layer: a span that names something, before mentions are grouped. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  kbId: string | null;        // knowledge-base id when matched, else null
  via: "kb" | "pattern" | "adjective" | "coref";
  score: number;              // confidence 0..1
  tokens: Span;               // token index range [start, end)
}

export interface Document {
  raw: RawArticle;
  // clean/
  title: string;
  text: string;
  published: string | null;
  language: string;
  // text/
  sentences: Span[];
  paragraphs: Span[];
  tokens: Token[];
  // mentions/, entities/, quotes/, events/
  mentions: Mention[];
  entities: EntityOut[];
  quotes: QuoteOut[];
  events: EventOut[];
}

export type { EntityType, Span };
