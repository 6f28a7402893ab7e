/**
 * The language's object model: an ordered bag of properties whose names are
 * case-insensitive (as PowerShell's are), plus the type names the formatter
 * uses to pick a view. Exchange objects, [pscustomobject] and
 * Select-Object output are all PSObjects.
 */
export interface PSNoteProperty {
  /** The name as first written; lookups ignore case. */
  name: string;
  value: unknown;
}

/** A method attached to an object (ScriptMethod-like): `this` is the object. */
export type PSMethod = (self: PSObject, args: unknown[]) => unknown;

export class PSObject {
  /** Most specific first, e.g. ['Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox', ...]. */
  typeNames: string[];
  private readonly props = new Map<string, PSNoteProperty>();
  private methods?: Map<string, { name: string; fn: PSMethod }>;

  constructor(properties?: Iterable<readonly [string, unknown]> | Record<string, unknown>, typeNames: string[] = ['System.Management.Automation.PSCustomObject', 'System.Object']) {
    this.typeNames = typeNames;
    if (properties) {
      const entries = Symbol.iterator in Object(properties)
        ? (properties as Iterable<readonly [string, unknown]>)
        : Object.entries(properties as Record<string, unknown>);
      for (const [k, v] of entries) this.set(k, v);
    }
  }

  has(name: string): boolean {
    return this.props.has(name.toLowerCase());
  }

  get(name: string): unknown {
    return this.props.get(name.toLowerCase())?.value;
  }

  /** Adds or replaces; a replaced property keeps its position and original spelling. */
  set(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const existing = this.props.get(key);
    if (existing) existing.value = value;
    else this.props.set(key, { name, value });
  }

  delete(name: string): boolean {
    return this.props.delete(name.toLowerCase());
  }

  /** Property names in order, as first spelled. */
  names(): string[] {
    return [...this.props.values()].map((p) => p.name);
  }

  properties(): PSNoteProperty[] {
    return [...this.props.values()];
  }

  get size(): number {
    return this.props.size;
  }

  addMethod(name: string, fn: PSMethod): void {
    (this.methods ??= new Map()).set(name.toLowerCase(), { name, fn });
  }

  getMethod(name: string): PSMethod | undefined {
    return this.methods?.get(name.toLowerCase())?.fn;
  }

  methodNames(): string[] {
    return this.methods ? [...this.methods.values()].map((m) => m.name) : [];
  }

  /** The most specific type name, e.g. for `Get-Member`'s TypeName line. */
  get typeName(): string {
    return this.typeNames[0] ?? 'System.Management.Automation.PSCustomObject';
  }
}
