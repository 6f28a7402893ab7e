/**
 * Reading and writing variables: scope qualifiers ($script:, $global:,
 * $local:, $env:, $variable:), automatic variables, and type-constrained
 * variables. Names are lower-cased once per AST node, not per access.
 */
import { basename, dirname } from 'node:path';
import type { VariableExpressionAst } from '../../syntax/ast.js';
import type { Frame } from '../runtime.js';
import { pathInfo } from '../runtime.js';
import { PSObject } from '../../values/psobject.js';
import type { Scope } from '../scope.js';
import { runtimeError } from '../errors/error-record.js';
import { convertTo } from '../value-ops.js';

type Special = 'true' | 'false' | 'null' | 'dollarUnder' | 'status' | 'pwd' | 'scriptRoot' | 'commandPath' | 'myInvocation' | undefined;

interface ResolvedName {
  key: string;
  name: string;
  scope: VariableExpressionAst['scope'];
  special: Special;
}

const resolved = new WeakMap<VariableExpressionAst, ResolvedName>();

const SPECIALS: Record<string, Special> = {
  true: 'true', false: 'false', null: 'null', _: 'dollarUnder', psitem: 'dollarUnder', '?': 'status',
  pwd: 'pwd', psscriptroot: 'scriptRoot', pscommandpath: 'commandPath', myinvocation: 'myInvocation',
};

export function resolveName(node: VariableExpressionAst): ResolvedName {
  let r = resolved.get(node);
  if (!r) {
    const key = node.name.toLowerCase();
    const special = node.scope === undefined || node.scope === 'local' || node.scope === 'global' || node.scope === 'script' ? SPECIALS[key] : undefined;
    r = { key, name: node.name, scope: node.scope, special };
    resolved.set(node, r);
  }
  return r;
}

export function readVariable(node: VariableExpressionAst, frame: Frame): unknown {
  const r = resolveName(node);
  if (r.special) return readSpecial(r.special, frame);
  if (r.scope === 'env') return process.env[r.name] ?? null;
  const v = lookupIn(r, frame.scope);
  return v === undefined ? null : v.value;
}

/** Whether a variable exists (for strict checks and Get-Variable). */
export function variableExists(name: string, scope: Scope): boolean {
  return scope.lookup(name.toLowerCase()) !== undefined;
}

function lookupIn(r: ResolvedName, scope: Scope) {
  switch (r.scope) {
    case 'global': return scope.global().own(r.key);
    case 'script': return scope.nearestScriptScope().lookup(r.key);
    case 'local': case 'private': return scope.own(r.key);
    default: return scope.lookup(r.key);
  }
}

function readSpecial(special: NonNullable<Special>, frame: Frame): unknown {
  switch (special) {
    case 'true': return true;
    case 'false': return false;
    case 'null': return null;
    case 'dollarUnder': return frame.scope.getDollarUnder();
    case 'status': return frame.engine.lastStatus;
    case 'pwd': return pathInfo(frame.engine.cwd);
    case 'scriptRoot': return frame.script.path ? dirname(frame.script.path) : '';
    case 'commandPath': return frame.script.path ?? '';
    case 'myInvocation': return myInvocation(frame);
  }
}

/** A minimal $MyInvocation: what scripts read to find themselves. */
function myInvocation(frame: Frame): PSObject {
  const path = frame.script.path;
  const name = path ? basename(path) : '';
  const command = new PSObject({ Name: name, Path: path ?? null, Definition: path ?? '', CommandType: path ? 'ExternalScript' : 'Script' });
  command.addMethod('ToString', () => name);
  return new PSObject({
    MyCommand: command, ScriptName: path ?? '', InvocationName: name, PSScriptRoot: path ? dirname(path) : '', PSCommandPath: path ?? '',
    Line: '', ScriptLineNumber: 0,
  }, ['System.Management.Automation.InvocationInfo', 'System.Object']);
}

/** Assigns `$name = value` (with the node's qualifier) in the right scope, converting to a type constraint. */
export function writeVariable(node: VariableExpressionAst, frame: Frame, value: unknown, typeName?: string): void {
  const r = resolveName(node);
  if (r.special === 'true' || r.special === 'false' || r.special === 'null' || r.special === 'status' || r.special === 'pwd') {
    if (r.special === 'null') return; // `$null = ...` discards
    throw runtimeError(`Cannot overwrite variable ${r.name} because it is read-only or constant.`, { errorId: 'VariableNotWritable', category: 'WriteError', exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException' });
  }
  if (r.special === 'dollarUnder') {
    frame.scope.setDollarUnder(value);
    return;
  }
  if (r.scope === 'env') {
    if (value === null || value === undefined || value === '') delete process.env[r.name];
    else process.env[r.name] = String(value);
    return;
  }
  const target = r.scope === 'global' ? frame.scope.global() : r.scope === 'script' ? frame.scope.nearestScriptScope() : frame.scope;
  setIn(target, r.key, r.name, value, typeName);
}

export function setIn(target: Scope, key: string, name: string, value: unknown, typeName?: string): void {
  const existing = target.own(key);
  if (existing) {
    if (existing.readOnly || existing.constant) {
      throw runtimeError(`Cannot overwrite variable ${existing.name} because it is read-only or constant.`, { errorId: 'VariableNotWritable', category: 'WriteError', exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException' });
    }
    if (typeName) existing.typeName = typeName;
    existing.value = existing.typeName ? convertTo(value, existing.typeName) : value;
    return;
  }
  target.define({ name, value: typeName ? convertTo(value, typeName) : value, typeName });
}

/** `$variable:name` reads and Get-Variable share this: a name possibly with a scope prefix. */
export function splitQualified(name: string): { scope: string | undefined; name: string } {
  const m = /^(global|script|local|private|env|variable):(.*)$/i.exec(name);
  return m ? { scope: m[1]!.toLowerCase(), name: m[2]! } : { scope: undefined, name };
}

export function scriptNameOf(path: string | undefined): string {
  return path ? basename(path) : '';
}
