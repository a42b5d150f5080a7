// Stage-by-stage batches (pipeline/run.ts extractBatch, extract()) with the real form table.
import { batchCases } from "./batch-cases.ts";

batchCases(() => import("../../src/pipeline/run.ts"));
