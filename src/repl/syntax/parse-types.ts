/**
 * Type names, type constraints and attributes: everything written between `[` and `]`.
 * `[string]`, `[string[]]`, `[System.Collections.Generic.List[string]]`,
 * `[Parameter(Mandatory, Position=0)]`, `[ValidateSet('a','b')]`.
 */
import type {
  AttributeAst, ExpressionAst, NamedAttributeArgumentAst, TypeConstraintAst, TypeNameAst,
} from './ast.js';
import { isBlank } from './chars.js';
import { parseExpression } from './parse-expressions.js';
import type { ParserCore } from './parser-core.js';

/**
 * Parses a type name at the cursor (just after a `[`), including generic arguments and array
 * ranks, but not the closing `]`. Returns undefined (consuming nothing) when no name is there.
 */
export function parseTypeName(p: ParserCore): TypeNameAst | undefined {
  p.scanner.position = p.pos;
  const nameToken = p.scanner.scanTypeName();
  if (!nameToken) return undefined;
  p.moveTo(nameToken.end);
  const baseName = nameToken.value!;
  const genericArguments: TypeNameAst[] = [];
  let arrayRank = 0;
  while (p.charAt(p.pos) === '[') {
    const rank = arrayRankAt(p, p.pos);
    if (rank) {
      arrayRank = rank.rank;
      p.moveTo(rank.end);
      break;
    }
    if (genericArguments.length > 0) break;
    p.moveTo(p.pos + 1);
    parseGenericArguments(p, genericArguments);
  }
  const generic = genericArguments.length ? `[${genericArguments.map((g) => g.name).join(',')}]` : '';
  const array = arrayRank ? `[${','.repeat(arrayRank - 1)}]` : '';
  return {
    kind: 'TypeName',
    pos: nameToken.pos,
    end: p.pos,
    name: baseName + generic + array,
    baseName,
    genericArguments,
    arrayRank,
  };
}

/** `[]` or `[,]` at `offset`: an array rank. */
function arrayRankAt(p: ParserCore, offset: number): { rank: number; end: number } | undefined {
  let q = offset + 1;
  let rank = 1;
  for (;;) {
    const ch = p.charAt(q);
    if (isBlank(ch)) q++;
    else if (ch === ',') {
      rank++;
      q++;
    } else if (ch === ']') return { rank, end: q + 1 };
    else return undefined;
  }
}

function parseGenericArguments(p: ParserCore, into: TypeNameAst[]): void {
  for (;;) {
    let bracketed = false;
    if (p.peek('expression').kind === 'LBracket') {
      p.next('expression');
      bracketed = true;
    } else {
      p.scanner.position = p.pos;
      p.scanner.skipTrivia();
      p.moveTo(p.scanner.position);
    }
    const arg = parseTypeName(p);
    if (!arg) {
      const t = p.peek('expression');
      p.reportAt('MissingTypename', t, []);
      return;
    }
    into.push(arg);
    if (bracketed && !p.eat('RBracket', 'expression')) {
      p.reportAt('EndSquareBracketExpectedAtEndOfType', p.peek('expression'), []);
      return;
    }
    const t = p.eatListSeparator('RBracket');
    if (t === 'next') continue;
    if (t === 'closed') return;
    p.reportAt('EndSquareBracketExpectedAtEndOfType', t, []);
    return;
  }
}

/**
 * At a `[` token: parses `[Type]` as a type constraint or `[Name(args)]` as an attribute,
 * including the closing `]`. Returns undefined (consuming nothing) if no `[` is next.
 */
export function parseAttributeOrTypeConstraint(p: ParserCore): AttributeAst | TypeConstraintAst | undefined {
  const open = p.peek('expression');
  if (open.kind !== 'LBracket') return undefined;
  p.consume(open);
  const typeName = parseTypeName(p);
  if (!typeName) {
    p.reportAt('MissingTypename', p.peek('expression'), []);
    const missing: TypeNameAst = {
      kind: 'TypeName', pos: p.pos, end: p.pos, name: '', baseName: '', genericArguments: [], arrayRank: 0,
    };
    p.eat('RBracket', 'expression');
    return { kind: 'TypeConstraint', pos: open.pos, end: p.pos, typeName: missing };
  }
  if (p.charAt(p.pos) === '(') {
    p.moveTo(p.pos + 1);
    const { positionalArguments, namedArguments } = p.withCloser('RParen', () => parseAttributeArguments(p));
    const close = p.peek('expression');
    if (close.kind === 'RBracket') p.consume(close);
    else p.reportAt('EndSquareBracketExpectedAtEndOfAttribute', close, []);
    return { kind: 'Attribute', pos: open.pos, end: p.pos, typeName, positionalArguments, namedArguments };
  }
  const close = p.peek('expression');
  if (close.kind === 'RBracket') p.consume(close);
  else p.reportAt('EndSquareBracketExpectedAtEndOfType', close, []);
  return { kind: 'TypeConstraint', pos: open.pos, end: p.pos, typeName };
}

function parseAttributeArguments(p: ParserCore): {
  positionalArguments: ExpressionAst[];
  namedArguments: NamedAttributeArgumentAst[];
} {
  const positionalArguments: ExpressionAst[] = [];
  const namedArguments: NamedAttributeArgumentAst[] = [];
  p.skipNewlines();
  if (p.eat('RParen', 'expression')) return { positionalArguments, namedArguments };
  for (;;) {
    p.skipNewlines();
    const t = p.peek('expression');
    if (t.kind === 'Identifier') {
      p.consume(t);
      const afterName = p.peek('expression');
      if (afterName.kind === 'Equals') {
        p.consume(afterName);
        p.skipNewlines();
        const value = parseExpression(p, { allowComma: false });
        if (!value) p.reportAt('MissingExpressionInNamedArgument', p.peek('expression'), []);
        namedArguments.push({
          kind: 'NamedAttributeArgument', pos: t.pos, end: p.pos, argumentName: t.value!,
          argument: value ?? p.errorExpression(p.pos), expressionOmitted: false,
        });
      } else {
        // `Mandatory` alone means Mandatory=$true
        namedArguments.push({
          kind: 'NamedAttributeArgument', pos: t.pos, end: t.end, argumentName: t.value!,
          argument: {
            kind: 'VariableExpression', pos: t.end, end: t.end, name: 'true', scope: undefined,
            fullName: 'true', braced: false, splatted: false,
          },
          expressionOmitted: true,
        });
      }
    } else {
      const value = parseExpression(p, { allowComma: false });
      if (!value) {
        p.reportAt('MissingArgument', t, []);
        break;
      }
      positionalArguments.push(value);
    }
    p.skipNewlines();
    const sep = p.eatListSeparator('RParen');
    if (sep === 'next') continue;
    if (sep === 'closed') return { positionalArguments, namedArguments };
    break;
  }
  p.reportAt('MissingEndParenthesisInExpression', p.peek('expression'), []);
  return { positionalArguments, namedArguments };
}
