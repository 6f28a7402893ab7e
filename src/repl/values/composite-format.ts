/**
 * .NET composite formatting (String.Format / the -f operator):
 * `{index[,alignment][:format]}` with `{{` and `}}` escapes, en-US.
 */
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSRuntimeError, DotNetException } from './errors.js';
import { formatNumber } from './number-format.js';
import { PSNumber } from './numbers.js';
import { toPSString } from './to-string.js';
import { typeOf } from './types.js';

type Piece = string | { index: number; align: number; format: string };

const cache = new Map<string, Piece[]>();

/** PowerShell appends its own period to .NET's message, hence the '..' users see. */
function formatError(inner: string): PSRuntimeError {
  return new PSRuntimeError(`Error formatting a string: ${inner}.`, 'FormatError', 'InvalidOperation', 'System.FormatException');
}

const BAD_FORMAT = 'Input string was not in a correct format.';

function parse(format: string): Piece[] {
  const hit = cache.get(format);
  if (hit) return hit;
  const pieces: Piece[] = [];
  let lit = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '}') {
      if (format[i + 1] === '}') { lit += '}'; i++; continue; }
      throw formatError(BAD_FORMAT);
    }
    if (ch !== '{') { lit += ch; continue; }
    if (format[i + 1] === '{') { lit += '{'; i++; continue; }
    const close = format.indexOf('}', i);
    if (close < 0) throw formatError(BAD_FORMAT);
    const m = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^]*))?$/.exec(format.slice(i + 1, close));
    if (!m) throw formatError(BAD_FORMAT);
    if (lit) { pieces.push(lit); lit = ''; }
    pieces.push({ index: Number(m[1]), align: m[2] ? Number(m[2]) : 0, format: m[3] ?? '' });
    i = close;
  }
  if (lit) pieces.push(lit);
  if (cache.size > 1000) cache.clear();
  cache.set(format, pieces);
  return pieces;
}

/** One argument as `{0:format}` renders it (IFormattable where .NET has it). */
export function formatArgument(value: unknown, format: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  // A boxed number formats its value; with no format (and always for a char) it is its own ToString().
  if (value instanceof PSNumber) return format && value.kind !== 'char' ? formatNumber(value.value, format) : value.toString();
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof DateTime) return value.toString(format || undefined);
  if (value instanceof TimeSpan) return value.toString(format || undefined);
  if (value instanceof PSGuid) return value.toString(format || 'D');
  // .NET's own ToString for collections is the type name.
  if (Array.isArray(value) || value instanceof PSHashtable) return typeOf(value)!.fullName;
  return toPSString(value);
}

export function compositeFormat(format: string, args: readonly unknown[]): string {
  let out = '';
  for (const p of parse(format)) {
    if (typeof p === 'string') { out += p; continue; }
    if (p.index >= args.length) {
      throw formatError('Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
    }
    let text: string;
    try {
      text = formatArgument(args[p.index], p.format);
    } catch (e) {
      if (e instanceof DotNetException) throw formatError(e.message);
      throw e;
    }
    if (p.align > 0) text = text.padStart(p.align);
    else if (p.align < 0) text = text.padEnd(-p.align);
    out += text;
  }
  return out;
}
