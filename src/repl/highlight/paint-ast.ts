/**
 * Paints the syntax tree's leaves onto a per-character kind array: commands, parameters,
 * strings, variables, numbers, types and members. Parents paint before their children, so
 * a variable inside "..." overrides the string colour. Punctuation, keywords and comments
 * are not nodes; paint-gaps.ts classifies what is left.
 */
import type { AstNode, CommandAst, ExpressionAst } from '../syntax/index.js';
import { forEachChild } from '../syntax/walk.js';
import { CODE, type HighlightKind } from './kinds.js';

export function paintAst(root: AstNode, text: string, codes: Uint8Array): void {
  const paint = (node: { pos: number; end: number }, kind: HighlightKind) => {
    codes.fill(CODE[kind], Math.max(0, node.pos), Math.min(codes.length, node.end));
  };
  // A type literal is coloured with its brackets: `[int]`, not just `int`.
  const paintType = (node: { pos: number; end: number }) => {
    const start = text[node.pos - 1] === '[' ? node.pos - 1 : node.pos;
    paint({ pos: start, end: text[node.end] === ']' ? node.end + 1 : node.end }, 'type');
  };

  const visit = (node: AstNode): void => {
    switch (node.kind) {
      case 'Command':
        paintCommandName(node, paint, visit);
        for (const e of node.elements) visit(e);
        for (const r of node.redirections) visit(r);
        return;
      case 'CommandParameter':
        paint(node, 'parameter');
        if (node.argument) visit(node.argument);
        return;
      case 'VariableExpression':
        paint(node, 'variable');
        return;
      case 'ConstantExpression':
        paint(node, 'number');
        return;
      case 'StringConstantExpression':
        paint(node, node.stringKind === 'bareword' ? 'text' : 'string');
        return;
      case 'ExpandableStringExpression':
        paint(node, node.stringKind === 'bareword' ? 'text' : 'string');
        for (const part of node.parts) if (part.kind !== 'StringConstantExpression') visit(part);
        return;
      case 'FileRedirection':
        paint(node, 'operator');
        visit(node.location);
        return;
      case 'MergingRedirection':
        paint(node, 'operator');
        return;
      case 'TypeName':
      case 'TypeConstraint':
      case 'TypeExpression':
        paintType(node);
        return;
      case 'MemberExpression':
      case 'InvokeMemberExpression':
        visit(node.target);
        paintMember(node.member, paint, visit);
        if (node.kind === 'InvokeMemberExpression') for (const a of node.arguments) visit(a);
        return;
      case 'HashtableEntry':
        paintMember(node.key, paint, visit);
        visit(node.value);
        return;
      default:
        forEachChild(node, visit);
    }
  };
  visit(root);
}

type Paint = (node: { pos: number; end: number }, kind: HighlightKind) => void;

function paintCommandName(node: CommandAst, paint: Paint, visit: (n: AstNode) => void): void {
  const name = node.name;
  const bare = (name.kind === 'StringConstantExpression' || name.kind === 'ExpandableStringExpression') && name.stringKind === 'bareword';
  if (bare) paint(name, 'command');
  else visit(name);
}

function paintMember(member: ExpressionAst, paint: Paint, visit: (n: AstNode) => void): void {
  if (member.kind === 'StringConstantExpression' && member.stringKind === 'bareword') paint(member, 'member');
  else visit(member);
}
