// Typed access to the JSON API. Answers are the Store's own row types (src/store/store.ts);
// errors come back as { error: { code, message } } and are shown with their code.
import { useEffect, useState } from "preact/hooks";
import { queryString, type QueryValues } from "./router.ts";

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) { super(message); }
}

export async function api<T>(path: string, params: QueryValues = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/${path}${queryString(params)}`, { signal, headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(e?.code ?? `HTTP_${res.status}`, e ? `${e.message}${e.input ? ` — ${e.input}` : ""}` : res.statusText, res.status);
  }
  return body as T;
}

export interface Loaded<T> { data: T | null; error: ApiError | null; loading: boolean }

/** Fetch `path` with `params` whenever either changes; null path: nothing to fetch yet. */
export function useApi<T>(path: string | null, params: QueryValues = {}): Loaded<T> {
  const key = path === null ? null : path + queryString(params);
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) { setState({ data: null, error: null, loading: false }); return; }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    api<T>(path, params, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error) => { if (!ctl.signal.aborted) setState({ data: null, error: error instanceof ApiError ? error : new ApiError("E_NETWORK", String(error), 0), loading: false }); },
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}
