/**
 * A System.Type value: what `[int]` evaluates to and what GetType() returns.
 * Prints as its full name; `.Name`, `.FullName`, `.BaseType` work.
 */
import { resolveType, registerValueType, TYPES, type PSTypeInfo } from './types.js';

export class PSTypeObject {
  constructor(readonly info: PSTypeInfo) {}

  static of(info: PSTypeInfo): PSTypeObject {
    return new PSTypeObject(info);
  }

  get name(): string { return this.info.name; }
  get fullName(): string { return this.info.fullName; }
  get namespace(): string { return this.info.fullName.slice(0, Math.max(0, this.info.fullName.lastIndexOf('.'))); }

  get baseType(): PSTypeObject | null {
    const base = this.info.baseType;
    if (!base) return null;
    const info = resolveType(base) ?? { name: base.slice(base.lastIndexOf('.') + 1), fullName: base, kind: 'object' as const, baseType: 'System.Object' };
    return new PSTypeObject(info);
  }

  get isArray(): boolean { return this.info.kind === 'array' && this.info !== TYPES.array; }
  get isValueType(): boolean { return this.info.baseType === 'System.ValueType' || this.info.baseType === 'System.Enum'; }

  /** Property lookup for member access (lower-case name). */
  property(name: string): { found: boolean; value?: unknown } {
    switch (name) {
      case 'name': return { found: true, value: this.name };
      case 'fullname': return { found: true, value: this.fullName };
      case 'namespace': return { found: true, value: this.namespace };
      case 'basetype': return { found: true, value: this.baseType };
      case 'isarray': return { found: true, value: this.isArray };
      case 'isvaluetype': return { found: true, value: this.isValueType };
      case 'ispublic': case 'isserializable': return { found: true, value: true };
      case 'isenum': return { found: true, value: this.info.kind === 'enum' };
      case 'isclass': return { found: true, value: !this.isValueType };
      case 'assemblyqualifiedname': return { found: true, value: `${this.fullName}, System.Private.CoreLib` };
      case 'underlyingsystemtype': return { found: true, value: this };
      default: return { found: false };
    }
  }

  toString(): string { return this.fullName; }
}

registerValueType({
  test: (v) => v instanceof PSTypeObject,
  typeNames: ['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'],
});
