/**
 * ConvertFrom-Json's reader. Like Newtonsoft.Json (which pwsh uses) it keeps
 * property order, accepts comments, single-quoted strings, unquoted names and
 * trailing commas, turns ISO 8601 date strings into DateTime, and refuses
 * documents nested deeper than -Depth.
 */
import { makeDouble, makeLong } from '../../values/numbers.js';
import { DateTime } from '../../values/datetime.js';
import { PSHashtable } from '../../values/hashtable.js';
import { PSObject } from './values.js';

export class JsonReadError extends Error {}

export interface JsonReadOptions { asHashtable: boolean; maxDepth: number }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$/;

export function parseJson(text: string, options: JsonReadOptions): unknown {
  return new Reader(text, options).document();
}

class Reader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string, private readonly options: JsonReadOptions) {}

  document(): unknown {
    this.skip();
    if (this.pos >= this.text.length) return null;
    const value = this.value(0);
    this.skip();
    if (this.pos < this.text.length) this.fail(`Additional text encountered after finished reading JSON content: ${this.text[this.pos]}.`);
    return value;
  }

  private value(depth: number): unknown {
    this.skip();
    const ch = this.text[this.pos];
    if (ch === '{') return this.object(depth + 1);
    if (ch === '[') return this.array(depth + 1);
    if (ch === '"' || ch === "'") return this.stringValue();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return word === 'true' ? true : word === 'false' ? false : null;
    }
    if (word === 'NaN' || word === 'Infinity') {
      this.pos += word.length;
      return word === 'NaN' ? NaN : Infinity;
    }
    this.fail(ch === undefined ? 'Unexpected end when reading JSON.' : `Unexpected character encountered while parsing value: ${ch}.`);
  }

  private enter(depth: number): void {
    if (depth > this.options.maxDepth) this.fail(`The reader's MaxDepth of ${this.options.maxDepth} has been exceeded.`);
  }

  private object(depth: number): unknown {
    this.enter(depth);
    this.pos++;
    const entries: [string, unknown][] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === '}') { this.pos++; break; }
      const name = this.propertyName();
      this.skip();
      if (this.text[this.pos] !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.text[this.pos] ?? 'end of input'}.`);
      this.pos++;
      entries.push([name, this.value(depth)]);
      this.skip();
      const sep = this.text[this.pos];
      if (sep === ',') { this.pos++; continue; }
      if (sep === '}') { this.pos++; break; }
      this.fail(sep === undefined ? 'Unexpected end when reading JSON.' : `After parsing a value an unexpected character was encountered: ${sep}.`);
    }
    return this.options.asHashtable ? new PSHashtable(true, entries) : this.customObject(entries);
  }

  private customObject(entries: [string, unknown][]): PSObject {
    const obj = new PSObject();
    for (const [name, value] of entries) {
      const existing = obj.names().find((n) => n.toLowerCase() === name.toLowerCase());
      if (existing !== undefined && existing !== name) {
        throw new JsonReadError(`Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${existing}' was '${name}'.`);
      }
      obj.set(name, value);
    }
    return obj;
  }

  private array(depth: number): unknown[] {
    this.enter(depth);
    this.pos++;
    const items: unknown[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === ']') { this.pos++; break; }
      items.push(this.value(depth));
      this.skip();
      const sep = this.text[this.pos];
      if (sep === ',') { this.pos++; continue; }
      if (sep === ']') { this.pos++; break; }
      this.fail(sep === undefined ? 'Unexpected end when reading JSON.' : `After parsing a value an unexpected character was encountered: ${sep}.`);
    }
    return items;
  }

  private propertyName(): string {
    const ch = this.text[this.pos];
    if (ch === '"' || ch === "'") return this.string();
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos))?.[0];
    if (!word) this.fail(ch === undefined ? 'Unexpected end when reading JSON.' : `Invalid property identifier character: ${ch}.`);
    this.pos += word.length;
    return word;
  }

  private stringValue(): unknown {
    const s = this.string();
    const m = ISO_DATE.exec(s);
    return m ? isoToDateTime(m) ?? s : s;
  }

  private string(): string {
    const quoteChar = this.text[this.pos++];
    let out = '';
    for (;;) {
      const ch = this.text[this.pos++];
      if (ch === undefined) this.fail('Unterminated string. Expected delimiter: ' + quoteChar + '.');
      if (ch === quoteChar) return out;
      if (ch !== '\\') { out += ch; continue; }
      const esc = this.text[this.pos++];
      switch (esc) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`Invalid Unicode escape sequence: \\u${hex}.`);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        case undefined: this.fail('Unterminated string.'); break;
        default: out += esc;
      }
    }
  }

  /** Integers are Int64 and anything with a point or exponent a Double, as pwsh 7's reader gives them. */
  private number(): unknown {
    const m = /^-?(?:\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`Input string '${this.text[this.pos]}' is not a valid number.`);
    this.pos += m[0].length;
    const n = Number(m[0]);
    if (/[.eE]/.test(m[0])) return makeDouble(n);
    return Number.isSafeInteger(n) ? makeLong(n) : n;
  }

  /** Whitespace and // or /* *\/ comments. */
  private skip(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === '\n') { this.pos++; this.line++; this.lineStart = this.pos; continue; }
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\ufeff') { this.pos++; continue; }
      if (ch === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (ch === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? this.text.length : end + 2;
        continue;
      }
      return;
    }
  }

  private fail(message: string): never {
    throw new JsonReadError(`${message} Path '', line ${this.line}, position ${this.pos - this.lineStart}.`);
  }
}

/** Z → Utc; an offset → that instant in local time (Local); none → Unspecified, as Newtonsoft's RoundtripKind does. */
function isoToDateTime(m: RegExpExecArray): DateTime | undefined {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let local: DateTime;
  try {
    local = DateTime.fromParts(+y!, +mo!, +d!, +h!, +mi!, +s!, 0, zone === undefined ? 'Unspecified' : 'Utc');
  } catch {
    return undefined;
  }
  const ticks = frac ? Number(frac.padEnd(7, '0')) : 0;
  // Whole milliseconds plus sub-millisecond ticks: tick counts since year 1 exceed a double's exact range.
  const withFraction = ticks ? new DateTime(local.wallMs + Math.floor(ticks / 10000), local.kind, ticks % 10000) : local;
  if (zone === undefined || zone === 'Z') return withFraction;
  const sign = zone[0] === '-' ? -1 : 1;
  const offsetMs = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60000;
  const utc = new DateTime(withFraction.wallMs - offsetMs, 'Utc', withFraction.subTicks);
  return utc.toLocalTime();
}
