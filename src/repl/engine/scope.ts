/**
 * Variable scopes. A Scope is a map of variables plus a parent; function and
 * script-block calls push a child, dot-sourcing reuses the caller's. `$_` has
 * its own slot because it is set once per pipeline item and read constantly.
 * Functions are scoped the same way (about_Scopes: "functions ... are
 * available in the scope in which they are created and in child scopes").
 */
import type { FunctionInfo } from './runtime.js';

export interface PSVariable {
  /** Name as first written. */
  name: string;
  value: unknown;
  /** A type constraint from `[int]$x = ...` or a typed parameter; assignments convert to it. */
  typeName?: string;
  readOnly?: boolean;
  constant?: boolean;
  description?: string;
}

const NO_DOLLAR_UNDER = Symbol('no $_');

export class Scope {
  private vars: Map<string, PSVariable> | undefined;
  private fns: Map<string, FunctionInfo> | undefined;
  private dollarUnder: unknown = NO_DOLLAR_UNDER;

  constructor(
    readonly parent: Scope | undefined,
    /** A script file's (or the global) scope: the target of `$script:`. */
    readonly isScriptScope = false,
  ) {}

  /** This scope's own variable, by lower-cased name. */
  own(key: string): PSVariable | undefined {
    return this.vars?.get(key);
  }

  /** Nearest visible variable, by lower-cased name. */
  lookup(key: string): PSVariable | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars?.get(key);
      if (v) return v;
    }
    return undefined;
  }

  /** Defines or replaces a variable in this scope. */
  define(variable: PSVariable): PSVariable {
    (this.vars ??= new Map()).set(variable.name.toLowerCase(), variable);
    return variable;
  }

  remove(key: string): boolean {
    return this.vars?.delete(key) ?? false;
  }

  ownVariables(): PSVariable[] {
    return this.vars ? [...this.vars.values()] : [];
  }

  /** Every visible variable, nearest definition of each name winning. */
  visibleVariables(): PSVariable[] {
    const seen = new Map<string, PSVariable>();
    for (let s: Scope | undefined = this; s; s = s.parent) {
      for (const [k, v] of s.vars ?? []) if (!seen.has(k)) seen.set(k, v);
    }
    return [...seen.values()];
  }

  /** This scope's own functions, by lower-cased name (created on first use). */
  functionTable(): Map<string, FunctionInfo> {
    return (this.fns ??= new Map());
  }

  /** Nearest visible function, by lower-cased name. */
  lookupFunction(key: string): FunctionInfo | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const f = s.fns?.get(key);
      if (f) return f;
    }
    return undefined;
  }

  /** Every visible function, nearest definition of each name winning. */
  visibleFunctions(): FunctionInfo[] {
    const seen = new Map<string, FunctionInfo>();
    for (let s: Scope | undefined = this; s; s = s.parent) {
      for (const [k, f] of s.fns ?? []) if (!seen.has(k)) seen.set(k, f);
    }
    return [...seen.values()];
  }

  setDollarUnder(value: unknown): void {
    this.dollarUnder = value;
  }

  /** `$_` / `$PSItem`: the nearest scope that has one. */
  getDollarUnder(): unknown {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      if (s.dollarUnder !== NO_DOLLAR_UNDER) return s.dollarUnder;
      const v = s.vars?.get('_');
      if (v) return v.value;
    }
    return null;
  }

  nearestScriptScope(): Scope {
    let s: Scope = this;
    while (!s.isScriptScope && s.parent) s = s.parent;
    return s;
  }

  global(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }
}
