/**
 * Expandable strings: "Hello $name, $($n + 1)". Variables and sub-expression
 * results become text through the value layer's toPSString; arrays are joined
 * with $OFS (a space unless set), as pwsh does.
 */
import type { ExpandablePartAst, SubExpressionAst } from '../../syntax/ast.js';
import type { Frame } from '../runtime.js';
import { toPSString } from '../value-ops.js';
import { readVariable } from './variables.js';
import { isEnumerable, unrolled } from '../output.js';

export function expandParts(parts: ExpandablePartAst[], frame: Frame, subValue: (node: SubExpressionAst) => unknown): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'StringConstantExpression': out += part.value; break;
      case 'VariableExpression': out += stringify(readVariable(part, frame), frame); break;
      case 'SubExpression': out += stringify(subValue(part), frame); break;
    }
  }
  return out;
}

/** A value as it appears inside an expandable string. */
export function stringify(value: unknown, frame: Frame): string {
  if (isEnumerable(value)) {
    const ofs = frame.scope.lookup('ofs');
    const sep = ofs ? toPSString(ofs.value) : ' ';
    return unrolled(value).map((v) => toPSString(v)).join(sep);
  }
  return toPSString(value);
}
