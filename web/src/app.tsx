// The shell: header with navigation, the language toggle and store counts, and the page the
// URL names. Right-to-left throughout; English labels on request.
import { useState } from "preact/hooks";
import type { Stats } from "../../src/store/store.ts";
import { useApi } from "./api.ts";
import { fmtNum } from "./components/common.tsx";
import { LangContext, saveLang, savedLang, translator, type Lang } from "./i18n.ts";
import { EntityPage } from "./pages/Entity.tsx";
import { EventsPage } from "./pages/Events.tsx";
import { GraphPage } from "./pages/Graph.tsx";
import { MapPage } from "./pages/Map.tsx";
import { ReaderPage } from "./pages/Reader.tsx";
import { SearchPage } from "./pages/Search.tsx";
import { href, useRoute, type Page } from "./router.ts";

const NAV: { page: Page; label: "search" | "events" | "map" | "graph" }[] = [
  { page: "search", label: "search" }, { page: "events", label: "events" }, { page: "map", label: "map" }, { page: "graph", label: "graph" },
];

export function App() {
  const [lang, setLang] = useState<Lang>(savedLang);
  const t = translator(lang);
  const route = useRoute();
  const stats = useApi<Stats>("stats");
  const toggle = () => {
    const next = lang === "ar" ? "en" : "ar";
    saveLang(next);
    setLang(next);
  };
  document.documentElement.lang = lang;
  const key = `${route.page}/${route.arg ?? ""}`;
  return (
    <LangContext.Provider value={t}>
      <header class="top">
        <a class="brand" href={href("search")}><strong>{t("app")}</strong> <span>{t("tagline")}</span></a>
        <nav>
          {NAV.map((n) => <a href={href(n.page)} class={route.page === n.page ? "active" : ""}>{t(n.label)}</a>)}
        </nav>
        {stats.data && (
          <span class="stats" title={t("stats")} dir="auto">
            {fmtNum(stats.data.documents)} {t("documents")} · {fmtNum(stats.data.entities)} {t("entities")} · {fmtNum(stats.data.events)} {t("events")}
          </span>
        )}
        <button class="lang" onClick={toggle} lang={lang === "ar" ? "en" : "ar"}>{t("language")}</button>
      </header>
      <main key={key}>
        {route.page === "search" && <SearchPage query={route.query} />}
        {route.page === "doc" && route.arg && <ReaderPage id={route.arg} query={route.query} />}
        {route.page === "entity" && route.arg && <EntityPage id={route.arg} />}
        {route.page === "events" && <EventsPage query={route.query} />}
        {route.page === "map" && <MapPage query={route.query} />}
        {route.page === "graph" && <GraphPage query={route.query} />}
      </main>
    </LangContext.Provider>
  );
}
