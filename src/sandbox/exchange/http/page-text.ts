/**
 * Collects a response page's JSON text in one reused byte buffer. A page of
 * full mailboxes is many megabytes made of a thousand object texts: kept as
 * strings until the page is done, they outlive the young generation and the
 * garbage collector copies all of them; copied into bytes as each is made,
 * they die young and the page becomes a single string at the end.
 *
 * The text is kept ASCII by writing any other character as a `\uXXXX`
 * escape (non-ASCII characters can only occur inside JSON strings, where
 * the escape means the same character), so bytes and string convert
 * one-to-one: a page with one `§` would otherwise come back as a two-byte
 * string twice its size.
 */
export class PageText {
  private static scratch = Buffer.allocUnsafe(1 << 20);
  /** Pages above this size do not keep their buffer for the next one. */
  private static readonly KEEP_BYTES = 64 * 1024 * 1024;
  private buf = PageText.scratch;
  private length = 0;

  /** Appends JSON text. */
  add(json: string): void {
    const text = NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json;
    const need = this.length + text.length;
    if (need > this.buf.length) this.grow(need);
    this.length += this.buf.write(text, this.length, 'latin1');
  }

  /** The page as one string; the buffer is free for the next page. Handlers run synchronously, so one buffer serves all. */
  finish(): string {
    const text = this.buf.toString('latin1', 0, this.length);
    this.length = 0;
    PageText.scratch = this.buf.length <= PageText.KEEP_BYTES ? this.buf : Buffer.allocUnsafe(1 << 20);
    return text;
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

function escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
