/**
 * The "encrypted standard string" form of a SecureString without -Key. On
 * Linux and macOS pwsh has no DPAPI, so this form is the UTF-16LE bytes in
 * hex: it round-trips, but it is not encryption (as in pwsh itself).
 */
export function toStandardString(plain: string): string {
  return Buffer.from(plain, 'utf16le').toString('hex');
}

/** null when the text is not such a string. */
export function fromStandardString(text: string): string | null {
  if (text.length % 4 !== 0 || !/^[0-9a-f]*$/i.test(text)) return null;
  return Buffer.from(text, 'hex').toString('utf16le');
}
