// The article reader: the cleaned text rendered as text, with entity mentions, quotes and event
// triggers marked by their offsets, and a side panel of each. Every fact in the panel links to
// its span (#/doc/ID?at=START&end=END); the reader marks that span and scrolls to it.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { EntityOut } from "../../../src/core/contract.ts";
import type { DocumentRecord } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Day, EntityLink, Status, TypeBadge } from "../components/common.tsx";
import { MarkedText } from "../components/Text.tsx";
import { useT } from "../i18n.ts";
import { runs, type Mark, type Run } from "../spans.ts";
import { factHref, href } from "../router.ts";

const safeUrl = (u: string | null): string | null => (u && /^https?:\/\//i.test(u) ? u : null);

export function ReaderPage({ id, query }: { id: string; query: URLSearchParams }) {
  const t = useT();
  const { data, error, loading } = useApi<DocumentRecord>(`documents/${encodeURIComponent(id)}`);
  const [selected, setSelected] = useState<string | null>(null);
  const at = query.get("at"), end = query.get("end");
  const focus = at !== null ? { start: Number(at), end: Number(end ?? Number(at) + 1) } : null;

  const doc = data?.doc;
  const byId = useMemo(() => new Map<string, EntityOut>((doc?.entities ?? []).map((e) => [e.id, e])), [doc]);
  const textRuns = useMemo(() => {
    if (!doc) return [];
    const marks: Mark[] = [];
    for (const e of doc.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: `ent t-${e.type}`, key: e.id });
    doc.quotes.forEach((q, i) => marks.push({ start: q.start, end: q.end, kind: "quote", key: `q${i}` }));
    doc.events.forEach((ev, i) => marks.push({ start: ev.trigger_span.start, end: ev.trigger_span.end, kind: "trigger", key: `e${i}` }));
    if (focus && Number.isFinite(focus.start) && Number.isFinite(focus.end)) marks.push({ ...focus, kind: "focus" });
    return runs(doc.text.length, marks);
  }, [doc, at, end]);

  useEffect(() => {
    document.querySelector(".text .focus")?.scrollIntoView({ block: "center" });
  }, [textRuns]);

  if (!doc) return <Status loading={loading} error={error} />;
  const name = (eid: string | null) => (eid ? byId.get(eid)?.name ?? eid : null);
  const entityOf = (r: Run) => r.marks.find((m) => m.kind.startsWith("ent"))?.key;
  const classFor = (r: Run) => {
    const c = r.marks.map((m) => m.kind).join(" ");
    const ent = entityOf(r);
    return ent && ent === selected ? `${c} selected` : c;
  };
  const attrsFor = (r: Run): Record<string, string> => {
    const ent = entityOf(r);
    return ent ? { "data-entity": ent, title: `${name(ent)} · ${t.entityType(byId.get(ent)?.type ?? "")}` } : {};
  };
  const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length);

  return (
    <section class="page reader">
      <div class="reader-main">
        <div class="meta" dir="auto">
          {doc.published && <span>{t("published")}: <Day d={doc.published} /></span>}
          {data.outlet && <span> · {data.outlet}</span>}
          <details class="sources">
            <summary>{t("sources")} ({data.sources.length})</summary>
            <ul>{data.sources.map((s) => <li dir="ltr">{safeUrl(s.url) ? <a href={safeUrl(s.url)!} target="_blank" rel="noopener noreferrer">{s.url}</a> : s.url ?? s.path}<br /><code>{s.path}</code></li>)}</ul>
          </details>
        </div>
        <article class="text" lang="ar" dir="rtl"
          onClick={(e) => { const el = (e.target as HTMLElement).closest("[data-entity]"); if (el) setSelected(el.getAttribute("data-entity")); }}>
          <MarkedText text={doc.text} runs={textRuns} classFor={classFor} attrsFor={attrsFor} />
        </article>
      </div>
      <aside class="panel">
        <h2>{t("entities")} <small>{entities.length}</small></h2>
        <ul class="facts">
          {entities.map((e) => (
            <li class={`fact ${selected === e.id ? "selected" : ""}`} onMouseEnter={() => setSelected(e.id)}>
              <EntityLink id={e.id} name={e.name} type={e.type} />
              <small> {t.entityType(e.type)} · {e.mentions.length} {t("mentions")}</small>
              {e.mentions[0] && <a class="jump" href={factHref(doc.id, e.mentions[0])} aria-label={e.mentions[0].text}>↩</a>}
            </li>
          ))}
        </ul>
        <h2>{t("quotes")} <small>{doc.quotes.length}</small></h2>
        <ul class="facts">
          {doc.quotes.map((q) => (
            <li class="fact quote-fact">
              <a class="fact-link" href={factHref(doc.id, q)}>
                <strong>{q.speaker ? name(q.speaker) : q.speaker_text ?? "—"}</strong> <em>{q.cue}</em>
                <span class="excerpt">«{q.text.length > 160 ? q.text.slice(0, 160) + "…" : q.text}»</span>
              </a>
              <small>{q.direct ? t("direct") : t("reported")} · {t.stance(q.stance)}{q.via ? <> · {t("via")} <EntityLink id={q.via} name={name(q.via)} /></> : null}</small>
            </li>
          ))}
        </ul>
        <h2>{t("events")} <small>{doc.events.length}</small></h2>
        <ul class="facts">
          {doc.events.map((ev) => (
            <li class="fact event-fact">
              <TypeBadge type={ev.type} />{" "}
              <EntityLink id={ev.source} name={name(ev.source)} /> ← <EntityLink id={ev.target} name={name(ev.target)} />
              {ev.hedged && <span class="flag">{t("hedged")}</span>}{ev.negated && <span class="flag">{t("negated")}</span>}
              <a class="fact-link" href={factHref(doc.id, ev.sentence)}>
                «{ev.trigger}» <Day d={ev.date} /> {ev.location ? `· ${name(ev.location)}` : ""}
              </a>
            </li>
          ))}
        </ul>
        <p><a href={href("search")}>← {t("search")}</a></p>
      </aside>
    </section>
  );
}
