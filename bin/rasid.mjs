#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx's loader, so there is no build step to go
// stale between an edit and a run.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
