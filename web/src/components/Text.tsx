// Renders text with highlighted runs as text nodes inside spans; article text never reaches
// innerHTML, so markup inside an article stays visible characters, not elements.
import type { Run } from "../spans.ts";

export interface TextProps {
  text: string;
  runs: Run[];
  classFor: (run: Run) => string;
  attrsFor?: (run: Run) => Record<string, string>;
}

export function MarkedText({ text, runs, classFor, attrsFor }: TextProps) {
  return (
    <>
      {runs.map((r) => {
        const piece = text.slice(r.start, r.end);
        if (!r.marks.length) return piece;
        return <span key={r.start} class={classFor(r)} {...(attrsFor?.(r) ?? {})}>{piece}</span>;
      })}
    </>
  );
}
