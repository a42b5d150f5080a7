// Small pieces every page uses: loading and error states, an entity link with its type badge,
// a PLOVER type badge, and a pager.
import type { ApiError } from "../api.ts";
import { useT } from "../i18n.ts";
import { href } from "../router.ts";

export function Status({ loading, error }: { loading: boolean; error: ApiError | null }) {
  const t = useT();
  if (error) return <p class="error" role="alert">{t("error")}: {error.message} <code>{error.code}</code></p>;
  if (loading) return <p class="loading">{t("loading")}</p>;
  return null;
}

export function EntityLink({ id, name, type }: { id: string | null; name: string | null; type?: string }) {
  const t = useT();
  if (!id) return <span class="muted">{name ?? "—"}</span>;
  return (
    <a class={`entity-link t-${type ?? "X"}`} href={href("entity", id)} title={type ? t.entityType(type) : id}>
      {name ?? id}
    </a>
  );
}

export function TypeBadge({ type }: { type: string }) {
  const t = useT();
  return <span class={`badge ev-${type}`} title={type}>{t.plover(type)}</span>;
}

export function Pager({ offset, limit, total, onPage }: { offset: number; limit: number; total: number; onPage: (offset: number) => void }) {
  const t = useT();
  if (total <= limit) return null;
  return (
    <nav class="pager">
      <button disabled={offset <= 0} onClick={() => onPage(Math.max(0, offset - limit))}>{t("previous")}</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} / {total}</span>
      <button disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>{t("next")}</button>
    </nav>
  );
}

/** An ISO date kept left-to-right: after Arabic words the bidi algorithm would otherwise show 2024-03-12 as 12-03-2024. */
export function Day({ d }: { d: string | null | undefined }) {
  return d ? <bdi dir="ltr" class="day">{d}</bdi> : null;
}

export const fmtNum = (n: number): string => n.toLocaleString("en-US");
