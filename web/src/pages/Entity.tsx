// One entity across all documents: names it goes by, mentions over time, what it said, what it
// did and had done to it, who appears with it, and the latest articles naming it. The first
// answer carries the first rows of each panel and their counts; "more" fetches the rest.
import type { EntityProfile, EventRow, QuoteRow } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Bars } from "../components/Bars.tsx";
import { Day, EntityLink, Status, fmtNum } from "../components/common.tsx";
import { EventTable, QuoteList } from "../components/FactLists.tsx";
import { MoreButton, useMore } from "../components/More.tsx";
import { useT } from "../i18n.ts";
import { href } from "../router.ts";

const NONE: never[] = [];

export function EntityPage({ id }: { id: string }) {
  const t = useT();
  const path = `entities/${encodeURIComponent(id)}`;
  const { data: e, error, loading } = useApi<EntityProfile>(path);
  // the first rows come with the profile; "more" pages on from the panel's own endpoint
  const quotes = useMore<QuoteRow>(`${path}/quotes`, e?.quotes ?? NONE, e?.counts.quotes ?? 0);
  const events = useMore<EventRow>(`${path}/events`, e?.events ?? NONE, e?.counts.events ?? 0);
  if (!e) return <Status loading={loading} error={error} />;
  return (
    <section class="page entity-page">
      <header class="entity-head">
        <h1><span class={`t-${e.type} dot`} /> {e.name}</h1>
        <div class="meta" dir="auto">
          {e.name_en && <span dir="ltr" lang="en">{e.name_en}</span>}
          <span> · {t.entityType(e.type)} · <code dir="ltr">{e.id}</code></span>
          {e.geo && <span> · <a href={href("map", null, { entity: e.id })}>{e.geo.lat.toFixed(2)}, {e.geo.lon.toFixed(2)}</a></span>}
        </div>
        <div class="meta" dir="auto">
          {fmtNum(e.documents)} {t("documents")} · {fmtNum(e.mentions)} {t("mentions")}
          {e.first_seen && <> · {t("firstSeen")} <Day d={e.first_seen} /></>}{e.last_seen && <> · {t("lastSeen")} <Day d={e.last_seen} /></>}
          {" · "}<a href={href("events", null, { entity: e.id })}>{t("events")}</a>
          {" · "}<a href={href("graph", null, { entity: e.id })}>{t("graph")}</a>
        </div>
      </header>
      <div class="cols">
        <div>
          <h2>{t("aliases")}</h2>
          <div class="chips">{e.aliases.map((a) => <span class="chip">{a.text} <small>{a.count}</small></span>)}</div>
          <h2>{t("mentionsOverTime")}</h2>
          <Bars label={t("mentionsOverTime")} keys={["mentions"]}
            bars={e.timeline.map((p) => ({ date: p.date, parts: [{ key: "mentions", value: p.mentions }] }))} />
          <h2>{t("quotes")} <small class="count">{fmtNum(e.counts.quotes)}</small></h2>
          <QuoteList quotes={quotes.rows} />
          <MoreButton m={quotes} />
          <h2>{t("events")} <small class="count">{fmtNum(e.counts.events)}</small>
            <small> · {fmtNum(e.counts.events_as_source)} {t("asSource")} · {fmtNum(e.counts.events_as_target)} {t("asTarget")}</small></h2>
          <EventTable events={events.rows} />
          <MoreButton m={events} />
        </div>
        <aside class="panel">
          <h2>{t("cooccurring")}</h2>
          <ul class="facts">
            {e.cooccurring.map((c) => <li class="fact"><EntityLink id={c.id} name={c.name} type={c.type} /> <small>{c.documents}</small></li>)}
          </ul>
          <h2>{t("documents")}</h2>
          <ul class="facts">
            {e.documents_recent.map((d) => <li class="fact"><a href={href("doc", d.id)}>{d.title}</a> <small><Day d={d.published} /></small></li>)}
          </ul>
          {e.documents > e.documents_recent.length &&
            <a class="all-documents" href={href("search", null, { entity: e.id })}>{t("more")} <small>({fmtNum(e.documents_recent.length)} / {fmtNum(e.documents)})</small></a>}
        </aside>
      </div>
    </section>
  );
}
