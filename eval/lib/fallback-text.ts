// Test and measurement helper: makeDoc() builds a Document from text and hand-placed entities,
// with the real text layer (src/text/analyze.ts). fallbackText() is the minimal stand-in used
// before analyze() existed, kept for comparison (RASID_FALLBACK_TEXT=1). Not used by the product.
import type { Document, Reading, Span, Token, TokenKind } from "../../src/core/document.ts";
import type { EntityOut } from "../../src/core/contract.ts";
import { normalize } from "../../src/text/normalize.ts";
import { analyze } from "../../src/text/analyze.ts";

const WORD = /[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06f0-\u06f9\u0610-\u061a\u064b-\u065f\u0670\u0640A-Za-z0-9\u200c]+|\S/g;
const PRE1 = ["", "و", "ف"];
const PRE2 = ["", "ب", "ل", "ك", "س"];
const POST = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ك", "ي"];

function kindOf(s: string): TokenKind {
  if (/^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(s)) return "number";
  if (/^[A-Za-z]/.test(s)) return "latin";
  if (/^[\u0621-\u064a\u066e-\u06d3]/.test(s) || /^[\u0640\u064b-\u065f]/.test(s)) return "word";
  return /[\p{P}]/u.test(s) ? "punct" : "symbol";
}

/** Clitic readings of one word: readings[0] is the whole token. */
export function readingsOf(text: string, start: number): Reading[] {
  const n = normalize(text);
  const out: Reading[] = [{ pre: "", article: n.startsWith("ال") && n.length > 3, from: 0, to: text.length, norm: n, bare: n.startsWith("ال") && n.length > 3 ? n.slice(2) : n, post: "" }];
  if (n.length !== text.length) return out; // diacritics: keep it simple, whole token only
  const seen = new Set([`|${n}|`]);
  for (const a of PRE1) for (const b of PRE2) {
    const pre = a + b;
    if (!n.startsWith(pre)) continue;
    let rest = n.slice(pre.length);
    let article = false;
    let stemOff = pre.length;
    if (b === "ل" && rest.startsWith("ل") && rest.length > 3) { article = true; rest = "ال" + rest.slice(1); stemOff -= 1; }
    else if (rest.startsWith("ال") && rest.length > 3) article = true;
    for (const post of POST) {
      if (post && !rest.endsWith(post)) continue;
      const stemN = post ? rest.slice(0, -post.length) : rest;
      if (stemN.length < 2 || (pre === "" && post === "")) continue;
      const key = `${pre}|${stemN}|${post}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ pre, article, from: Math.max(0, stemOff), to: text.length - post.length, norm: stemN, bare: article ? stemN.slice(2) : stemN, post });
    }
  }
  return out;
}

export interface TextLayers { sentences: Span[]; paragraphs: Span[]; tokens: Token[] }

export function fallbackText(text: string): TextLayers {
  const paragraphs: Span[] = [];
  let p = 0;
  for (const line of text.split("\n")) { if (line.trim()) paragraphs.push({ start: p, end: p + line.length }); p += line.length + 1; }
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  for (const para of paragraphs) {
    const seg = text.slice(para.start, para.end);
    let sStart = -1;
    let m: RegExpExecArray | null;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(seg))) {
      const start = para.start + m.index, end = start + m[0].length;
      if (sStart < 0) sStart = start;
      const kind = kindOf(m[0]);
      tokens.push({ start, end, text: m[0], norm: normalize(m[0]), kind, sentence: sentences.length, readings: kind === "word" ? readingsOf(m[0], start) : [] });
      const next = seg[m.index + m[0].length];
      if (/^[.!?؟]$/.test(m[0]) && !(m[0] === "." && next === ".")) { sentences.push({ start: sStart, end }); sStart = -1; }
    }
    if (sStart >= 0) sentences.push({ start: sStart, end: tokens[tokens.length - 1].end });
  }
  for (const t of tokens) if (!t.readings.length) t.readings = [{ pre: "", article: false, from: 0, to: t.end - t.start, norm: t.norm, bare: t.norm, post: "" }];
  return { sentences, paragraphs, tokens };
}

/** A Document with hand-placed entities: each entity lists the surface forms to find in text. */
export function makeDoc(text: string, ents: { id: string; type: EntityOut["type"]; forms: string[] }[] = [], published: string | null = null): Document {
  const layers = process.env.RASID_FALLBACK_TEXT ? fallbackText(text) : analyze(text);
  const entities: EntityOut[] = ents.map((e) => ({ id: e.id, type: e.type, name: e.forms[0], name_en: null, mentions: [] }));
  const forms = ents.flatMap((e, k) => e.forms.map((f) => ({ f, k }))).sort((a, b) => b.f.length - a.f.length);
  for (const { f, k } of forms) {
    {
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
        const before = text[i - 1] ?? " ";
        if (/[\u0621-\u064a]/.test(before) && !/^[وفبلك]$/.test(before)) continue;
        let end = i + f.length;
        const after = text[end] ?? " ";
        if (/[\u0621-\u064a]/.test(after) && after !== "ي") continue;
        if (after === "ي") { end++; if (text[end] === "ة") end++; if (/[\u0621-\u064a]/.test(text[end] ?? " ")) continue; } // nisba: اليمني، الروسية
        if (entities.some((x) => x.mentions.some((mm) => mm.start < end && i < mm.end))) continue;
        entities[k].mentions.push({ start: i, end, text: text.slice(i, end) });
      }
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return {
    raw: { id: "test", source: { path: "test.txt", url: null }, kind: "text", body: text, title: null, published, encoding: "utf-8" },
    title: text.split("\n")[0], text, published, language: "ar",
    ...layers, mentions: [], entities: entities.filter((e) => e.mentions.length), quotes: [], events: [],
  };
}
