// Events across documents: a timeline (events per day, stacked by PLOVER type) above a table of
// events with their evidence sentences, both under the same filters.
import type { EventRow, Page as Paged, TimelinePoint } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Bars, colorOf, type Bar } from "../components/Bars.tsx";
import { Pager, Status, fmtNum } from "../components/common.tsx";
import { EventTable } from "../components/FactLists.tsx";
import { Filters } from "../components/Filters.tsx";
import { PLOVER_TYPES, useT } from "../i18n.ts";
import { href, navigate, queryValues } from "../router.ts";

const FIELDS = ["type", "entity", "from", "to", "outlet", "hedged", "negated"] as const;
const LIMIT = 50;

export function toBars(points: TimelinePoint[]): Bar[] {
  const byDate = new Map<string, Bar>();
  for (const p of points) {
    const b = byDate.get(p.date) ?? { date: p.date, parts: [] };
    b.parts.push({ key: p.type, value: p.count });
    byDate.set(p.date, b);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function EventsPage({ query }: { query: URLSearchParams }) {
  const t = useT();
  const values = queryValues(query, [...FIELDS]);
  const offset = Number(query.get("offset") ?? 0) || 0;
  const events = useApi<Paged<EventRow>>("events", { ...values, limit: LIMIT, offset });
  const timeline = useApi<TimelinePoint[]>("timeline", values);
  const apply = (v: Record<string, string>, off = 0) => navigate(href("events", null, { ...v, offset: off || undefined }));
  const used = [...new Set((timeline.data ?? []).map((p) => p.type))];
  return (
    <section class="page events-page">
      <Filters key={query.toString()} fields={[...FIELDS]} values={values} onApply={(v) => apply(v)} />
      <h2>{t("timeline")}</h2>
      {timeline.data && <Bars label={t("timeline")} keys={PLOVER_TYPES} bars={toBars(timeline.data)} />}
      <div class="legend">
        {used.map((ty) => <span><i style={{ background: colorOf(ty, PLOVER_TYPES) }} /> {t.plover(ty)}</span>)}
      </div>
      <Status loading={events.loading && !events.data} error={events.error ?? timeline.error} />
      {events.data && (
        <>
          <p class="count" dir="auto">{fmtNum(events.data.total)} {t("events")}</p>
          <EventTable events={events.data.items} />
          <Pager offset={offset} limit={LIMIT} total={events.data.total} onPage={(o) => apply(values, o)} />
        </>
      )}
    </section>
  );
}
