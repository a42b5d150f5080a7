// A search hit's snippet with its matched words marked.
import { snippetRuns } from "../spans.ts";
import { MarkedText } from "./Text.tsx";

export function Snippet({ snippet }: { snippet: { text: string; start: number; end: number; highlights: { start: number; end: number }[] } }) {
  return (
    <span class="snippet">
      {snippet.start > 0 ? "… " : ""}
      <MarkedText text={snippet.text} runs={snippetRuns(snippet)} classFor={() => "hit"} />
      {" …"}
    </span>
  );
}
