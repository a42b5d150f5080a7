// Lists of quotes and events across documents (entity page, events page). Each row links to
// the sentence it came from in the reader.
import type { EventRow, QuoteRow } from "../../../src/store/store.ts";
import { useT } from "../i18n.ts";
import { factHref } from "../router.ts";
import { Day, EntityLink, TypeBadge } from "./common.tsx";

export function QuoteList({ quotes }: { quotes: QuoteRow[] }) {
  const t = useT();
  return (
    <ul class="facts">
      {quotes.map((q) => (
        <li class="fact quote-fact">
          <a class="fact-link" href={factHref(q.document, q)}>
            <strong>{q.speaker_name ?? q.speaker_text ?? "—"}</strong> <em>{q.cue}</em>
            <span class="excerpt">«{q.text.length > 200 ? q.text.slice(0, 200) + "…" : q.text}»</span>
          </a>
          <small>
            <Day d={q.published} /> · {q.title} · {q.direct ? t("direct") : t("reported")} · {t.stance(q.stance)}
            {q.via ? <> · {t("via")} <EntityLink id={q.via} name={q.via_name} /></> : null}
          </small>
        </li>
      ))}
    </ul>
  );
}

export function EventTable({ events }: { events: EventRow[] }) {
  const t = useT();
  return (
    <table class="events">
      <thead>
        <tr><th>{t("date")}</th><th>{t("type")}</th><th>{t("source")}</th><th>{t("target")}</th><th>{t("location")}</th><th>{t("evidence")}</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr>
            <td class="nowrap">{e.day ? <Day d={e.day} /> : "—"}</td>
            <td><TypeBadge type={e.type} />{e.hedged && <span class="flag">{t("hedged")}</span>}{e.negated && <span class="flag">{t("negated")}</span>}</td>
            <td><EntityLink id={e.source} name={e.source_name} /></td>
            <td><EntityLink id={e.target} name={e.target_name} /></td>
            <td><EntityLink id={e.location} name={e.location_name} /></td>
            <td class="evidence">
              <a class="fact-link" href={factHref(e.document, e.sentence)}>{e.evidence.length > 220 ? e.evidence.slice(0, 220) + "…" : e.evidence}</a>
              {e.fatalities !== null && <small> · {t("fatalities")}: {e.fatalities}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
