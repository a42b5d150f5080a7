// The filter bar shared by search, events, map and graph. Its values live in the URL's query,
// so a filtered view can be bookmarked, shared and restored with the back button.
import { useState } from "preact/hooks";
import { ENTITY_TYPES, PLOVER_TYPES, useT, type LabelKey } from "../i18n.ts";

export type Field = "q" | "type" | "event_type" | "entity_type" | "entity" | "from" | "to" | "outlet" | "hedged" | "negated";

export interface FiltersProps {
  fields: Field[];
  values: Record<string, string>;
  onApply: (values: Record<string, string>) => void;
  children?: preact.ComponentChildren;
}

const LABEL: Record<Field, LabelKey> = {
  q: "search",
  type: "eventType", event_type: "eventType", entity_type: "entityType", entity: "entity",
  from: "from", to: "to", outlet: "outlet", hedged: "hedged", negated: "negated",
};

export function Filters({ fields, values, onApply, children }: FiltersProps) {
  const t = useT();
  const [draft, setDraft] = useState(values);
  const set = (k: string, v: string) => {
    const next = { ...draft, [k]: v };
    setDraft(next);
    if (k !== "entity" && k !== "outlet" && k !== "q") onApply(next);   // selects and dates apply at once; text waits for Enter
  };
  const field = (f: Field) => {
    const v = draft[f] ?? "";
    const common = { name: f, "aria-label": t(LABEL[f]) };
    switch (f) {
      case "type": case "event_type":
        return <select {...common} value={v} onChange={(e) => set(f, e.currentTarget.value)}>
          <option value="">{t("any")}</option>
          {PLOVER_TYPES.map((p) => <option value={p}>{t.plover(p)}</option>)}
        </select>;
      case "entity_type":
        return <select {...common} value={v} onChange={(e) => set(f, e.currentTarget.value)}>
          <option value="">{t("any")}</option>
          {ENTITY_TYPES.map((p) => <option value={p}>{t.entityType(p)}</option>)}
        </select>;
      case "hedged": case "negated":
        return <select {...common} value={v} onChange={(e) => set(f, e.currentTarget.value)}>
          <option value="">{t("any")}</option>
          <option value="true">{t("yes")}</option>
          <option value="false">{t("no")}</option>
        </select>;
      case "from": case "to":
        return <input {...common} type="date" value={v} onChange={(e) => set(f, e.currentTarget.value)} />;
      case "q":
        return <input {...common} class="q" type="search" dir="auto" value={v} placeholder={t("query")}
          onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />;
      default:
        return <input {...common} type="text" dir="auto" value={v} placeholder={f === "entity" ? "wd:Q…" : "aawsat.com"}
          onInput={(e) => setDraft({ ...draft, [f]: e.currentTarget.value })} />;
    }
  };
  return (
    <form class="filters" onSubmit={(e) => { e.preventDefault(); onApply(draft); }}>
      {children}
      {fields.map((f) => f === "q" ? field(f) : <label key={f}><span>{t(LABEL[f])}</span>{field(f)}</label>)}
      <button type="submit">{t("go")}</button>
    </form>
  );
}
