/**
 * Microsoft.Exchange.Data.ByteQuantifiedSize: a byte count shown as
 * `7.536 MB (7,901,637 bytes)`. The ToKB()…ToTB() conversions return whole
 * units (UInt64 division), as Exchange's do.
 */

const UNITS = [
  ['TB', 2 ** 40],
  ['GB', 2 ** 30],
  ['MB', 2 ** 20],
  ['KB', 2 ** 10],
] as const;
const UNIT_SIZES: Record<string, number> = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30, TB: 2 ** 40 };

const DISPLAY = /^\s*-?[\d.,]+\s*(?:B|KB|MB|GB|TB)\s*\(\s*([\d,]+)\s*bytes\s*\)\s*$/i;
const INPUT = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?\s*$/i;

export class ByteQuantifiedSizeFormatError extends Error {}

export class ByteQuantifiedSize {
  static readonly Zero = new ByteQuantifiedSize(0);

  constructor(readonly bytes: number) {
    if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`A ByteQuantifiedSize must be a whole number of bytes, not ${bytes}.`);
  }

  static fromBytes(n: number): ByteQuantifiedSize {
    return new ByteQuantifiedSize(n);
  }

  /** The display form `1.234 GB (1,324,567,890 bytes)`, or input forms `300MB`, `1.5 GB`, `1048576`. */
  static parse(text: string): ByteQuantifiedSize {
    const v = ByteQuantifiedSize.tryParse(text);
    if (!v) throw new ByteQuantifiedSizeFormatError(`The value "${text}" isn't a valid byte quantified size. Use a number followed by B, KB, MB, GB or TB.`);
    return v;
  }

  static tryParse(text: string): ByteQuantifiedSize | undefined {
    const shown = DISPLAY.exec(text);
    if (shown) return new ByteQuantifiedSize(Number(shown[1]!.replace(/,/g, '')));
    const input = INPUT.exec(text);
    if (!input) return undefined;
    const bytes = Math.trunc(Number(input[1]) * UNIT_SIZES[(input[2] ?? 'B').toUpperCase()]!);
    return Number.isSafeInteger(bytes) ? new ByteQuantifiedSize(bytes) : undefined;
  }

  /** True when the text is the service's display form of a size. */
  static isDisplayText(text: string): boolean {
    return DISPLAY.test(text);
  }

  toBytes(): number { return this.bytes; }
  toKB(): number { return Math.floor(this.bytes / 2 ** 10); }
  toMB(): number { return Math.floor(this.bytes / 2 ** 20); }
  toGB(): number { return Math.floor(this.bytes / 2 ** 30); }
  toTB(): number { return Math.floor(this.bytes / 2 ** 40); }

  compareTo(other: ByteQuantifiedSize): number {
    return Math.sign(this.bytes - other.bytes);
  }

  equals(other: unknown): boolean {
    return other instanceof ByteQuantifiedSize && other.bytes === this.bytes;
  }

  /** The largest unit not above the value, the mantissa to four significant digits without trailing zeros. */
  toString(): string {
    const grouped = this.bytes.toLocaleString('en-US');
    const unit = UNITS.find(([, size]) => this.bytes >= size);
    if (!unit) return `${this.bytes} B (${grouped} bytes)`;
    const mantissa = Number((this.bytes / unit[1]).toPrecision(4));
    return `${mantissa.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 3 })} ${unit[0]} (${grouped} bytes)`;
  }
}
