/**
 * New-Object: a PSObject (with -Property notes) or any type the value layer
 * can construct with `[Type]::new(...)`: PSCredential, List[T], Hashtable,
 * DateTime, TimeSpan, Guid, Regex, SecureString. ArrayList is backed by
 * List[object], which behaves the same for scripts.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { PSObject } from '../values/psobject.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSList } from '../values/list.js';
import { resolveType } from '../values/types.js';
import { invokeStaticMethod } from '../values/statics.js';
import { setMember } from '../values/members.js';
import { PSRuntimeError } from '../values/errors.js';

const PS_OBJECT_NAMES = new Set([
  'psobject', 'system.management.automation.psobject', 'pscustomobject', 'system.management.automation.pscustomobject',
]);
const ARRAY_LIST_NAMES = new Set(['system.collections.arraylist', 'collections.arraylist', 'arraylist']);

const COMMAND_ID = 'Microsoft.PowerShell.Commands.NewObjectCommand';

function construct(ctx: CmdletContext, typeName: string, args: unknown[]): unknown {
  const lower = typeName.trim().toLowerCase();
  if (PS_OBJECT_NAMES.has(lower)) return new PSObject();
  if (ARRAY_LIST_NAMES.has(lower)) {
    const initial = args[0];
    return new PSList('System.Object', Array.isArray(initial) ? initial : []);
  }
  const type = resolveType(typeName);
  if (!type) {
    ctx.fail(`Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`, { category: 'InvalidType', errorId: `TypeNotFound,${COMMAND_ID}`, targetObject: typeName, exceptionType: 'System.Management.Automation.PSArgumentException' });
  }
  try {
    return invokeStaticMethod(type, 'new', args);
  } catch (e) {
    if (e instanceof PSRuntimeError && e.errorId === 'MethodNotFound') {
      ctx.fail(`A constructor was not found. Cannot find an appropriate constructor for type ${type.fullName}.`, { category: 'ObjectNotFound', errorId: `CannotFindAppropriateCtor,${COMMAND_ID}`, targetObject: typeName, exceptionType: 'System.Management.Automation.PSArgumentException' });
    }
    const inner = e instanceof Error ? e.message : String(e);
    const detail = /^Exception calling|^Cannot find an overload/.test(inner) ? inner : `Exception calling ".ctor" with "${args.length}" argument(s): "${inner}"`;
    ctx.fail(detail, { category: 'InvalidOperation', errorId: `ConstructorInvokedThrowException,${COMMAND_ID}`, targetObject: typeName, exceptionType: 'System.Management.Automation.MethodInvocationException' });
  }
}

function applyProperties(ctx: CmdletContext, target: unknown, properties: PSHashtable): void {
  for (const { key, value } of properties.entries()) {
    const name = String(key);
    if (target instanceof PSObject) {
      target.set(name, value);
      continue;
    }
    try {
      setMember(target, name, value);
    } catch {
      ctx.writeError(`The member "${name}" was not found for the specified .NET object.`, { category: 'InvalidOperation', errorId: `InvalidOperationException,${COMMAND_ID}`, targetObject: target, exceptionType: 'System.InvalidOperationException' });
    }
  }
}

export const newObject: CmdletDefinition = {
  name: 'New-Object',
  synopsis: 'Creates an instance of a .NET object.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'TypeName', type: 'string', position: 0, mandatory: true, description: 'Full or short name of the type to create.' },
    { name: 'ArgumentList', type: 'object', aliases: ['Args'], position: 1, description: 'Constructor arguments, as an array.' },
    { name: 'Property', type: 'hashtable', description: 'Property values to set on the new object.' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const raw = params['ArgumentList'];
        const args = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        const instance = construct(ctx, String(params['TypeName']), args);
        if (params['Property'] instanceof PSHashtable) applyProperties(ctx, instance, params['Property']);
        yield instance;
      },
    };
  },
};
