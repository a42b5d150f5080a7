// Writing to stdout with back-pressure, and quietly stopping when the reader goes away
// (`rasid extract … | head`), as command-line tools should.
process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });

export function writeLine(s: string): Promise<void> | void {
  if (!process.stdout.write(s + "\n")) return new Promise((r) => process.stdout.once("drain", () => r()));
}
