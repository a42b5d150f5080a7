// A RawArticle for a fixture file, as input/ would hand it to clean/.
import fs from "node:fs";
import path from "node:path";
import type { RawArticle } from "../../src/core/document.ts";

export function rawOf(file: string, body = fs.readFileSync(file, "utf8")): RawArticle {
  return {
    id: "test", source: { path: path.basename(file), url: null }, kind: file.endsWith(".html") ? "html" : "text",
    body, title: null, published: null, encoding: "utf-8",
  };
}
