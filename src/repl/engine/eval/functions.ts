/**
 * Functions, filters, `& { }` blocks and script files as commands: their
 * param() blocks become ParameterDefinitions for the shared binder, and an
 * instance runs begin/process/end in a new scope (or the caller's, when
 * dot-sourced) with parameters, $args, $input and $_ set.
 */
import { readFileSync } from 'node:fs';
import type { AttributeAst, FunctionDefinitionAst, ParameterAst, ScriptBlockAst } from '../../syntax/ast.js';
import type { CmdletDefinition, CmdletInstance, ParameterType } from '../../cmdlets/types.js';
import { parseScript } from '../../syntax/index.js';
import type { EngineParameter } from '../binder.js';
import { ReturnSignal } from '../errors/control-flow.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock, Source } from '../runtime.js';
import { Scope } from '../scope.js';
import { convertTo, newHashtable, hashtableSet, toBoolean, toPSString } from '../value-ops.js';
import { SwitchValue } from '../../values/convert.js';
import { PSObject } from '../../values/psobject.js';
import { execNamedBlock } from './statements.js';
import { evalExpr } from './expressions.js';
import type { StageContext } from './stage-context.js';
import { setIn } from './variables.js';
import { formatParseDiagnostics } from '../parse-errors.js';

export interface ScriptCommandOptions {
  name: string;
  body: ScriptBlockAst;
  parameters: ParameterAst[] | undefined;
  source: Source;
  isFilter: boolean;
  /** Where attribute arguments and defaults are evaluated from. */
  frame: Frame;
  /** A script file: its own script scope and $PSScriptRoot. */
  scriptPath?: string;
  /** Run in the caller's scope (`. ./lib.ps1`, `. { }`). */
  dotSource?: boolean;
  /** A closure's captured scope, used instead of the caller's as the parent. */
  closure?: Scope;
}

/** Extra facts the engine keeps about script-defined commands. */
export interface ScriptCommandDefinition extends CmdletDefinition {
  readonly script: { advanced: boolean; text: string };
}

/**
 * `function f {}` defines f in the current scope (so it is gone when that scope
 * ends); `function global:f` and `function script:f` pick the target scope.
 */
export function defineFunction(ast: FunctionDefinitionAst, frame: Frame): void {
  const m = /^(global|script|local|private):(.+)$/i.exec(ast.name);
  const name = m ? m[2]! : ast.name;
  const qualifier = m?.[1]!.toLowerCase();
  const target = qualifier === 'global' ? frame.scope.global() : qualifier === 'script' ? frame.scope.nearestScriptScope() : frame.scope;
  const def = scriptCommand({ name, body: ast.body, parameters: ast.parameters, source: frame.source, isFilter: ast.isFilter, frame });
  target.functionTable().set(name.toLowerCase(), { name, definition: def, text: ast.bodyText, isFilter: ast.isFilter });
}

export function scriptBlockCommand(block: ScriptBlock, frame: Frame, dotSource: boolean): ScriptCommandDefinition {
  return scriptCommand({ name: '', body: block.ast, parameters: undefined, source: block.source, isFilter: false, frame, dotSource, closure: block.closure });
}

export function scriptFileCommand(path: string, frame: Frame, dotSource = false): ScriptCommandDefinition {
  const text = readFileSync(path, 'utf8');
  const source = new Source(text, path);
  const { ast, diagnostics } = parseScript(text, path);
  if (diagnostics.length) {
    throw runtimeError(formatParseDiagnostics(diagnostics, source), { errorId: 'ParseException', category: 'ParserError', exceptionType: 'System.Management.Automation.ParseException' });
  }
  return scriptCommand({ name: path, body: ast, parameters: undefined, source, isFilter: false, frame, scriptPath: path, dotSource });
}

export function scriptCommand(o: ScriptCommandOptions): ScriptCommandDefinition {
  const params = o.parameters ?? o.body.paramBlock?.parameters ?? [];
  const binding = o.body.paramBlock?.attributes.find((a) => attrName(a) === 'cmdletbinding');
  const advanced = binding !== undefined || params.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && attrName(a) === 'parameter'));
  const definitions = params.map((p) => parameterDefinition(p, o.frame));
  const anyPosition = definitions.some((d) => d.position !== undefined);
  if (!anyPosition) {
    let next = 0;
    for (const d of definitions) if (d.type !== 'switch' && !d.valueFromRemainingArguments) d.position = next++;
  }
  const named = binding ? namedArgs(binding, o.frame) : {};
  const body = o.body;
  const def: ScriptCommandDefinition = {
    name: o.name,
    synopsis: '',
    parameters: definitions,
    defaultParameterSet: typeof named['defaultparametersetname'] === 'string' ? named['defaultparametersetname'] : undefined,
    supportsShouldProcess: toBoolean(named['supportsshouldprocess'] ?? false),
    script: { advanced, text: o.source.text.slice(body.pos, body.end) },
    create(ctx): CmdletInstance {
      const stage = ctx as StageContext;
      const caller = stage.frame;
      const scope = o.dotSource ? caller.scope : new Scope(o.closure ?? caller.scope, o.scriptPath !== undefined);
      const frame: Frame = { ...caller, scope, source: o.source, script: o.scriptPath ? { path: o.scriptPath } : caller.script, catchRecord: undefined };
      const bound = newHashtable(false);
      for (const d of definitions) {
        if (!ctx.boundNames.has(d.name)) continue;
        const value = d.type === 'switch' ? new SwitchValue(ctx.params[d.name] === true) : ctx.params[d.name];
        setIn(scope, d.name.toLowerCase(), d.name, value, d.typeName);
        hashtableSet(bound, d.name, value);
      }
      scope.define({ name: 'args', value: stage.unbound });
      scope.define({ name: 'PSBoundParameters', value: bound });
      // $PSCmdlet.ParameterSetName follows the set each pipeline item bound in.
      const psCmdlet = advanced ? new PSObject({ ParameterSetName: ctx.parameterSetName }, ['System.Management.Automation.PSScriptCmdlet', 'System.Management.Automation.PSCmdlet', 'System.Object']) : undefined;
      if (psCmdlet) {
        // ShouldProcess(target[, action]) answers through -WhatIf / -Confirm; the evaluator awaits it (pure.ts ASYNC_METHODS).
        psCmdlet.addMethod('ShouldProcess', (_self, args) => stage.shouldProcess(toPSString(args[0] ?? ''), args.length > 1 ? toPSString(args[1]) : o.name));
        scope.define({ name: 'PSCmdlet', value: psCmdlet });
      }
      if (advanced) applyCommonPreferences(ctx, scope);
      const processBlock = body.processBlock ?? (o.isFilter ? body.endBlock : undefined);
      const endBlock = o.isFilter ? undefined : body.endBlock;
      const input: unknown[] = [];
      const defaults = new Map<string, unknown>();
      // Parameters the previous item bound: pwsh restores their defaults before binding the next one.
      let fromLastItem: EngineParameter[] = [];
      return {
        begin: () => runBlock(async function* () {
          for (let i = 0; i < params.length; i++) {
            const d = definitions[i]!;
            if (ctx.boundNames.has(d.name)) continue;
            const p = params[i]!;
            const value = p.defaultValue ? await evalExpr(p.defaultValue, frame) : unboundValue(d);
            defaults.set(d.name, value);
            setIn(scope, d.name.toLowerCase(), d.name, value, d.typeName && value !== null ? d.typeName : undefined);
          }
          if (body.beginBlock) yield* execNamedBlock(body.beginBlock, frame);
        }),
        process: (itemParams, item) => {
          if (item.present) {
            input.push(item.value);
            for (const d of fromLastItem) if (!(d.name in itemParams)) setIn(scope, d.name.toLowerCase(), d.name, defaults.get(d.name) ?? null);
            fromLastItem = [];
            for (const d of definitions) {
              if (ctx.boundNames.has(d.name) || !(d.name in itemParams)) continue;
              setIn(scope, d.name.toLowerCase(), d.name, itemParams[d.name], d.typeName);
              hashtableSet(bound, d.name, itemParams[d.name]);
              fromLastItem.push(d);
            }
            psCmdlet?.set('ParameterSetName', ctx.parameterSetName);
          }
          if (!processBlock) return;
          scope.setDollarUnder(item.present ? item.value : null);
          return runBlock(() => execNamedBlock(processBlock, frame));
        },
        end: () => {
          if (!endBlock) return;
          scope.define({ name: 'input', value: input });
          return runBlock(() => execNamedBlock(endBlock, frame));
        },
      };
    },
  };
  return def;
}

/** An advanced function's common parameters become its local preference variables, as in pwsh. */
function applyCommonPreferences(ctx: { boundNames: ReadonlySet<string>; params: Record<string, unknown> }, scope: Scope): void {
  const set = (name: string, value: unknown) => scope.define({ name, value });
  if (ctx.boundNames.has('ErrorAction')) set('ErrorActionPreference', ctx.params['ErrorAction']);
  if (ctx.boundNames.has('WarningAction')) set('WarningPreference', ctx.params['WarningAction']);
  if (ctx.boundNames.has('InformationAction')) set('InformationPreference', ctx.params['InformationAction']);
  if (ctx.boundNames.has('Verbose')) set('VerbosePreference', ctx.params['Verbose'] === true ? 'Continue' : 'SilentlyContinue');
  if (ctx.boundNames.has('Debug')) set('DebugPreference', ctx.params['Debug'] === true ? 'Continue' : 'SilentlyContinue');
  if (ctx.boundNames.has('WhatIf')) set('WhatIfPreference', ctx.params['WhatIf'] === true);
}

/** `return` ends the block it is in. */
async function* runBlock(body: () => AsyncGenerator<unknown, void, undefined>): AsyncGenerator<unknown, void, undefined> {
  try {
    yield* body();
  } catch (e) {
    if (e instanceof ReturnSignal) return;
    throw e;
  }
}

function unboundValue(d: EngineParameter): unknown {
  if (d.type === 'switch') return new SwitchValue(false);
  if (!d.typeName) return null;
  const t = d.typeName.toLowerCase();
  if (t === 'string') return '';
  if (['int', 'long', 'double', 'int32', 'int64', 'decimal', 'byte'].includes(t)) return 0;
  if (t === 'bool') return false;
  return null;
}

function attrName(a: AttributeAst): string {
  return a.typeName.name.toLowerCase();
}

function namedArgs(a: AttributeAst, frame: Frame): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of a.namedArguments) out[n.argumentName.toLowerCase()] = constant(n.argument, frame);
  return out;
}

function constant(node: Parameters<typeof evalExpr>[0], frame: Frame): unknown {
  const v = evalExpr(node, frame);
  if (v instanceof Promise) throw runtimeError('Attribute arguments must be constants.', { errorId: 'ParameterAttributeArgumentNeedsToBeConstant', category: 'ParserError' });
  return v;
}

const CONTRACT_TYPES: Record<string, ParameterType> = {
  string: 'string', 'string[]': 'string[]', int: 'int', int32: 'int', 'int[]': 'int[]', long: 'long', int64: 'long',
  double: 'double', bool: 'bool', boolean: 'bool', switch: 'switch', switchparameter: 'switch', scriptblock: 'scriptblock',
  'scriptblock[]': 'scriptblock[]', hashtable: 'hashtable', datetime: 'datetime', timespan: 'timespan',
  securestring: 'securestring', pscredential: 'pscredential', 'object[]': 'object[]',
};

function parameterDefinition(p: ParameterAst, frame: Frame): EngineParameter {
  const d: EngineParameter = { name: p.name.name, type: 'object' };
  for (const a of p.attributes) {
    if (a.kind === 'TypeConstraint') {
      const t = a.typeName.name.toLowerCase().replace(/^system\./, '').replace(/^management\.automation\./, '');
      d.type = CONTRACT_TYPES[t] ?? 'object';
      if (d.type !== 'switch') d.typeName = a.typeName.name;
      continue;
    }
    const name = attrName(a);
    if (name === 'parameter') {
      const named = namedArgs(a, frame);
      if (named['mandatory'] !== undefined && toBoolean(named['mandatory'])) d.mandatory = typeof named['parametersetname'] === 'string' ? [named['parametersetname']] : true;
      if (named['position'] !== undefined) d.position = Number(convertTo(named['position'], 'int'));
      if (toBoolean(named['valuefrompipeline'] ?? false)) d.valueFromPipeline = true;
      if (toBoolean(named['valuefrompipelinebypropertyname'] ?? false)) d.valueFromPipelineByPropertyName = true;
      if (toBoolean(named['valuefromremainingarguments'] ?? false)) d.valueFromRemainingArguments = true;
      if (typeof named['parametersetname'] === 'string') d.parameterSets = [...(d.parameterSets ?? []), named['parametersetname']];
      if (typeof named['helpmessage'] === 'string') d.description = named['helpmessage'];
    } else if (name === 'alias') {
      d.aliases = a.positionalArguments.flatMap((x) => {
        const v = constant(x, frame);
        return Array.isArray(v) ? v.map(String) : [String(v)];
      });
    } else if (name === 'validateset') {
      d.validateSet = a.positionalArguments.flatMap((x) => {
        const v = constant(x, frame);
        return Array.isArray(v) ? v.map(String) : [String(v)];
      });
    } else if (name === 'validatenotnullorempty' || name === 'validatenotnull') {
      d.validateNotNullOrEmpty = true;
    }
  }
  return d;
}
