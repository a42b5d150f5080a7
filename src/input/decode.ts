// Bytes to text, with the encoding detected from the bytes (never from the file name):
// a BOM says UTF-8 or UTF-16; otherwise strict UTF-8; otherwise windows-1256 when the result
// reads as Arabic. Binary files and bytes nothing decodes cleanly become typed errors.
import { RasidError } from "../core/errors.ts";

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface Decoded { text: string; encoding: string }

const SIGNATURES: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP/DOCX", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip", [0x1f, 0x8b]],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
  ["SQLite", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Share of C0 control characters other than tab/newline/carriage return/form feed. */
function controlShare(text: string): number {
  let n = 0;
  const len = Math.min(text.length, 65536);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return len ? n / len : 0;
}

function arabicShare(text: string): number {
  let ar = 0, letters = 0;
  const len = Math.min(text.length, 65536);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) { ar++; letters++; }
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x2af)) letters++;
  }
  return letters ? ar / letters : 0;
}

/** Decode one input. `name` is only for error messages. */
export function decode(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new RasidError("E_TOO_LARGE", name, `${(bytes.length / 1048576).toFixed(1)} MB > ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  if (bytes.length === 0) throw new RasidError("E_EMPTY", name);
  for (const [kind, sig] of SIGNATURES) if (startsWith(bytes, sig)) throw new RasidError("E_BINARY", name, `${kind} file`);

  let decoded: Decoded | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = strict(bytes.subarray(3), "utf-8", name);
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = strict(bytes.subarray(2), "utf-16le", name);
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = strict(bytes.subarray(2), "utf-16be", name);
  else if (looksUtf16(bytes)) decoded = strict(bytes, bytes[0] === 0 ? "utf-16be" : "utf-16le", name);
  else {
    if (bytes.indexOf(0) >= 0) throw new RasidError("E_BINARY", name, "NUL bytes");
    decoded = tryDecode(bytes, "utf-8");
    if (!decoded) {
      const cp = tryDecode(bytes, "windows-1256");
      if (cp && arabicShare(cp.text) >= 0.5) decoded = cp;
      else throw new RasidError("E_DECODE", name, "neither UTF-8 nor Arabic windows-1256");
    }
  }
  if (controlShare(decoded.text) > 0.02) throw new RasidError("E_BINARY", name, "control characters");
  if (!decoded.text.trim()) throw new RasidError("E_EMPTY", name, "only whitespace");
  return decoded;
}

function tryDecode(bytes: Uint8Array, encoding: string): Decoded | null {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: string, name: string): Decoded {
  const d = tryDecode(bytes, encoding);
  if (!d) throw new RasidError("E_DECODE", name, `invalid ${encoding}`);
  return d;
}

/** UTF-16 without a BOM: most code units of text have one zero byte (ASCII) or a 0x06 byte (Arabic). */
function looksUtf16(b: Uint8Array): boolean {
  if (b.length < 4 || b.length % 2) return false;
  const n = Math.min(b.length, 4096);
  let evenZero = 0, oddZero = 0, arabicHi = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
    if (b[i + 1] === 0x06 || b[i] === 0x06) arabicHi++;
  }
  const units = n / 2;
  return (evenZero + oddZero) / units > 0.3 && Math.abs(evenZero - oddZero) / units > 0.25 || arabicHi / units > 0.5 && (evenZero + oddZero) / units > 0.05;
}
