/**
 * The operator entry points the evaluator calls: `binaryOperator(op, l, r)`
 * and `unaryOperator(op, v)`. `op` is the operator as written ('+', '-eq',
 * '-iLike', '-csplit', '-f', …); case variants are parsed here. -and/-or are
 * here for completeness, but the evaluator short-circuits them itself.
 */
import { PSNumber, needsNumberModel, numericOperation } from './numbers.js';
import { PSHashtable } from './hashtable.js';
import { PSRuntimeError } from './errors.js';
import { add, subtract, multiply, divide, modulo, negate, bitwise, shift, bitwiseNot, logicalXor } from './arithmetic.js';
import { comparison, contains, type ComparisonOp } from './comparison.js';
import { match, replace, split, splitWhitespace, join } from './string-operators.js';
import { compositeFormat } from './composite-format.js';
import { toBoolean, tryConvertTo, toNumber } from './convert.js';
import { toPSString } from './to-string.js';
import { isInstanceOf, resolveType, type PSTypeInfo } from './types.js';
import { typeNotFound } from './convert.js';
import { PSList } from './list.js';
import { PSTypeObject } from './type-object.js';

export interface OperatorContext {
  /** $OFS, for string + array. */
  ofs?: string;
  /** Called with the new $Matches after a scalar -match/-notmatch that matched. */
  onMatches?: (matches: PSHashtable) => void;
  /**
   * Turns a script block operand into a JS function, or returns undefined for
   * anything else. Used for `-replace 'x', { … }` ($_ is the Match) and
   * `-split { … }` ($_ is each character).
   */
  scriptBlockFunction?: (value: unknown) => ((dollarUnder: unknown) => unknown) | undefined;
}

interface ParsedOp { name: string; caseSensitive: boolean }

const CASED = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split']);
const parsedCache = new Map<string, ParsedOp>();

function parseOp(op: string): ParsedOp {
  let p = parsedCache.get(op);
  if (p) return p;
  const name = op.replace(/^-/, '').toLowerCase();
  if (!op.startsWith('-') || CASED.has(name) || !CASED.has(name.slice(1)) || (name[0] !== 'c' && name[0] !== 'i')) {
    p = { name: op.startsWith('-') ? name : op, caseSensitive: false };
  } else {
    p = { name: name.slice(1), caseSensitive: name[0] === 'c' };
  }
  parsedCache.set(op, p);
  return p;
}

function typeOperand(right: unknown): PSTypeInfo {
  if (right instanceof PSTypeObject) return right.info;
  if (right && typeof right === 'object' && 'fullName' in right && 'kind' in right) return right as PSTypeInfo;
  const name = toPSString(right).replace(/^\[(.*)\]$/, '$1');
  const t = resolveType(name);
  if (!t) throw typeNotFound(name);
  return t;
}

function formatArgs(right: unknown): unknown[] {
  if (Array.isArray(right)) return right;
  if (right instanceof PSList) return right.items;
  return [right];
}

export function binaryOperator(op: string, left: unknown, right: unknown, ctx: OperatorContext = {}): unknown {
  // Fast paths: the common pipeline-per-item cases.
  if (typeof left === 'number' && typeof right === 'number') {
    switch (op) {
      case '+': { const r = left + right; return needsNumberModel(left, right, r) ? add(left, right) : r; }
      case '-': { const r = left - right; return needsNumberModel(left, right, r) ? subtract(left, right) : r; }
      case '*': { const r = left * right; return needsNumberModel(left, right, r) ? multiply(left, right) : r; }
      case '%': if (right !== 0) { const m = left % right; return m === 0 ? 0 : m; } break;
      case '/': if (right !== 0) { const r = left / right; return needsNumberModel(left, right, r) ? divide(left, right) : r; } break;
      case '-eq': return left === right;
      case '-ne': return left !== right;
      case '-gt': return left > right;
      case '-lt': return left < right;
      case '-ge': return left >= right;
      case '-le': return left <= right;
      default: break;
    }
  }
  switch (op) {
    case '+': return add(left, right, ctx.ofs);
    case '-': return subtract(left, right);
    case '*': return multiply(left, right);
    case '/': return divide(left, right);
    case '%': return modulo(left, right);
    default: break;
  }
  const { name, caseSensitive } = parseOp(op);
  switch (name) {
    case 'eq': case 'ne': case 'gt': case 'ge': case 'lt': case 'le': case 'like': case 'notlike':
      return comparison(name as ComparisonOp, left, right, caseSensitive);
    case 'match': case 'notmatch': {
      const r = match(left, right, caseSensitive, name === 'notmatch', ctx.onMatches !== undefined);
      if (r.matches) ctx.onMatches?.(r.matches);
      return r.result;
    }
    case 'contains': return contains(left, right, caseSensitive);
    case 'notcontains': return !contains(left, right, caseSensitive);
    case 'in': return contains(right, left, caseSensitive);
    case 'notin': return !contains(right, left, caseSensitive);
    case 'replace': return replace(left, right, caseSensitive, ctx.scriptBlockFunction);
    case 'split': {
      const sb = ctx.scriptBlockFunction;
      return split(left, right, caseSensitive, sb && ((d) => {
        const fn = sb(d);
        return fn && ((ch: string) => toBoolean(fn(ch)));
      }));
    }
    case 'join': return join(left, right);
    case 'f': return compositeFormat(toPSString(left), formatArgs(right));
    case 'is': return isInstanceOf(left, typeOperand(right));
    case 'isnot': return !isInstanceOf(left, typeOperand(right));
    case 'as': return tryConvertTo(typeOperand(right), left);
    case 'and': return toBoolean(left) && toBoolean(right);
    case 'or': return toBoolean(left) || toBoolean(right);
    case 'xor': return logicalXor(left, right);
    case 'band': case 'bor': case 'bxor': return bitwise(`-${name}` as '-band', left, right);
    case 'shl': case 'shr': return shift(`-${name}` as '-shl', left, right);
    default:
      throw new PSRuntimeError(`Unexpected operator '${op}'.`, 'UnexpectedToken', 'ParserError');
  }
}

export function unaryOperator(op: string, value: unknown): unknown {
  switch (op.toLowerCase()) {
    case '-not': case '!': return !toBoolean(value);
    case '-': return negate(value);
    case '+': return typeof value === 'number' ? value : value instanceof PSNumber ? numericOperation('+', 0, value) : toNumber(value);
    case '-bnot': return bitwiseNot(value);
    case '-split': return splitWhitespace(value);
    case '-join': return join(value, '');
    default:
      throw new PSRuntimeError(`Unexpected operator '${op}'.`, 'UnexpectedToken', 'ParserError');
  }
}
