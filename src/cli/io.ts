// Writing to stdout with back-pressure, and quietly stopping when the reader goes away
// (`rasid extract … | head`), as command-line tools should.
import { utf8 } from "../input/utf8.ts"; // UTF-8 through ICU: 3× V8's encoder on Arabic lines

process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });

export function writeLine(s: string): Promise<void> | void {
  if (!process.stdout.write(utf8(s + "\n"))) return new Promise((r) => process.stdout.once("drain", () => r()));
}
