// Request parameters in, typed Store arguments out, checked against the route's own parameter
// definitions. A parameter that does not parse, or one the route does not know (a typo such as
// `tpye=ASSAULT` would otherwise silently return everything), is a typed E_BAD_PARAM error that
// names it, never a silent fallback. Empty values count as absent, so a form can send them.
import { RasidError } from "../core/errors.ts";
import type { ParamDef, Params } from "./route.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^-?\d{1,15}$/;
const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

function bad(name: string, reason: string): RasidError {
  return new RasidError("E_BAD_PARAM", name, reason);
}

export function parseValue(def: ParamDef, raw: string): string | number | boolean {
  switch (def.type) {
    case "string":
      if (raw.length > 500) throw bad(def.name, "longer than 500 characters");
      return raw;
    case "date":
      if (!DATE.test(raw) || Number.isNaN(Date.parse(raw))) throw bad(def.name, `"${raw}" is not a date YYYY-MM-DD`);
      return raw;
    case "integer": {
      if (!INTEGER.test(raw)) throw bad(def.name, `"${raw}" is not an integer`);
      const n = Number(raw);
      if (def.min !== undefined && n < def.min) throw bad(def.name, `must be at least ${def.min}`);
      if (def.max !== undefined && n > def.max) throw bad(def.name, `must be at most ${def.max}`);
      return n;
    }
    case "boolean": {
      const v = raw.toLowerCase();
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      throw bad(def.name, `"${raw}" is not true or false`);
    }
    case "enum":
      if (!def.values?.includes(raw)) throw bad(def.name, `"${raw}" is not one of ${def.values?.join(", ")}`);
      return raw;
  }
}

/** Parse a request's query and path values by the route's definitions, keyed for the Store. */
export function parseParams(defs: ParamDef[], query: Record<string, string>, path: Record<string, string>): Params {
  const known = new Set(defs.filter((d) => d.in === "query").map((d) => d.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) throw bad(name, `unknown parameter; this route takes: ${[...known].join(", ") || "none"}`);
  }
  const out: Params = {};
  for (const def of defs) {
    const raw = def.in === "path" ? path[def.name] : query[def.name];
    if (raw === undefined || raw === "") {
      if (def.required || def.in === "path") throw bad(def.name, "is required");
      continue;
    }
    out[def.key ?? def.name] = parseValue(def, raw);
  }
  return out;
}
