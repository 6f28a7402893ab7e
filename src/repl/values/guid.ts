/** System.Guid: formatted lower-case `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, compared by value. */
import { randomUUID } from 'node:crypto';
import { DotNetException, formatException } from './errors.js';

const HEX32 = /^[0-9a-f]{32}$/i;

export class PSGuid {
  /** 32 lower-case hex digits. */
  private readonly hex: string;

  private constructor(hex: string) {
    this.hex = hex.toLowerCase();
  }

  static newGuid(): PSGuid { return new PSGuid(randomUUID().replace(/-/g, '')); }

  static readonly Empty = new PSGuid('0'.repeat(32));

  /** Guid.Parse: the N, D, B and P forms. */
  static parse(text: string): PSGuid {
    const g = PSGuid.tryParse(text);
    if (!g) throw formatException('Unrecognized Guid format.');
    return g;
  }

  /** new Guid(byte[]): the first three fields little-endian, as .NET lays them out. */
  static fromBytes(bytes: readonly number[]): PSGuid {
    if (bytes.length !== 16) throw new DotNetException("Byte array for Guid must be exactly 16 bytes long. (Parameter 'b')", 'System.ArgumentException');
    const hex = (b: number) => (b & 0xff).toString(16).padStart(2, '0');
    const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
    return new PSGuid(order.map((i) => hex(bytes[i]!)).join(''));
  }

  static tryParse(text: string): PSGuid | null {
    let t = text.trim();
    if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('(') && t.endsWith(')'))) t = t.slice(1, -1);
    if (HEX32.test(t)) return new PSGuid(t);
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t)) return new PSGuid(t.replace(/-/g, ''));
    return null;
  }

  /** Guid.ToString(format): D (default), N, B, P. */
  toString(format = 'D'): string {
    const h = this.hex;
    const d = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    switch (format || 'D') {
      case 'N': case 'n': return h;
      case 'D': case 'd': return d;
      case 'B': case 'b': return `{${d}}`;
      case 'P': case 'p': return `(${d})`;
      default: throw formatException('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
    }
  }

  equals(other: unknown): boolean { return other instanceof PSGuid && other.hex === this.hex; }

  compareTo(other: PSGuid): number { return this.hex < other.hex ? -1 : this.hex > other.hex ? 1 : 0; }
}
