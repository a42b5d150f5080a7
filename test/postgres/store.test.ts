// The PostgreSQL backend runs the same store suite as SQLite (test/store/suite.ts) on a real
// PostgreSQL 15 started for this file, each test on a fresh database. Skipped, with the install
// command, where the PostgreSQL server binaries are absent.
import { it } from "node:test";
import { storeSuite } from "../store/suite.ts";
import { skipReason } from "./pg-server.ts";
import { freshStore } from "./shared.ts";

const skip = skipReason();
if (skip) it("PostgreSQL store suite", { skip }, () => {});
else storeSuite("postgres", freshStore, { stems: true });
