// HTML that is broken, partial or empty never crashes the cleaner: it returns what it can, and
// an empty result is for the pipeline to report (E_NO_TEXT).
import { test } from "node:test";
import assert from "node:assert/strict";
import { clean } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/core/document.ts";

const P = "أعلنت السلطات الليبية إغلاق معبر رأس جدير الحدودي مع تونس بشكل مؤقت بعد اشتباكات بين مجموعات مسلحة في المنطقة، وفق ما أفاد مسؤول محلي لوسائل إعلام.";
const html = (body: string): RawArticle => ({ id: "t", source: { path: "t.html", url: null }, kind: "html", body, title: null, published: null, encoding: "utf-8" });

const BROKEN: [string, string, boolean][] = [
  ["unclosed tags", `<html><body><h1>إغلاق معبر رأس جدير<p>${P}<p>${P.slice(0, 80)}`, true],
  ["no html or body", `<h1>إغلاق معبر رأس جدير</h1><p>${P}</p>`, true],
  ["stray closing tags", `</div></span><html><body></p><p>${P}</p></div></body>`, true],
  ["a stray quote in an attribute", `<html><body><p class=x">${P}</p><p>${P}</p>`, true],
  ["script never closed", `<html><body><p>${P}</p><script>var a = "<p>`, true],
  ["nothing but markup", `<html><head><title></title></head><body><div></div></body></html>`, false],
  ["empty", ``, false],
  ["bad JSON-LD", `<html><head><script type="application/ld+json">{"datePublished": </script></head><body><p>${P}</p></body></html>`, true],
];

test("broken HTML: best effort, never a throw", () => {
  for (const [name, body, hasText] of BROKEN) {
    const out = clean(html(body));
    assert.equal(out.text.includes("رأس جدير"), hasText, name);
  }
});

test("HTML published date: meta, JSON-LD, <time>, then the text", () => {
  const page = (head: string, body = "") => `<html><head>${head}</head><body><article><h1>إغلاق المعبر</h1>${body}<p>${P}</p><p>${P}</p></article></body></html>`;
  const CASES: [string, string | null][] = [
    [page(`<meta property="article:published_time" content="2016-03-07T08:00:00+02:00">`), "2016-03-07"],
    [page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-03-08"}]}</script>`), "2016-03-08"],
    [page("", `<time datetime="2016-03-09T10:00">٩ آذار ٢٠١٦</time>`), "2016-03-09"],
    [page("", `<div class="date">نشر في: 10 مارس 2016</div>`), "2016-03-10"],
    [page(""), null],
  ];
  for (const [body, want] of CASES) assert.equal(clean(html(body)).published, want, body.slice(0, 80));
});
