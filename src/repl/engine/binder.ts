/**
 * The parameter binder, shared by cmdlets and functions: named, `-Name:value`,
 * switches, unique-prefix abbreviation, aliases, positional arguments,
 * parameter sets, type conversion, validation, and per-item pipeline binding
 * by value and by property name. Messages are pwsh's.
 */
import type { CmdletDefinition, ParameterDefinition } from '../cmdlets/types.js';
import { PSObject } from '../values/psobject.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS, isCommonParameter } from './common-parameters.js';
import { ErrorRecord, RuntimeError } from './errors/error-record.js';
import { ScriptBlock } from './runtime.js';
import { PSHashtable } from '../values/hashtable.js';

/** An evaluated command-line element. */
export type BinderArg =
  | { kind: 'param'; name: string; hasValue: boolean; value?: unknown; text: string; splatted?: boolean }
  | { kind: 'value'; value: unknown };

/** A ParameterDefinition plus what a function's param() block can say that the contract's types cannot. */
export interface EngineParameter extends ParameterDefinition {
  /** A .NET-style type name (`int`, `string[]`, `System.IO.FileInfo`) when more precise than `type`. */
  typeName?: string;
}

export interface BinderOptions {
  /** Converts a value to the parameter's type; throws an Error with the conversion message. */
  convert(value: unknown, param: EngineParameter): unknown;
  /** Whether the command takes common parameters (cmdlets and advanced functions). */
  common: boolean;
  /** Simple functions put what binds nowhere into $args instead of failing. */
  unboundToArgs: boolean;
  /** 'Cannot bind parameter' for cmdlets, 'Cannot process argument transformation on parameter' for functions. */
  isFunction: boolean;
}

export interface CommandLineBinding {
  params: Record<string, unknown>;
  boundNames: Set<string>;
  /** Candidate parameter sets, best first. */
  sets: string[];
  /** Mandatory parameters still unbound, after allowing for pipeline input. */
  missingMandatory: EngineParameter[];
  /** What went to $args (simple functions) or a remaining-arguments parameter. */
  unbound: unknown[];
  /** Per-item binding plan, filled in on first use. */
  plan?: PipelinePlan;
  /** The parameter set the last pipeline item bound in. */
  itemSet?: string;
}

interface PipelinePlan {
  byValue: EngineParameter[];
  byProperty: EngineParameter[];
  takesInput: boolean;
  /** Mandatory parameters the command line left unbound: each item must bind them. */
  mandatoryLeft: EngineParameter[];
  scratch?: Record<string, unknown>;
  /** The command line left several sets and they differ in pipeline parameters: each item picks its own set. */
  perItemSets: boolean;
}

const ALL_SETS = '__AllParameterSets';
const EMPTY: string[] = [];

export class Binder {
  readonly parameters: EngineParameter[];
  private readonly allSets: string[];

  constructor(readonly def: CmdletDefinition, readonly options: BinderOptions) {
    const own = def.parameters as EngineParameter[];
    this.parameters = options.common
      ? [...own, ...COMMON_PARAMETERS, ...(def.supportsShouldProcess ? SHOULD_PROCESS_PARAMETERS : [])]
      : own;
    const sets = new Set<string>();
    for (const p of own) for (const s of p.parameterSets ?? []) sets.add(s);
    this.allSets = sets.size ? [...sets] : [def.defaultParameterSet ?? ALL_SETS];
  }

  /** `expectingInput`: pipeline input will arrive, so mandatory pipeline parameters may wait for it. */
  bindCommandLine(args: BinderArg[], expectingInput: boolean): CommandLineBinding {
    const params: Record<string, unknown> = {};
    const boundNames = new Set<string>();
    const positional: unknown[] = [];
    const unbound: unknown[] = [];
    const splatBound = new Set<string>();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.kind === 'value') {
        positional.push(arg.value);
        continue;
      }
      const param = this.resolveName(arg.name);
      if (!param) {
        if (this.options.unboundToArgs || this.remainingParameter()) {
          unbound.push(arg.text);
          if (arg.hasValue) unbound.push(arg.value);
          continue;
        }
        throw bindingError(`A parameter cannot be found that matches parameter name '${arg.name}'.`, 'NamedParameterNotFound', this.def.name);
      }
      let value: unknown;
      if (arg.hasValue) value = arg.value;
      else if (param.type === 'switch') value = true;
      else {
        const next = args[i + 1];
        if (!next || next.kind !== 'value') {
          throw bindingError(`Missing an argument for parameter '${param.name}'. Specify a parameter of type '${dotNetTypeName(param)}' and try again.`, 'MissingArgument', this.def.name);
        }
        value = next.value;
        i++;
      }
      // A parameter written out explicitly overrides the same one from a splatted hashtable.
      if (splatBound.has(param.name) && !arg.splatted) {
        splatBound.delete(param.name);
        boundNames.delete(param.name);
      } else if (arg.splatted && boundNames.has(param.name) && !splatBound.has(param.name)) {
        continue;
      }
      if (boundNames.has(param.name)) {
        throw bindingError(`Cannot bind parameter because parameter '${param.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, 'ParameterAlreadyBound', this.def.name);
      }
      params[param.name] = this.coerce(value, param);
      boundNames.add(param.name);
      if (arg.splatted) splatBound.add(param.name);
    }

    let sets = this.candidateSets(boundNames);
    if (sets.length === 0) throw ambiguousSet(this.def.name);
    this.bindPositional(positional, params, boundNames, sets, unbound);
    sets = this.candidateSets(boundNames);
    if (sets.length === 0) throw ambiguousSet(this.def.name);
    sets = this.rankSets(sets, boundNames, expectingInput);

    // The remaining-arguments parameter of a set the binding can still be in.
    const remaining = this.parameters.find((p) => p.valueFromRemainingArguments && sets.some((s) => this.inSet(p, s)));
    if (remaining && unbound.length && !boundNames.has(remaining.name)) {
      const rest = unbound.splice(0);
      params[remaining.name] = this.coerce(rest.length === 1 ? rest[0] : rest, remaining);
      boundNames.add(remaining.name);
    }
    return { params, boundNames, sets, missingMandatory: this.missing(sets[0]!, boundNames, expectingInput), unbound };
  }

  /** Binds one pipeline object; returns the parameters for this item (command-line ones included) and sets line.itemSet. */
  bindPipelineItem(line: CommandLineBinding, item: unknown): Record<string, unknown> {
    const plan = (line.plan ??= this.pipelinePlan(line));
    if (plan.perItemSets) return this.bindItemInSets(line, plan, item);
    // With only by-value parameters the merged record differs per item in one key: reuse it.
    const merged: Record<string, unknown> = plan.byProperty.length === 0 ? (plan.scratch ??= { ...line.params }) : { ...line.params };
    let any = false;
    let boundByValue: string | undefined;
    for (const p of plan.byValue) {
      try {
        merged[p.name] = this.coerce(item, p);
        boundByValue = p.name;
        any = true;
        break;
      } catch {
        // Try the next way of binding this object, as pwsh does.
      }
    }
    let bound: string[] = boundByValue ? [boundByValue] : EMPTY;
    if (plan.byProperty.length && (item instanceof PSObject || isPlainRecord(item))) {
      if (bound === EMPTY) bound = [];
      for (const p of plan.byProperty) {
        if (p.name === boundByValue) continue;
        const found = propertyOf(item, [p.name, ...(p.aliases ?? [])]);
        if (!found.present) continue;
        merged[p.name] = this.coerce(found.value, p);
        bound.push(p.name);
        any = true;
      }
    }
    if (plan.takesInput && !any) throw inputNotBound(this.def.name, item);
    if (plan.mandatoryLeft.length) {
      const missing = plan.mandatoryLeft.filter((p) => !bound.includes(p.name));
      if (missing.length) throw inputMissingMandatory(missing, this.def.name, item);
    }
    line.itemSet = line.sets[0];
    return merged;
  }

  /**
   * pwsh's per-object binding when parameter sets are still open: four passes (by value
   * without conversion, by property name without conversion, then both with conversion),
   * the default set's parameters first; every parameter bound narrows the sets the object
   * can still be in, and the set left (or the default among those left) is this item's.
   */
  private bindItemInSets(line: CommandLineBinding, plan: PipelinePlan, item: unknown): Record<string, unknown> {
    const merged: Record<string, unknown> = { ...line.params };
    const boundNow = new Set(line.boundNames);
    let valid = line.sets;
    let byValueBound = false;
    const hasProperties = item instanceof PSObject || isPlainRecord(item);
    for (const convert of [false, true]) {
      for (const p of plan.byValue) {
        if (byValueBound || !valid.some((s) => this.inSet(p, s)) || (!convert && !needsNoConversion(item, p))) continue;
        try {
          merged[p.name] = this.coerce(item, p);
        } catch {
          continue;
        }
        byValueBound = true;
        boundNow.add(p.name);
        valid = valid.filter((s) => this.inSet(p, s));
      }
      if (!hasProperties) continue;
      for (const p of plan.byProperty) {
        if (boundNow.has(p.name) || !valid.some((s) => this.inSet(p, s))) continue;
        const found = propertyOf(item, [p.name, ...(p.aliases ?? [])]);
        if (!found.present || (!convert && !needsNoConversion(found.value, p))) continue;
        merged[p.name] = this.coerce(found.value, p);
        boundNow.add(p.name);
        valid = valid.filter((s) => this.inSet(p, s));
      }
    }
    if (boundNow.size === line.boundNames.size) throw inputNotBound(this.def.name, item);
    const satisfied = valid.filter((s) => this.missing(s, boundNow, false).length === 0);
    const pool = satisfied.length ? satisfied : valid;
    const preferred = this.def.defaultParameterSet;
    const set = preferred && pool.includes(preferred) ? preferred : pool.length === 1 ? pool[0]! : undefined;
    if (!set) throw ambiguousSet(this.def.name);
    const missing = this.missing(set, boundNow, false);
    if (missing.length) throw inputMissingMandatory(missing, this.def.name, item);
    line.itemSet = set;
    return merged;
  }

  /** What per-item binding needs, worked out once per command invocation. */
  private pipelinePlan(line: CommandLineBinding): PipelinePlan {
    const inSets = (p: EngineParameter) => !p.parameterSets || p.parameterSets.length === 0 || p.parameterSets.some((s) => line.sets.includes(s));
    const open = this.parameters.filter((p) => !line.boundNames.has(p.name) && inSets(p));
    const preferred = this.def.defaultParameterSet;
    // The default set's parameters are tried first, as pwsh does.
    const byRank = (a: EngineParameter, b: EngineParameter) => (preferred ? Number(!this.inSet(a, preferred)) - Number(!this.inSet(b, preferred)) : 0);
    const byValue = open.filter((p) => p.valueFromPipeline).sort(byRank);
    const byProperty = open.filter((p) => p.valueFromPipelineByPropertyName).sort(byRank);
    const perItemSets = line.sets.length > 1 && [...byValue, ...byProperty].some((p) => !line.sets.every((s) => this.inSet(p, s)));
    return {
      byValue,
      byProperty,
      takesInput: this.parameters.some((p) => (p.valueFromPipeline || p.valueFromPipelineByPropertyName) && inSets(p)),
      mandatoryLeft: this.missing(line.sets[0]!, line.boundNames, false),
      perItemSets,
    };
  }

  /** Converts and validates a value for a parameter, with pwsh's messages on failure. */
  coerce(value: unknown, param: EngineParameter): unknown {
    let converted: unknown;
    try {
      converted = this.options.convert(value, param);
    } catch (e) {
      const inner = e instanceof RuntimeError ? e.record.message : e instanceof Error ? e.message : String(e);
      const head = this.options.isFunction ? 'Cannot process argument transformation on parameter' : 'Cannot bind parameter';
      throw bindingError(`${head} '${param.name}'. ${inner}`, this.options.isFunction ? 'ParameterArgumentTransformationError' : 'CannotConvertArgumentNoMessage', this.def.name, 'InvalidArgument', undefined, 'System.Management.Automation.ParameterBindingArgumentTransformationException');
    }
    validate(converted, param, this.def.name);
    return converted;
  }

  resolveName(name: string): EngineParameter | undefined {
    const lower = name.toLowerCase();
    for (const p of this.parameters) {
      if (p.name.toLowerCase() === lower || p.aliases?.some((a) => a.toLowerCase() === lower)) return p;
    }
    const matches = this.parameters.filter((p) => p.name.toLowerCase().startsWith(lower) || p.aliases?.some((a) => a.toLowerCase().startsWith(lower)));
    if (matches.length > 1) {
      // Prefer the command's own parameters over common ones when only they are ambiguous with each other.
      const own = matches.filter((p) => !isCommonParameter(p.name));
      if (own.length === 1) return own[0];
      throw bindingError(`Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches.map((p) => `-${p.name}`).join(' ')}.`, 'AmbiguousParameter', this.def.name);
    }
    return matches[0];
  }

  private remainingParameter(): EngineParameter | undefined {
    return this.parameters.find((p) => p.valueFromRemainingArguments);
  }

  private inSet(p: EngineParameter, set: string): boolean {
    return !p.parameterSets || p.parameterSets.length === 0 || p.parameterSets.includes(set) || set === ALL_SETS;
  }

  private candidateSets(bound: Set<string>): string[] {
    return this.allSets.filter((set) => [...bound].every((n) => {
      const p = this.parameters.find((q) => q.name === n);
      return !p || this.inSet(p, set);
    }));
  }

  /**
   * Positional arguments fill positions in order. When parameters of different sets share a
   * position, the one whose type the value already has wins (a script block goes to
   * -FilterScript, not -Property), then the default set's; sets narrow as parameters bind.
   */
  private bindPositional(values: unknown[], params: Record<string, unknown>, bound: Set<string>, sets: string[], unbound: unknown[]): void {
    if (values.length === 0) return;
    const positions = [...new Set(this.parameters.filter((p) => p.position !== undefined && !p.valueFromRemainingArguments).map((p) => p.position!))].sort((a, b) => a - b);
    let next = 0;
    let candidates = sets;
    for (const value of values) {
      let chosen: EngineParameter | undefined;
      while (next < positions.length && !chosen) {
        const at = positions[next++]!;
        const group = this.parameters
          .filter((p) => p.position === at && !p.valueFromRemainingArguments && !bound.has(p.name) && candidates.some((s) => this.inSet(p, s)))
          .sort((a, b) => this.setRank(a, candidates) - this.setRank(b, candidates));
        chosen = group.find((p) => exactType(value, p)) ?? group[0];
      }
      if (!chosen) {
        if (this.options.unboundToArgs || this.remainingParameter()) {
          unbound.push(value);
          continue;
        }
        throw bindingError(`A positional parameter cannot be found that accepts argument '${argText(value)}'.`, 'PositionalParameterNotFound', this.def.name, 'InvalidArgument', value);
      }
      params[chosen.name] = this.coerce(value, chosen);
      bound.add(chosen.name);
      const narrowed = candidates.filter((s) => this.inSet(chosen!, s));
      if (narrowed.length) candidates = narrowed;
    }
  }

  /** Parameters of the default set win a shared position. */
  private setRank(p: EngineParameter, sets: string[]): number {
    const preferred = this.def.defaultParameterSet;
    if (!preferred || !sets.includes(preferred)) return 0;
    return this.inSet(p, preferred) ? 0 : 1;
  }

  /** Orders candidate sets: those whose mandatory parameters are satisfied, the default first. */
  private rankSets(sets: string[], bound: Set<string>, expectingInput: boolean): string[] {
    if (sets.length === 1) return sets;
    const satisfied = sets.filter((s) => this.missing(s, bound, expectingInput).length === 0);
    const pool = satisfied.length ? satisfied : sets;
    const preferred = this.def.defaultParameterSet;
    if (preferred && pool.includes(preferred)) return [preferred, ...sets.filter((s) => s !== preferred)];
    if (pool.length === 1 || satisfied.length === 0) return [...pool, ...sets.filter((s) => !pool.includes(s))];
    if (preferred && sets.includes(preferred)) return [preferred, ...sets.filter((s) => s !== preferred)];
    if (expectingInput) return pool;
    throw ambiguousSet(this.def.name);
  }

  private missing(set: string, bound: Set<string>, allowPipeline: boolean): EngineParameter[] {
    return this.parameters.filter((p) => {
      if (bound.has(p.name) || !this.inSet(p, set)) return false;
      const mandatory = p.mandatory === true || (Array.isArray(p.mandatory) && p.mandatory.includes(set));
      if (!mandatory) return false;
      const fromPipeline = p.valueFromPipeline || p.valueFromPipelineByPropertyName;
      return !(allowPipeline && fromPipeline);
    });
  }
}

export function missingMandatory(missing: EngineParameter[], command: string): RuntimeError {
  return bindingError(`Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`, 'MissingMandatoryParameter', command);
}

function inputNotBound(command: string, item: unknown): RuntimeError {
  return bindingError('The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.', 'InputObjectNotBound', command, 'InvalidArgument', item);
}

/** pwsh lists the names each with a leading space, hence the double space after the colon. */
function inputMissingMandatory(missing: EngineParameter[], command: string, item: unknown): RuntimeError {
  return bindingError(`The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: ${missing.map((p) => ` ${p.name}`).join('')}`, 'InputObjectMissingMandatory', command, 'InvalidArgument', item);
}

function ambiguousSet(command: string): RuntimeError {
  return bindingError('Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', 'AmbiguousParameterSet', command);
}

function validate(value: unknown, param: EngineParameter, command: string): void {
  if (param.validateNotNullOrEmpty) {
    const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && (value.length === 0 || value.some((v) => v === null || v === undefined || v === '')));
    if (empty) {
      throw bindingError(`Cannot validate argument on parameter '${param.name}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`, 'ParameterArgumentValidationError', command, 'InvalidData', undefined, 'System.Management.Automation.ParameterBindingValidationException');
    }
  }
  if (param.validateSet && value !== null && value !== undefined) {
    const allowed = param.validateSet.map((s) => s.toLowerCase());
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!allowed.includes(String(v).toLowerCase())) {
        throw bindingError(`Cannot validate argument on parameter '${param.name}'. The argument "${String(v)}" does not belong to the set "${param.validateSet.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`, 'ParameterArgumentValidationError', command, 'InvalidData', undefined, 'System.Management.Automation.ParameterBindingValidationException');
      }
    }
  }
}

export function bindingError(message: string, id: string, command: string, category = 'InvalidArgument', target?: unknown, exceptionType = 'System.Management.Automation.ParameterBindingException'): RuntimeError {
  return new RuntimeError(new ErrorRecord({ message, errorId: `${id},${command}`, category, targetObject: target, exceptionType }));
}

const DOTNET_NAMES: Record<string, string> = {
  object: 'System.Object', 'object[]': 'System.Object[]', string: 'System.String', 'string[]': 'System.String[]',
  int: 'System.Int32', 'int[]': 'System.Int32[]', long: 'System.Int64', double: 'System.Double', bool: 'System.Boolean',
  switch: 'System.Management.Automation.SwitchParameter', scriptblock: 'System.Management.Automation.ScriptBlock',
  'scriptblock[]': 'System.Management.Automation.ScriptBlock[]', hashtable: 'System.Collections.Hashtable',
  datetime: 'System.DateTime', timespan: 'System.TimeSpan', securestring: 'System.Security.SecureString',
  pscredential: 'System.Management.Automation.PSCredential', 'unlimited-int': 'Microsoft.Exchange.Data.Unlimited`1[System.UInt32]',
};

export function dotNetTypeName(param: EngineParameter): string {
  if (param.typeName) return DOTNET_NAMES[param.typeName.toLowerCase()] ?? param.typeName;
  return DOTNET_NAMES[param.type] ?? 'System.Object';
}

/** The first binding passes take only values that need no conversion: any value for an untyped parameter. */
function needsNoConversion(value: unknown, p: EngineParameter): boolean {
  const t = (p.typeName ?? p.type).toLowerCase();
  return t === 'object' || t === 'psobject' || t === 'system.object' || t === 'system.management.automation.psobject' || exactType(value, p);
}

/** Whether a value already is of the parameter's type (no conversion needed). */
function exactType(value: unknown, p: EngineParameter): boolean {
  const t = (p.typeName ?? p.type).toLowerCase();
  const base = t.endsWith('[]') ? t.slice(0, -2) : t;
  const v = Array.isArray(value) && t.endsWith('[]') ? value[0] : value;
  switch (base) {
    case 'scriptblock': return v instanceof ScriptBlock;
    case 'string': return typeof v === 'string';
    case 'int': case 'long': case 'double': return typeof v === 'number';
    case 'bool': case 'switch': return typeof v === 'boolean';
    case 'hashtable': return v instanceof PSHashtable;
    default: return false;
  }
}

function argText(value: unknown): string {
  if (Array.isArray(value)) return value.map(argText).join(' ');
  return value === null || value === undefined ? '' : String(value);
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function propertyOf(item: unknown, names: string[]): { present: boolean; value?: unknown } {
  if (item instanceof PSObject) {
    for (const n of names) if (item.has(n)) return { present: true, value: item.get(n) };
    return { present: false };
  }
  const rec = item as Record<string, unknown>;
  for (const n of names) {
    const key = Object.keys(rec).find((k) => k.toLowerCase() === n.toLowerCase());
    if (key !== undefined) return { present: true, value: rec[key] };
  }
  return { present: false };
}
