// Connection settings: URL query parameters win over the environment, which wins over the
// defaults; Rasid's parameters are taken out of the URL before the driver sees it; values that
// do not parse are refused with the parameter named. No server needed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RasidError } from "../../src/core/errors.ts";
import { parseSettings } from "../../src/store/postgres/config.ts";

describe("postgres connection settings", () => {
  it("reads the URL, then the environment, then the defaults", () => {
    const cases: [string, NodeJS.ProcessEnv, Partial<ReturnType<typeof parseSettings>["settings"]>][] = [
      ["postgres://h/db", {}, { max: 4, statementTimeoutMs: 60000, lockTimeoutMs: 30000, idleTimeoutS: 30, applicationName: "rasid" }],
      ["postgres://h/db?max=12&statement_timeout=5000", {}, { max: 12, statementTimeoutMs: 5000 }],
      ["postgres://h/db", { RASID_PG_MAX: "7", RASID_PG_STATEMENT_TIMEOUT: "0" }, { max: 7, statementTimeoutMs: 0 }],
      ["postgres://h/db?max=2", { RASID_PG_MAX: "7" }, { max: 2 }],
      ["postgres://h/db?application_name=api", {}, { applicationName: "api" }],
      ["postgres://h/db?prepare=false", {}, { prepare: "false" }],
    ];
    for (const [url, env, expected] of cases) {
      const { settings } = parseSettings(url, env);
      for (const [k, v] of Object.entries(expected)) assert.equal(settings[k as keyof typeof settings], v, `${url} ${JSON.stringify(env)} ${k}`);
    }
  });

  it("keeps the driver's own parameters and drops Rasid's", () => {
    const { url } = parseSettings("postgres://u:p@h:5433/db?sslmode=require&max=3&lock_timeout=10");
    assert.equal(url, "postgres://u:p@h:5433/db?sslmode=require");
  });

  it("refuses values that do not parse, naming the parameter", () => {
    const cases: [string, NodeJS.ProcessEnv, RegExp][] = [
      ["postgres://h/db?max=0", {}, /max/],
      ["postgres://h/db?statement_timeout=soon", {}, /statement_timeout/],
      ["postgres://h/db", { RASID_PG_IDLE_TIMEOUT: "-1" }, /idle_timeout/],
      ["postgres://h/db?prepare=no", {}, /prepare/],
    ];
    for (const [url, env, name] of cases) {
      assert.throws(() => parseSettings(url, env), (e: unknown) => e instanceof RasidError && e.code === "E_USAGE" && name.test(e.input ?? ""), url);
    }
  });
});
