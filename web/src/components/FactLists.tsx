// Lists of quotes and events across documents (entity page, events page). Each row links to
// the sentence it came from in the reader. Long texts arrive cut by the server (a quote's
// beginning, an event's sentence around its trigger: src/store/clip.ts); "…" marks the cut.
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
            <span class="excerpt">«{q.text}{q.clipped ? "…" : ""}»</span>
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

/** The evidence excerpt with its trigger marked, and "…" where the sentence was cut. */
export function Evidence({ e }: { e: EventRow }) {
  const at = e.evidence_span.start;
  const [a, b] = [e.trigger_span.start - at, e.trigger_span.end - at];
  const inside = a >= 0 && b <= e.evidence.length && a < b;
  return (
    <>
      {e.evidence_span.start > e.sentence.start ? "…" : ""}
      {inside ? <>{e.evidence.slice(0, a)}<mark class="trigger">{e.evidence.slice(a, b)}</mark>{e.evidence.slice(b)}</> : e.evidence}
      {e.evidence_span.end < e.sentence.end ? "…" : ""}
    </>
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
              <a class="fact-link" href={factHref(e.document, e.sentence)}><Evidence e={e} /></a>
              {e.fatalities !== null && <small> · {t("fatalities")}: {e.fatalities}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
