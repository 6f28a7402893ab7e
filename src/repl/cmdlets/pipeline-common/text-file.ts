/**
 * Reading text files as .NET's StreamReader does: a byte-order mark decides
 * the encoding; otherwise the -Encoding name, defaulting to UTF-8.
 */
export function decodeText(bytes: Buffer, encoding?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(bytes.subarray(4), false);
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes.subarray(4), true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  switch ((encoding ?? '').toLowerCase()) {
    case 'unicode': return bytes.toString('utf16le');
    case 'bigendianunicode': return Buffer.from(bytes).swap16().toString('utf16le');
    case 'ascii': case 'latin1': case 'ansi': return bytes.toString('latin1');
    default: return bytes.toString('utf8');
  }
}

function decodeUtf32(bytes: Buffer, bigEndian: boolean): string {
  let out = '';
  for (let i = 0; i + 3 < bytes.length; i += 4) out += String.fromCodePoint(bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i));
  return out;
}
