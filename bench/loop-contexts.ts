// bench/loop-contexts: loops whose body declares a let/const (or a per-iteration loop variable)
// that a function created inside the loop captures. V8 then allocates a context object on every
// iteration, taken or not (officeBodies' `at` closure over its loop's `sentence` cost ~18 KB an
// article that way: bench/PERF.md, session 12). Most hits are per-mention loops and cheap; one
// in a per-token loop is worth a module-level function. A static scan: it lists, it decides nothing.
//
//   node --import tsx bench/loop-contexts.ts [DIR]     (default: src)
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "../src"));
const files: string[] = [];
const walkDir = (d: string): void => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.name.startsWith(".") || (e.isDirectory() && e.name.startsWith("x"))) continue; // bundles, scratch
    const p = path.join(d, e.name);
    if (e.isDirectory()) walkDir(p);
    else if (p.endsWith(".ts")) files.push(p);
  }
};
walkDir(root);

type Loop = ts.ForStatement | ts.ForOfStatement | ts.ForInStatement | ts.WhileStatement | ts.DoStatement;
const isLoop = (n: ts.Node): n is Loop =>
  ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n);
const isFn = (n: ts.Node): boolean => ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n);
const BLOCK_SCOPED = ts.NodeFlags.Let | ts.NodeFlags.Const;

function collect(name: ts.BindingName, names: Set<string>): void {
  if (ts.isIdentifier(name)) { names.add(name.text); return; }
  for (const e of name.elements) if (!ts.isOmittedExpression(e)) collect(e.name, names);
}

let hits = 0;
for (const f of files) {
  const src = ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node): void => {
    if (isLoop(n)) {
      const names = new Set<string>();
      const init = "initializer" in n ? n.initializer : undefined;
      if (init && ts.isVariableDeclarationList(init) && init.flags & BLOCK_SCOPED) for (const d of init.declarations) collect(d.name, names);
      // let/const of the body, not inside a nested function or loop (those are per call / reported themselves)
      const declared = (m: ts.Node): void => {
        if (isFn(m) || isLoop(m)) return;
        if (ts.isVariableDeclarationList(m) && m.flags & BLOCK_SCOPED) for (const d of m.declarations) collect(d.name, names);
        ts.forEachChild(m, declared);
      };
      ts.forEachChild(n.statement, declared);
      const used = new Set<string>();
      const captured = (m: ts.Node, inFn: boolean): void => {
        const inside = inFn || isFn(m);
        if (inside && ts.isIdentifier(m) && names.has(m.text)) used.add(m.text);
        ts.forEachChild(m, (c) => captured(c, inside));
      };
      if (names.size) ts.forEachChild(n.statement, (c) => captured(c, false));
      if (used.size) {
        hits++;
        console.log(`${path.relative(process.cwd(), f)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}  captured: ${[...used].join(", ")}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
}
console.log(`bench/loop-contexts: ${hits} loops in ${files.length} files`);
