// One entity across all documents: names it goes by, mentions over time, what it said, what it
// did and had done to it, who appears with it, and the latest articles naming it.
import type { EntityProfile } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Bars } from "../components/Bars.tsx";
import { Day, EntityLink, Status, fmtNum } from "../components/common.tsx";
import { EventTable, QuoteList } from "../components/FactLists.tsx";
import { useT } from "../i18n.ts";
import { href } from "../router.ts";

export function EntityPage({ id }: { id: string }) {
  const t = useT();
  const { data: e, error, loading } = useApi<EntityProfile>(`entities/${encodeURIComponent(id)}`);
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
          <h2>{t("quotes")} <small>{e.counts.quotes}</small></h2>
          <QuoteList quotes={e.quotes} />
          <h2>{t("events")} <small>{e.counts.events_as_source} {t("asSource")} · {e.counts.events_as_target} {t("asTarget")}</small></h2>
          <EventTable events={e.events} />
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
        </aside>
      </div>
    </section>
  );
}
