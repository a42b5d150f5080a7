// Search: words over normalized Arabic with filters; hits show highlighted snippets that open
// the reader at the matched words, and entities whose names start with the query are offered.
import type { EntityRow, Page as Paged, SearchResult } from "../../../src/store/store.ts";
import { useApi } from "../api.ts";
import { Day, EntityLink, Pager, Status, fmtNum } from "../components/common.tsx";
import { Filters } from "../components/Filters.tsx";
import { Snippet } from "../components/Snippet.tsx";
import { useT } from "../i18n.ts";
import { factHref, href, navigate, queryValues } from "../router.ts";

const FIELDS = ["entity_type", "event_type", "from", "to", "outlet", "hedged", "negated"] as const;
const LIMIT = 20;

export function SearchPage({ query }: { query: URLSearchParams }) {
  const t = useT();
  const values = queryValues(query, ["q", "entity", ...FIELDS]);
  const offset = Number(query.get("offset") ?? 0) || 0;
  const result = useApi<SearchResult>("search", { ...values, limit: LIMIT, offset });
  const q = values.q ?? "";
  const suggestions = useApi<Paged<EntityRow>>(q.trim() ? "entities" : null, { q: q.trim(), limit: 6 });
  const apply = (v: Record<string, string>, off = 0) => navigate(href("search", null, { ...v, offset: off || undefined }));
  return (
    <section class="page search-page">
      <Filters key={query.toString()} fields={["q", ...FIELDS]} values={values} onApply={(v) => apply({ ...v, entity: values.entity ?? "" })} />
      {suggestions.data && suggestions.data.items.length > 0 && (
        <div class="chips" aria-label={t("entities")}>
          {suggestions.data.items.map((e) => (
            <span class="chip"><EntityLink id={e.id} name={e.name} type={e.type} /> <small>{fmtNum(e.documents)}</small></span>
          ))}
        </div>
      )}
      <Status loading={result.loading && !result.data} error={result.error} />
      {result.data && (
        <>
          <p class="count" dir="auto">{result.data.approximate ? "≈ " : ""}{fmtNum(result.data.total)} {t("results")}</p>
          {result.data.hits.length === 0 && <p class="muted">{t("noResults")}</p>}
          <ol class="hits">
            {result.data.hits.map((h) => {
              const first = h.snippet.highlights[0] ?? { start: h.snippet.start, end: h.snippet.end };
              return (
                <li class="hit-item">
                  <a class="title" href={href("doc", h.id)}>{h.title}</a>
                  <div class="meta" dir="auto"><Day d={h.published} /> {h.outlet ? `· ${h.outlet}` : ""}</div>
                  <a class="snippet-link" href={factHref(h.id, first)}><Snippet snippet={h.snippet} /></a>
                </li>
              );
            })}
          </ol>
          <Pager offset={offset} limit={LIMIT} total={result.data.total} onPage={(o) => apply(values, o)} />
        </>
      )}
    </section>
  );
}
