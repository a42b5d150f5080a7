// Encoders the platform lacks (TextEncoder only writes UTF-8): windows-1256 built by inverting
// the platform's own decoder, and UTF-16 with or without a byte-order mark.
const cp1256 = new Map<string, number>();
const dec = new TextDecoder("windows-1256");
for (let b = 0; b < 256; b++) cp1256.set(dec.decode(Uint8Array.of(b)), b);

export function encodeWindows1256(s: string): Buffer {
  return Buffer.from([...s].map((ch) => {
    const b = cp1256.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: ${ch}`);
    return b;
  }));
}

export function encodeUtf16(s: string, order: "le" | "be", bom = true): Buffer {
  const le = Buffer.from(s, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  const mark = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}
