/** Static members of [math], numeric types, [char], [string], [convert] and [System.Text.Encoding]. */
import { DECIMAL_MAX, INTEGRAL_RANGES, makeChar, makeDecimal, makeNumber, type NumberKind } from './numbers.js';
import { PSObject } from './psobject.js';
import { DotNetException, formatException } from './errors.js';
import { argInt, argNum, argStr, argBool, ignoresCase, noOverload, type MethodTable } from './method-support.js';
import { parseNumber, roundHalfEven, toNumber } from './convert.js';
import { toPSString } from './to-string.js';
import { compositeFormat } from './composite-format.js';
import { compareStrings } from './comparison.js';
import { TYPES } from './types.js';
import { PSEnumValue } from './enum.js';
import { PSReference } from './reference.js';

export interface StaticType {
  props?: Record<string, () => unknown>;
  methods?: MethodTable<null>;
}

/** Math.Round(x, digits, mode) as .NET Core computes it (scale, round, unscale). */
export function mathRound(x: number, digits = 0, awayFromZero = false): number {
  if (digits < 0 || digits > 15) throw new DotNetException("Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')", 'System.ArgumentOutOfRangeException');
  const p = 10 ** digits;
  const scaled = x * p;
  const r = awayFromZero ? Math.sign(scaled) * Math.round(Math.abs(scaled)) : roundHalfEven(scaled);
  return r / p;
}

function roundArgs(args: unknown[]): number {
  const x = argNum(args[0]);
  let digits = 0;
  let away = false;
  for (const a of args.slice(1)) {
    if (a instanceof PSEnumValue || (typeof a === 'string' && /^[a-z]/i.test(a))) away = /awayfromzero/i.test(String(a));
    else digits = argInt(a);
  }
  return mathRound(x, digits, away);
}

function flatArgs(args: unknown[]): unknown[] {
  return args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
}

const unary = (name: string, fn: (x: number) => number) => ({ name, arity: [1], fn: (_: null, a: unknown[]) => fn(argNum(a[0])) });

export const MATH: StaticType = {
  props: { pi: () => Math.PI, e: () => Math.E, tau: () => 2 * Math.PI },
  methods: {
    round: { name: 'Round', arity: [1, 2, 3], fn: (_, a) => roundArgs(a) },
    max: { name: 'Max', arity: [2], fn: (_, a) => Math.max(argNum(a[0]), argNum(a[1])) },
    min: { name: 'Min', arity: [2], fn: (_, a) => Math.min(argNum(a[0]), argNum(a[1])) },
    abs: unary('Abs', Math.abs),
    floor: unary('Floor', Math.floor),
    ceiling: unary('Ceiling', Math.ceil),
    truncate: unary('Truncate', Math.trunc),
    sqrt: unary('Sqrt', Math.sqrt),
    exp: unary('Exp', Math.exp),
    log10: unary('Log10', Math.log10),
    log2: unary('Log2', Math.log2),
    sin: unary('Sin', Math.sin), cos: unary('Cos', Math.cos), tan: unary('Tan', Math.tan),
    asin: unary('Asin', Math.asin), acos: unary('Acos', Math.acos), atan: unary('Atan', Math.atan),
    sign: unary('Sign', (x) => Math.sign(x)),
    pow: { name: 'Pow', arity: [2], fn: (_, a) => argNum(a[0]) ** argNum(a[1]) },
    log: { name: 'Log', arity: [1, 2], fn: (_, a) => (a.length === 2 ? Math.log(argNum(a[0])) / Math.log(argNum(a[1])) : Math.log(argNum(a[0]))) },
    atan2: { name: 'Atan2', arity: [2], fn: (_, a) => Math.atan2(argNum(a[0]), argNum(a[1])) },
    clamp: { name: 'Clamp', arity: [3], fn: (_, a) => Math.min(Math.max(argNum(a[0]), argNum(a[1])), argNum(a[2])) },
    divrem: { name: 'DivRem', arity: [2], fn: (_, a) => { const x = argInt(a[0]), y = argInt(a[1]); return [Math.trunc(x / y), x % y]; } },
  },
};

function parseInteger(text: unknown, min: number, max: number, typeName: string): number {
  const s = argStr(text);
  const n = /^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : NaN;
  if (Number.isNaN(n)) throw formatException(`The input string '${s}' was not in a correct format.`);
  if (n < min || n > max) throw new DotNetException(`Value was either too large or too small for ${typeName}.`, 'System.OverflowException');
  return n;
}

/** MinValue, MaxValue, Parse and TryParse of an integral type, giving numbers of that type. */
function integerType(kind: NumberKind, typeName: string): StaticType {
  const [min, max] = INTEGRAL_RANGES[kind]!;
  const parse = (text: unknown) => makeNumber(kind, parseInteger(text, min, max, typeName));
  return {
    props: { maxvalue: () => makeNumber(kind, max), minvalue: () => makeNumber(kind, min) },
    methods: {
      parse: { name: 'Parse', arity: [1, 2], fn: (_, a) => parse(a[0]) },
      tryparse: { name: 'TryParse', arity: [2], fn: (_, a) => tryParse(a, () => parse(a[0]), makeNumber(kind, 0)) },
    },
  };
}

export const INT32 = integerType('int', 'an Int32');
export const INT64 = integerType('long', 'an Int64');
export const INT16 = integerType('short', 'an Int16');
export const UINT16 = integerType('ushort', 'a UInt16');
export const UINT32 = integerType('uint', 'a UInt32');
export const UINT64 = integerType('ulong', 'a UInt64');
export const BYTE = integerType('byte', 'an unsigned byte');
export const SBYTE = integerType('sbyte', 'a signed byte');

/** TryParse(text, [ref]result): the parse result or the type's default goes into the reference. */
export function tryParse(args: unknown[], parse: () => unknown, fallback: unknown): boolean {
  const ref = args[1];
  let ok = true;
  let value: unknown;
  try { value = parse(); } catch (e) { if (!(e instanceof DotNetException)) throw e; ok = false; value = fallback; }
  if (ref instanceof PSReference) ref.value = value;
  return ok;
}

export const DOUBLE: StaticType = {
  props: {
    maxvalue: () => Number.MAX_VALUE, minvalue: () => -Number.MAX_VALUE, epsilon: () => Number.MIN_VALUE,
    nan: () => NaN, positiveinfinity: () => Infinity, negativeinfinity: () => -Infinity,
  },
  methods: {
    parse: {
      name: 'Parse', arity: [1, 2],
      fn: (_, a) => {
        const s = argStr(a[0]);
        const n = s.trim() === '' ? null : parseNumber(s);
        if (n === null) throw formatException(`The input string '${s}' was not in a correct format.`);
        return n;
      },
    },
    isnan: { name: 'IsNaN', arity: [1], fn: (_, a) => Number.isNaN(argNum(a[0])) },
    tryparse: { name: 'TryParse', arity: [2], fn: (_, a) => tryParse(a, () => DOUBLE.methods!.parse!.fn(null, [a[0]]), 0) },
  },
};

const single = (n: unknown) => makeNumber('single', Math.fround(n as number));

export const SINGLE: StaticType = {
  props: {
    maxvalue: () => single(3.4028234663852886e38), minvalue: () => single(-3.4028234663852886e38), epsilon: () => single(1.401298464324817e-45),
    nan: () => single(NaN), positiveinfinity: () => single(Infinity), negativeinfinity: () => single(-Infinity),
  },
  methods: {
    parse: { name: 'Parse', arity: [1, 2], fn: (_, a) => single(DOUBLE.methods!.parse!.fn(null, [a[0]])) },
  },
};

export const DECIMAL: StaticType = {
  props: { maxvalue: () => makeDecimal(DECIMAL_MAX, 0), minvalue: () => makeDecimal(-DECIMAL_MAX, 0) },
  methods: {
    parse: { name: 'Parse', arity: [1, 2], fn: (_, a) => makeDecimal(DOUBLE.methods!.parse!.fn(null, [a[0]]) as number) },
  },
};

const charTest = (name: string, re: RegExp) => ({ name, arity: [1, 2], fn: (_: null, a: unknown[]) => re.test(a.length === 2 ? argStr(a[0])[argInt(a[1])] ?? '' : argStr(a[0])) });

export const CHAR: StaticType = {
  props: { maxvalue: () => makeNumber('char', 0xffff), minvalue: () => makeNumber('char', 0) },
  methods: {
    isdigit: charTest('IsDigit', /^\p{Nd}$/u),
    isletter: charTest('IsLetter', /^\p{L}$/u),
    isletterordigit: charTest('IsLetterOrDigit', /^[\p{L}\p{Nd}]$/u),
    iswhitespace: charTest('IsWhiteSpace', /^\s$/u),
    isupper: charTest('IsUpper', /^\p{Lu}$/u),
    islower: charTest('IsLower', /^\p{Ll}$/u),
    ispunctuation: charTest('IsPunctuation', /^\p{P}$/u),
    isnumber: charTest('IsNumber', /^\p{N}$/u),
    toupper: { name: 'ToUpper', arity: [1], fn: (_, a) => makeChar(argStr(a[0]).toUpperCase()) },
    tolower: { name: 'ToLower', arity: [1], fn: (_, a) => makeChar(argStr(a[0]).toLowerCase()) },
  },
};

export const STRING: StaticType = {
  props: { empty: () => '' },
  methods: {
    isnullorempty: { name: 'IsNullOrEmpty', arity: [1], fn: (_, [v]) => v === null || v === undefined || toPSString(v) === '' },
    isnullorwhitespace: { name: 'IsNullOrWhiteSpace', arity: [1], fn: (_, [v]) => v === null || v === undefined || toPSString(v).trim() === '' },
    join: {
      name: 'Join', arity: [-1],
      fn: (_, a) => {
        if (a.length < 2) throw noOverload('Join', a.length);
        return flatArgs(a.slice(1)).map((v) => toPSString(v)).join(argStr(a[0]));
      },
    },
    concat: { name: 'Concat', arity: [-1], fn: (_, a) => flatArgs(a).map((v) => toPSString(v)).join('') },
    format: {
      name: 'Format', arity: [-1],
      fn: (_, a) => {
        if (a.length < 1) throw noOverload('Format', 0);
        return compositeFormat(argStr(a[0]), flatArgs(a.slice(1)));
      },
    },
    compare: {
      name: 'Compare', arity: [2, 3],
      fn: (_, a) => Math.sign(compareStrings(argStr(a[0]), argStr(a[1]), !(a.length > 2 && ignoresCase(a[2])))),
    },
    equals: { name: 'Equals', arity: [2, 3], fn: (_, a) => (a.length > 2 && /ignorecase/i.test(toPSString(a[2])) ? argStr(a[0]).toLowerCase() === argStr(a[1]).toLowerCase() : a[0] === a[1]) },
    new: { name: 'new', arity: [2], fn: (_, a) => argStr(a[0]).repeat(argInt(a[1])) },
  },
};

function bytesOf(v: unknown): number[] {
  const items = Array.isArray(v) ? v : [v];
  return items.map((b) => toNumber(b, TYPES.byte) & 0xff);
}

export const CONVERT: StaticType = {
  methods: {
    tobase64string: { name: 'ToBase64String', arity: [1], fn: (_, [b]) => Buffer.from(bytesOf(b)).toString('base64') },
    frombase64string: {
      name: 'FromBase64String', arity: [1],
      fn: (_, [s]) => {
        const text = argStr(s).replace(/\s/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
          throw formatException('The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.');
        }
        return [...Buffer.from(text, 'base64')];
      },
    },
    tohexstring: { name: 'ToHexString', arity: [1], fn: (_, [b]) => Buffer.from(bytesOf(b)).toString('hex').toUpperCase() },
    toint32: {
      name: 'ToInt32', arity: [1, 2],
      fn: (_, a) => {
        if (a.length === 2) {
          const n = parseInt(argStr(a[0]).replace(/^0x/i, ''), argInt(a[1]));
          if (Number.isNaN(n)) throw formatException('Could not find any recognizable digits.');
          return n > 0x7fffffff && argInt(a[1]) !== 10 ? n - 0x100000000 : n;
        }
        return typeof a[0] === 'string' ? parseInteger(a[0], -2147483648, 2147483647, 'an Int32') : roundHalfEven(argNum(a[0]));
      },
    },
    toint64: { name: 'ToInt64', arity: [1], fn: (_, [v]) => (typeof v === 'string' ? parseInteger(v, -9223372036854775808, 9223372036854775807, 'an Int64') : roundHalfEven(argNum(v))) },
    todouble: { name: 'ToDouble', arity: [1], fn: (_, [v]) => argNum(v) },
    toboolean: {
      name: 'ToBoolean', arity: [1],
      fn: (_, [v]) => {
        if (typeof v !== 'string') return argBool(v);
        if (/^\s*true\s*$/i.test(v)) return true;
        if (/^\s*false\s*$/i.test(v)) return false;
        throw formatException(`String '${v}' was not recognized as a valid Boolean.`);
      },
    },
    tostring: {
      name: 'ToString', arity: [1, 2],
      fn: (_, a) => (a.length === 2 && typeof a[1] === 'number' ? argInt(a[0]).toString(argInt(a[1])) : toPSString(a[0])),
    },
  },
};

function encoding(name: string, bodyName: string, encode: (s: string) => number[], decode: (b: number[]) => string): PSObject {
  const enc = new PSObject([['EncodingName', name], ['BodyName', bodyName], ['WebName', bodyName]], [`System.Text.${name.replace(/[^A-Za-z0-9]/g, '')}Encoding`, 'System.Text.Encoding', 'System.Object']);
  enc.addMethod('GetBytes', (_self, args) => encode(argStr(args[0])));
  enc.addMethod('GetString', (_self, args) => {
    const bytes = bytesOf(args[0]);
    return args.length === 3 ? decode(bytes.slice(argInt(args[1]), argInt(args[1]) + argInt(args[2]))) : decode(bytes);
  });
  enc.addMethod('GetByteCount', (_self, args) => encode(argStr(args[0])).length);
  enc.addMethod('ToString', () => `System.Text.${name.replace(/[^A-Za-z0-9]/g, '')}Encoding`);
  return enc;
}

const UTF8 = encoding('Unicode (UTF-8)', 'utf-8', (s) => [...Buffer.from(s, 'utf8')], (b) => Buffer.from(b).toString('utf8'));

export const ENCODING: StaticType = {
  props: {
    utf8: () => UTF8,
    default: () => UTF8,
    ascii: () => encoding('US-ASCII', 'us-ascii', (s) => [...s].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 63)), (b) => Buffer.from(b.map((x) => x & 0x7f)).toString('latin1')),
    unicode: () => encoding('Unicode', 'utf-16', (s) => [...Buffer.from(s, 'utf16le')], (b) => Buffer.from(b).toString('utf16le')),
    bigendianunicode: () => encoding('Unicode (Big-Endian)', 'utf-16BE', (s) => [...Buffer.from(s, 'utf16le').swap16()], (b) => Buffer.from(b).swap16().toString('utf16le')),
    utf32: () => encoding('Unicode (UTF-32)', 'utf-32', (s) => [...s].flatMap((c) => { const cp = c.codePointAt(0)!; return [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, 0]; }), (b) => { let out = ''; for (let i = 0; i + 3 < b.length; i += 4) out += String.fromCodePoint(b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)); return out; }),
  },
  methods: {
    getencoding: {
      name: 'GetEncoding', arity: [1],
      fn: (_, [n]) => {
        const name = argStr(n).toLowerCase().replace(/-/g, '');
        if (name === 'utf8') return UTF8;
        const enc = ENCODING.props![name === 'utf16' ? 'unicode' : name];
        if (!enc) throw new DotNetException(`'${argStr(n)}' is not a supported encoding name. (Parameter 'name')`, 'System.ArgumentException');
        return enc();
      },
    },
  },
};
