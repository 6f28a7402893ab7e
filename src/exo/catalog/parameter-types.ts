import type { ParameterType } from '../../repl/cmdlets/types.js';

/**
 * Maps documented Exchange types and the module's PowerShell type literals to
 * the binder's types. Exchange's own types (identity parameters,
 * MultiValuedProperty, enums…) bind as objects and the service validates them,
 * as the generated module's `[object]` parameters do.
 */
const TYPES: Record<string, ParameterType> = {
  string: 'string', 'system.string': 'string',
  'string[]': 'string[]', 'system.string[]': 'string[]',
  switchparameter: 'switch', switch: 'switch',
  boolean: 'bool', 'system.boolean': 'bool', bool: 'bool',
  int32: 'int', int: 'int', int16: 'int', 'system.int32': 'int',
  int64: 'long', long: 'long', uint32: 'long',
  datetime: 'datetime', 'system.datetime': 'datetime',
  securestring: 'securestring',
  pscredential: 'pscredential',
  hashtable: 'hashtable',
  unlimited: 'unlimited-int',
  'object[]': 'object[]',
};

export function parameterType(name: string, type: string): ParameterType {
  // The generated module types -ResultSize as [object]; it still takes only a number or Unlimited.
  if (name.toLowerCase() === 'resultsize') return 'unlimited-int';
  return TYPES[type.toLowerCase()] ?? (type.endsWith('[]') ? 'object[]' : 'object');
}
