/**
 * PowerShell's -Encoding names for text files, and the bytes they produce.
 * pwsh 7 writes UTF-8 without a byte-order mark unless told otherwise.
 */
export const ENCODING_NAMES = [
  'ascii', 'ansi', 'bigendianunicode', 'bigendianutf32', 'default', 'latin1', 'oem', 'unicode', 'utf7', 'utf8', 'utf8BOM', 'utf8NoBOM', 'utf32',
];

type Encoder = { bom: number[]; encode: (text: string) => Buffer };

function swap16(buf: Buffer): Buffer {
  return Buffer.from(buf).swap16();
}

function utf32(text: string, bigEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) ?? 0);
  const buf = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (bigEndian ? buf.writeUInt32BE(p, i * 4) : buf.writeUInt32LE(p, i * 4)));
  return buf;
}

const ENCODERS: Record<string, Encoder> = {
  ascii: { bom: [], encode: (t) => Buffer.from(t.replace(/[^\x00-\x7f]/g, '?'), 'latin1') },
  latin1: { bom: [], encode: (t) => Buffer.from(t, 'latin1') },
  utf8: { bom: [], encode: (t) => Buffer.from(t, 'utf8') },
  utf8bom: { bom: [0xef, 0xbb, 0xbf], encode: (t) => Buffer.from(t, 'utf8') },
  unicode: { bom: [0xff, 0xfe], encode: (t) => Buffer.from(t, 'utf16le') },
  bigendianunicode: { bom: [0xfe, 0xff], encode: (t) => swap16(Buffer.from(t, 'utf16le')) },
  utf32: { bom: [0xff, 0xfe, 0x00, 0x00], encode: (t) => utf32(t, false) },
  bigendianutf32: { bom: [0x00, 0x00, 0xfe, 0xff], encode: (t) => utf32(t, true) },
};

const ALIASES: Record<string, string> = {
  ansi: 'latin1', default: 'utf8', oem: 'utf8', utf7: 'utf8', utf8nobom: 'utf8',
};

/** The encoder for a -Encoding name (case-insensitive); undefined when unknown. */
export function encoderFor(name: string | undefined): Encoder | undefined {
  const key = (name ?? 'utf8NoBOM').toLowerCase();
  return ENCODERS[ALIASES[key] ?? key];
}
