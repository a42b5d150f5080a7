// A panel that starts with the rows the page's first answer carried and fetches more on demand
// (offset/limit on the panel's own endpoint), so a page for an entity named in thousands of
// articles costs what it shows, and the rest is one click away. It says how many there are:
// "20 / 1,243".
import { useEffect, useState } from "preact/hooks";
import type { Page } from "../../../src/store/store.ts";
import { api, ApiError } from "../api.ts";
import { useT } from "../i18n.ts";
import { Status, fmtNum } from "./common.tsx";

/** Rows asked for per click. */
export const MORE_STEP = 50;

export interface More<T> { rows: T[]; total: number; more: (() => void) | null; busy: boolean; error: ApiError | null }

/** `first`: the rows the page already has (a new value starts over); `path`: the panel's endpoint. */
export function useMore<T>(path: string, first: T[], total: number): More<T> {
  const [rows, setRows] = useState(first);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => { setRows(first); setError(null); }, [first]);
  const more = async () => {
    setBusy(true);
    try {
      const page = await api<Page<T>>(path, { offset: rows.length, limit: MORE_STEP });
      setRows((r) => [...r, ...page.items]);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError("E_NETWORK", String(e), 0));
    } finally { setBusy(false); }
  };
  return { rows, total, more: rows.length < total && !busy ? more : null, busy, error };
}

export function MoreButton<T>({ m }: { m: More<T> }) {
  const t = useT();
  if (m.rows.length >= m.total && !m.error) return null;
  return (
    <div class="more">
      <Status loading={m.busy} error={m.error} />
      <button type="button" class="more-button" disabled={!m.more} onClick={() => m.more?.()}>
        {t("more")} <small>({fmtNum(m.rows.length)} / {fmtNum(m.total)})</small>
      </button>
    </div>
  );
}
