/**
 * Where the cursor is, in completion terms: a command name, a parameter name, a parameter's
 * argument, a variable, a member, a type name, or (by default) a path. Reads the text before
 * the cursor only, as PowerShell completes what has been typed so far.
 */
import type { AstNode, CommandAst, CommandElementAst, ExpressionAst } from '../syntax/index.js';
import { parseScript } from '../syntax/index.js';
import { forEachChild } from '../syntax/walk.js';

interface Word {
  /** The typed text, quotes removed. */
  word: string;
  start: number;
  /** The quote the user opened, kept when the completion is written back. */
  quote?: string;
}

export type CompletionContext =
  | ({ kind: 'command' } & Word)
  | ({ kind: 'parameter'; command: CommandAst } & Word)
  | ({
      kind: 'argument';
      command: CommandAst;
      elementIndex: number;
      parameterName: string | undefined;
      /** The command before this one in its pipeline, whose output this one receives. */
      upstream: CommandAst | undefined;
    } & Word)
  | ({ kind: 'variable'; sigil: '$' | '@'; braced: boolean } & Word)
  | ({ kind: 'member'; variable: string; path: string[]; isStatic: false } & Word)
  | ({ kind: 'static'; typeName: string } & Word)
  | ({ kind: 'type' } & Word)
  | ({ kind: 'path' } & Word);

const MEMBER = /\$(\{[^}]*\}|[\p{L}\p{N}_:?]+)((?:\.[\p{L}\p{N}_]+)*)\.([\p{L}\p{N}_]*)$/u;
const VARIABLE = /([$@])(\{?)([\p{L}\p{N}_:?]*)$/u;
const STATIC = /\[([\p{L}\p{N}_.]+)\]::([\p{L}\p{N}_]*)$/u;
const TYPE = /(?:^|[^\p{L}\p{N}_\])])\[([\p{L}\p{N}_.]*)$/u;
/** Where a command may start: the input's start or after one of these (blanks skipped). */
const COMMAND_START = /(?:^|[|;{(&\n\r=]|\$\(|@\()[ \t]*$/;

export function completionContext(input: string, cursor: number): CompletionContext {
  const text = input.slice(0, cursor);
  const member = MEMBER.exec(text);
  if (member) {
    const variable = member[1]!.replace(/^\{|\}$/g, '');
    return { kind: 'member', variable, path: member[2] ? member[2].slice(1).split('.') : [], isStatic: false, word: member[3]!, start: cursor - member[3]!.length };
  }
  const variable = VARIABLE.exec(text);
  if (variable && !(variable[1] === '@' && variable[2] === '{')) {
    return { kind: 'variable', sigil: variable[1] as '$' | '@', braced: variable[2] === '{', word: variable[3]!, start: variable.index };
  }
  const staticMember = STATIC.exec(text);
  if (staticMember) return { kind: 'static', typeName: staticMember[1]!, word: staticMember[2]!, start: cursor - staticMember[2]!.length };
  const type = TYPE.exec(text);
  if (type) return { kind: 'type', word: type[1]!, start: cursor - type[1]!.length };

  const found = commandAt(parseScript(text).ast, cursor, text);
  if (found) return commandContext(found.command, found.upstream, cursor, text);

  const bare = /[^\s|;{}()&=,]*$/.exec(text)!;
  const before = text.slice(0, bare.index);
  if (COMMAND_START.test(before)) return { kind: 'command', word: bare[0], start: bare.index };
  return { kind: 'path', ...unquoted(bare[0], bare.index) };
}

/** The innermost command the cursor belongs to (it starts before the cursor and only blanks follow it), and the command feeding it. */
function commandAt(root: AstNode, cursor: number, text: string): { command: CommandAst; upstream: CommandAst | undefined } | undefined {
  let best: CommandAst | undefined;
  const upstreamOf = new Map<CommandAst, CommandAst>();
  const visit = (node: AstNode): void => {
    if (node.kind === 'Command' && node.pos <= cursor && /^[ \t]*$/.test(text.slice(node.end, cursor))) {
      if (!best || node.pos >= best.pos) best = node;
    }
    if (node.kind === 'Pipeline') {
      node.elements.forEach((e, i) => {
        const before = node.elements[i - 1];
        if (e.kind === 'Command' && before?.kind === 'Command') upstreamOf.set(e, before);
      });
    }
    forEachChild(node, visit);
  };
  visit(root);
  return best && { command: best, upstream: upstreamOf.get(best) };
}

function commandContext(command: CommandAst, upstream: CommandAst | undefined, cursor: number, text: string): CompletionContext {
  const atEnd = command.end === cursor;
  if (atEnd && command.elements.length === 0 && command.name.end === cursor && isBareword(command.name)) {
    return { kind: 'command', word: text.slice(command.name.pos, cursor), start: command.name.pos };
  }
  const last = command.elements[command.elements.length - 1];
  if (atEnd && last) {
    const index = command.elements.length - 1;
    if (last.kind === 'CommandParameter') {
      if (last.argument) return { kind: 'argument', command, upstream, elementIndex: index, parameterName: last.parameterName, ...argumentWord(last.argument, text) };
      return { kind: 'parameter', command, word: last.parameterName, start: last.pos };
    }
    if (isBareword(last) && /^[-\u2013\u2014\u2015]/.test(text.slice(last.pos, last.end))) {
      return { kind: 'parameter', command, word: text.slice(last.pos + 1, last.end), start: last.pos };
    }
    return { kind: 'argument', command, upstream, elementIndex: index, parameterName: undefined, ...argumentWord(last, text) };
  }
  return { kind: 'argument', command, upstream, elementIndex: command.elements.length, parameterName: undefined, word: '', start: cursor };
}

function isBareword(node: ExpressionAst | CommandElementAst): boolean {
  return (node.kind === 'StringConstantExpression' || node.kind === 'ExpandableStringExpression') && node.stringKind === 'bareword';
}

function argumentWord(node: ExpressionAst, text: string): Word {
  return unquoted(text.slice(node.pos, node.end), node.pos);
}

/** The typed word without its quotes (an unterminated quote is still the user's quote). */
function unquoted(raw: string, start: number): Word {
  const q = raw[0];
  if (q === "'" || q === '"') {
    const closed = raw.length > 1 && raw.endsWith(q);
    const inner = raw.slice(1, closed ? -1 : undefined);
    return { word: q === "'" ? inner.replace(/''/g, "'") : inner, start, quote: q };
  }
  return { word: raw.replace(/`(.)/g, '$1'), start };
}
