/**
 * .NET numeric formatting (en-US): the default ToString() of doubles, the
 * standard format letters (C D E F G N P R X) and custom patterns
 * ("0.00", "#,##0", "0.0#", "0%", "0.00E+00", sections with ';').
 * Rounding is half away from zero on the exact decimal value, as .NET Core does.
 */
import { formatException } from './errors.js';

/** Exact decimal digits of |x|: `int` and `frac` strings (frac without trailing zeros). */
function exactDecimal(x: number): { int: string; frac: string } {
  const a = Math.abs(x);
  if (a >= 1e21) return { int: BigInt(a).toString(), frac: '' };
  const s = a.toFixed(100);
  const dot = s.indexOf('.');
  return { int: s.slice(0, dot).replace(/^0+(?=\d)/, ''), frac: s.slice(dot + 1).replace(/0+$/, '') };
}

/** Rounds a non-negative decimal (int/frac digit strings) to `decimals` places, half away from zero. */
function roundDecimal(int: string, frac: string, decimals: number): { int: string; frac: string } {
  if (frac.length <= decimals) return { int, frac: frac.padEnd(decimals, '0') };
  const roundUp = frac.charCodeAt(decimals) >= 53; // '5'
  let digits = int + frac.slice(0, decimals);
  if (roundUp) {
    const arr = digits.split('');
    let i = arr.length - 1;
    for (; i >= 0; i--) {
      if (arr[i] === '9') arr[i] = '0';
      else { arr[i] = String(Number(arr[i]) + 1); break; }
    }
    digits = (i < 0 ? '1' : '') + arr.join('');
  }
  const intLen = digits.length - decimals;
  return { int: digits.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0', frac: digits.slice(intLen) };
}

/** Shifts the decimal point right by `places` (for % and ‰) without binary rounding error. */
function shiftDecimal(d: { int: string; frac: string }, places: number): { int: string; frac: string } {
  const frac = d.frac.padEnd(places, '0');
  return { int: (d.int + frac.slice(0, places)).replace(/^0+(?=\d)/, ''), frac: frac.slice(places) };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const specials = (x: number): string | undefined =>
  Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : undefined;

/**
 * The 'G' form: `precision` significant digits (0 = shortest round-trip),
 * scientific when the exponent is below -5 or at least the precision (15 for
 * the shortest form, as .NET does for doubles).
 */
export function formatGeneral(x: number, precision = 0, expChar = 'E'): string {
  const sp = specials(x);
  if (sp) return sp;
  if (x === 0) return '0';
  const exp = precision > 0 ? x.toExponential(Math.min(precision, 100) - 1) : x.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1]!;
  const digits = (m[2]! + (m[3] ?? '')).replace(/0+$/, '') || '0';
  const e = Number(m[4]);
  const limit = precision > 0 ? precision : 15;
  if (e > -5 && e < limit) {
    if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    if (digits.length <= e + 1) return sign + digits + '0'.repeat(e + 1 - digits.length);
    return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mant}${expChar}${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** How PowerShell turns a double into text (casts, interpolation, output): 15 significant digits. */
export function doubleToPSString(x: number): string {
  return formatGeneral(x, 15);
}

function fixed(x: number, decimals: number, grouped: boolean): string {
  const r = roundDecimal(exactDecimal(x).int, exactDecimal(x).frac, decimals);
  const neg = x < 0 && /[1-9]/.test(r.int + r.frac);
  const int = grouped ? group(r.int) : r.int;
  return (neg ? '-' : '') + int + (decimals > 0 ? `.${r.frac}` : '');
}

function scientific(x: number, decimals: number, expChar: string, minExpDigits: number, plusSign: boolean): string {
  if (x === 0) return `${(0).toFixed(decimals)}${expChar}${plusSign ? '+' : ''}${'0'.repeat(minExpDigits)}`;
  const s = Math.abs(x).toExponential(Math.min(decimals, 100));
  const [mant, e] = s.split('e') as [string, string];
  const n = Number(e);
  const expText = String(Math.abs(n)).padStart(minExpDigits, '0');
  return `${x < 0 ? '-' : ''}${mant}${expChar}${n < 0 ? '-' : plusSign ? '+' : ''}${expText}`;
}

function hex(x: number, digits: number, upper: boolean): string {
  let h: string;
  if (x >= 0) h = BigInt(x).toString(16);
  else if (x >= -2147483648) h = (x >>> 0).toString(16);
  else h = BigInt.asUintN(64, BigInt(x)).toString(16);
  h = h.padStart(digits, '0');
  return upper ? h.toUpperCase() : h;
}

function standard(x: number, letter: string, precisionText: string): string {
  const p = precisionText === '' ? undefined : Number(precisionText);
  const integral = Number.isInteger(x);
  switch (letter) {
    case 'C': case 'c': {
      const body = fixed(Math.abs(x), p ?? 2, true);
      return (x < 0 && /[1-9]/.test(body) ? '-$' : '$') + body;
    }
    case 'D': case 'd': {
      if (!integral) throw formatException('Format specifier was invalid.');
      const digits = BigInt(Math.abs(x)).toString().padStart(p ?? 0, '0');
      return (x < 0 ? '-' : '') + digits;
    }
    case 'E': case 'e':
      return specials(x) ?? scientific(x, p ?? 6, letter, 3, true);
    case 'F': case 'f':
      return specials(x) ?? fixed(x, p ?? 2, false);
    case 'G': case 'g':
      return formatGeneral(x, p ?? 0, letter === 'g' ? 'e' : 'E');
    case 'N': case 'n':
      return specials(x) ?? fixed(x, p ?? 2, true);
    case 'P': case 'p': {
      const sp = specials(x);
      if (sp) return sp;
      const r = roundDecimal(...(Object.values(shiftDecimal(exactDecimal(x), 2)) as [string, string]), p ?? 2);
      const neg = x < 0 && /[1-9]/.test(r.int + r.frac);
      return `${neg ? '-' : ''}${group(r.int)}${(p ?? 2) > 0 ? `.${r.frac}` : ''}%`;
    }
    case 'R': case 'r':
      return formatGeneral(x, 0);
    case 'X': case 'x':
      if (!integral) throw formatException('Format specifier was invalid.');
      return hex(x, p ?? 0, letter === 'X');
    default:
      throw formatException('Format specifier was invalid.');
  }
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '\\' && i + 1 < format.length) { cur += ch + format[++i]; continue; }
    if (ch === "'" || ch === '"') {
      const end = format.indexOf(ch, i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
      continue;
    }
    if (ch === ';') { sections.push(cur); cur = ''; continue; }
    cur += ch;
  }
  sections.push(cur);
  return sections;
}

type Token = { kind: 'digit'; ch: '0' | '#' } | { kind: 'point' } | { kind: 'lit'; text: string } | { kind: 'exp'; text: string; plus: boolean; minDigits: number };

function tokenize(section: string): { tokens: Token[]; grouping: boolean; scale: number; percent: number } {
  const tokens: Token[] = [];
  let grouping = false;
  let scale = 0;
  let percent = 0;
  let seenPoint = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '0' || ch === '#') { tokens.push({ kind: 'digit', ch }); continue; }
    if (ch === '.') {
      if (!seenPoint) { tokens.push({ kind: 'point' }); seenPoint = true; }
      continue;
    }
    if (ch === ',') {
      // Commas right before the point (or the end of the integer digits) scale by 1000; others group.
      let j = i;
      while (section[j] === ',') j++;
      const nextIsDigit = !seenPoint && /[0#]/.test(section[j] ?? '');
      const prevIsDigit = tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'digit';
      if (nextIsDigit && prevIsDigit) grouping = true;
      else if (prevIsDigit && !seenPoint) scale += j - i;
      i = j - 1;
      continue;
    }
    if (ch === '%') { percent += 2; tokens.push({ kind: 'lit', text: '%' }); continue; }
    if (ch === '‰') { percent += 3; tokens.push({ kind: 'lit', text: '‰' }); continue; }
    if ((ch === 'E' || ch === 'e') && /^[+-]?0/.test(section.slice(i + 1))) {
      const m = /^([+-]?)(0+)/.exec(section.slice(i + 1))!;
      tokens.push({ kind: 'exp', text: ch, plus: m[1] === '+', minDigits: m[2]!.length });
      i += m[0].length;
      continue;
    }
    if (ch === '\\') { tokens.push({ kind: 'lit', text: section[i + 1] ?? '' }); i++; continue; }
    if (ch === "'" || ch === '"') {
      const end = section.indexOf(ch, i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'lit', text: section.slice(i + 1, stop) });
      i = stop;
      continue;
    }
    tokens.push({ kind: 'lit', text: ch });
  }
  return { tokens, grouping, scale, percent };
}

function renderSection(x: number, section: string, withSign: boolean): string {
  const { tokens, grouping, scale, percent } = tokenize(section);
  const pointAt = tokens.findIndex((t) => t.kind === 'point');
  const expAt = tokens.findIndex((t) => t.kind === 'exp');
  const intEnd = pointAt >= 0 ? pointAt : expAt >= 0 ? expAt : tokens.length;
  const intTokens = tokens.slice(0, intEnd);
  const fracTokens = pointAt >= 0 ? tokens.slice(pointAt + 1, expAt >= 0 ? expAt : tokens.length) : [];
  const intPlaceholders = intTokens.filter((t) => t.kind === 'digit') as { kind: 'digit'; ch: '0' | '#' }[];
  const fracPlaceholders = fracTokens.filter((t) => t.kind === 'digit') as { kind: 'digit'; ch: '0' | '#' }[];
  const firstZero = intPlaceholders.findIndex((t) => t.ch === '0');
  const minInt = firstZero < 0 ? 0 : intPlaceholders.length - firstZero;
  const lastZero = fracPlaceholders.map((t) => t.ch).lastIndexOf('0');
  const minFrac = lastZero + 1;

  let value = exactDecimal(x);
  let expText = '';
  if (expAt >= 0) {
    const e = tokens[expAt] as Extract<Token, { kind: 'exp' }>;
    const digitsWanted = Math.max(intPlaceholders.length, 1);
    const abs = Math.abs(x);
    let exponent = abs === 0 ? 0 : Math.floor(Math.log10(abs)) - (digitsWanted - 1);
    let scaled = abs === 0 ? 0 : abs / 10 ** exponent;
    if (Number(scaled.toFixed(fracPlaceholders.length)) >= 10 ** digitsWanted) { exponent += 1; scaled /= 10; }
    value = exactDecimal(Number(scaled.toPrecision(15)));
    expText = e.text + (exponent < 0 ? '-' : e.plus ? '+' : '') + String(Math.abs(exponent)).padStart(e.minDigits, '0');
  } else {
    if (percent) value = shiftDecimal(value, percent);
    if (scale) value = exactDecimal(Number(`${value.int}.${value.frac || '0'}`) / 1000 ** scale);
  }
  const r = roundDecimal(value.int, value.frac, fracPlaceholders.length);
  const fracDigits = r.frac.slice(0, Math.max(minFrac, r.frac.replace(/0+$/, '').length));
  let intDigits = r.int === '0' ? '' : r.int;
  if (intDigits.length < minInt) intDigits = intDigits.padStart(minInt, '0');
  const negative = withSign && x < 0 && /[1-9]/.test(intDigits + fracDigits);

  let intText = '';
  if (grouping) {
    const before = intTokens.slice(0, intTokens.findIndex((t) => t.kind === 'digit'));
    const after = intTokens.slice(intTokens.length - [...intTokens].reverse().findIndex((t) => t.kind === 'digit'));
    const lit = (ts: Token[]): string => ts.map((t) => (t.kind === 'lit' ? t.text : '')).join('');
    intText = intPlaceholders.length ? lit(before) + group(intDigits) + lit(after) : lit(intTokens);
  } else {
    // Digits fill placeholders from the right; extra digits go to the first one.
    let remaining = intDigits;
    const out: string[] = [];
    let slots = intPlaceholders.length;
    for (let i = intTokens.length - 1; i >= 0; i--) {
      const t = intTokens[i]!;
      if (t.kind === 'lit') { out.push(t.text); continue; }
      if (t.kind !== 'digit') continue;
      slots--;
      if (slots === 0) { out.push(remaining); remaining = ''; } else { out.push(remaining.slice(-1)); remaining = remaining.slice(0, -1); }
    }
    intText = out.reverse().join('');
  }
  let fracText = '';
  let di = 0;
  for (const t of fracTokens) {
    if (t.kind === 'digit') { fracText += fracDigits[di] ?? ''; di++; } else if (t.kind === 'lit') fracText += t.text;
  }
  const point = pointAt >= 0 && fracDigits.length > 0 ? '.' : '';
  const tail = expAt >= 0 ? expText + tokens.slice(expAt + 1).map((t) => (t.kind === 'lit' ? t.text : '')).join('') : '';
  return (negative ? '-' : '') + intText + point + fracText + tail;
}

function custom(x: number, format: string): string {
  const sections = splitSections(format);
  if (sections.length === 1) return renderSection(x, sections[0]!, true);
  if (x < 0 && sections[1] !== '') return renderSection(-x, sections[1]!, false);
  if (x === 0 && sections.length > 2 && sections[2] !== '') return renderSection(x, sections[2]!, false);
  return renderSection(x, sections[0]!, true);
}

/** Number.ToString(format) / `{0:format}`. An empty format is the default ToString(). */
export function formatNumber(x: number, format?: string | null): string {
  if (!format) return Number.isInteger(x) && Math.abs(x) < 1e21 ? String(x === 0 ? 0 : x) : formatGeneral(x, 0);
  const std = /^([A-Za-z])(\d{0,9})$/.exec(format);
  if (std) return standard(x, std[1]!, std[2]!);
  return specials(x) ?? custom(x, format);
}
