// The one place an error becomes an HTTP answer: typed errors keep their code and the input
// they concern; anything else is a bug, answered as E_INTERNAL without leaking a stack trace.
import { RasidError, isRasidError, type ErrorCode } from "../core/errors.ts";

const STATUS: Partial<Record<ErrorCode, 400 | 404 | 500>> = {
  E_BAD_PARAM: 400,
  E_USAGE: 400,
  E_NO_RECORD: 404,
  E_NOT_FOUND: 404,
  E_STORE: 500,
  E_INTERNAL: 500,
};

export interface ErrorBody { error: { code: ErrorCode; message: string; input: string | null; detail: string | null } }

export function errorResponse(e: unknown): { status: 400 | 404 | 500; body: ErrorBody } {
  const err = isRasidError(e) ? e : new RasidError("E_INTERNAL", null, null);
  return {
    status: STATUS[err.code] ?? 500,
    body: { error: { code: err.code, message: err.message, input: err.input, detail: err.detail } },
  };
}

export const notFoundRoute = (path: string): RasidError => new RasidError("E_NOT_FOUND", path, "no such API route");
