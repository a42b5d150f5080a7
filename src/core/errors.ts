// Typed errors: every failure carries a stable code and the input it concerns, so a batch can
// report "file: reason" and go on. Messages live here, in one catalogue, not inline.

export type ErrorCode =
  | "E_EMPTY"          // nothing but whitespace
  | "E_BINARY"         // not text (NUL bytes, control characters, known binary signatures)
  | "E_TOO_LARGE"      // over the size limit
  | "E_DECODE"         // bytes that no supported encoding decodes cleanly
  | "E_NOT_ARABIC"     // the body is in another language
  | "E_NO_TEXT"        // cleaning left nothing
  | "E_NOT_FOUND"      // a path that does not exist
  | "E_BAD_RECORD"     // a JSON Lines record that does not parse or lacks content
  | "E_USAGE"          // a bad command-line option
  | "E_STORE"          // the database refused
  | "E_KB_ROW"         // a knowledge-base data row that is malformed (file:line and reason)
  | "E_BAD_PARAM"      // an HTTP API request parameter that does not parse (name and reason)
  | "E_NO_RECORD"      // an HTTP API request for a document or entity that is not stored
  | "E_JOB_LEASE"      // a queued job whose worker stopped (killed, crashed) before finishing it
  | "E_INTERNAL";      // a bug: a stage threw something unexpected

const MESSAGES: Record<ErrorCode, string> = {
  E_EMPTY: "input is empty",
  E_BINARY: "input is binary, not text",
  E_TOO_LARGE: "input is larger than the limit",
  E_DECODE: "input is not valid UTF-8, UTF-16 or windows-1256 text",
  E_NOT_ARABIC: "input is not Arabic",
  E_NO_TEXT: "no article text left after cleaning",
  E_NOT_FOUND: "no such file or directory",
  E_BAD_RECORD: "record is not a usable article",
  E_USAGE: "bad usage",
  E_STORE: "database error",
  E_KB_ROW: "bad knowledge-base row",
  E_BAD_PARAM: "bad request parameter",
  E_NO_RECORD: "no such record in the store",
  E_JOB_LEASE: "the worker holding this job stopped before finishing it",
  E_INTERNAL: "internal error while processing",
};

export class RasidError extends Error {
  readonly code: ErrorCode;
  readonly input: string | null;
  readonly detail: string | null;
  constructor(code: ErrorCode, input: string | null, detail: string | null = null) {
    super(`${MESSAGES[code]}${detail ? ` (${detail})` : ""}`);
    this.name = "RasidError";
    this.code = code;
    this.input = input;
    this.detail = detail;
  }
  /** One line for stderr: `rasid: PATH: reason [CODE]`. */
  toLine(): string {
    return `${this.input ?? "<input>"}: ${this.message} [${this.code}]`;
  }
}

export const isRasidError = (e: unknown): e is RasidError => e instanceof RasidError;
