// Where an export writes: a function taking the next piece of output. The CLI passes one that
// writes to stdout with back-pressure; tests collect into a string. Exports never know which.
export type Sink = (chunk: string) => void | Promise<void>;

/** A sink that collects everything written, for tests and small exports. */
export function collect(): { sink: Sink; text: () => string } {
  const parts: string[] = [];
  return { sink: (c) => { parts.push(c); }, text: () => parts.join("") };
}
