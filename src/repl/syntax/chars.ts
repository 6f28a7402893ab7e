/** Character classes of the PowerShell tokenizer (including its Unicode dash and quote variants). */

export function isNewlineChar(c: string): boolean {
  return c === '\n' || c === '\r';
}

export function isBlank(c: string): boolean {
  return (
    c === ' ' || c === '\t' || c === '\f' || c === '\v' ||
    c === '\u00a0' || c === '\u0085' || c === '\ufeff' || c === '\u2028' || c === '\u2029' ||
    (c >= '\u2000' && c <= '\u200a') || c === '\u202f' || c === '\u205f' || c === '\u3000'
  );
}

/** `-` and the en/em dashes PowerShell accepts in its place. */
export function isDash(c: string): boolean {
  return c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
}

export function isSingleQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}

export function isDoubleQuote(c: string): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';
}

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function isHexDigit(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

const LETTER = /\p{L}/u;

export function isLetter(c: string): boolean {
  if (c === '') return false;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c > '\u007f' && LETTER.test(c);
}

export function isIdentifierStart(c: string): boolean {
  return isLetter(c) || c === '_';
}

export function isIdentifierChar(c: string): boolean {
  return isLetter(c) || isDigit(c) || c === '_';
}

/** Characters of a `$name` variable name. */
export function isVariableChar(c: string): boolean {
  return isIdentifierChar(c);
}

/** Characters that end a command-mode bareword (besides blanks, newlines and end of input). */
export function isGenericTerminator(c: string): boolean {
  return (
    c === '' || isBlank(c) || isNewlineChar(c) ||
    c === ';' || c === '(' || c === ')' || c === '{' || c === '}' || c === ',' || c === '|' || c === '&' ||
    c === '>' || c === '<' || isDoubleQuote(c) || isSingleQuote(c)
  );
}

/** Backtick escapes of double-quoted strings and barewords. */
export const BACKTICK_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
