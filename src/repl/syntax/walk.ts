/**
 * Structural traversal of the syntax tree for tools (highlighting, completion): every child
 * node of a node, found from its fields, so a new node kind is walked without a case here.
 */
import type { AstNode } from './ast.js';

export function forEachChild(node: AstNode, visit: (child: AstNode) => void): void {
  for (const key in node) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' && typeof (value as { pos?: unknown }).pos === 'number';
}
