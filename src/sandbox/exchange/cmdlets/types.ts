import type { CallerIdentity } from '../../http/types.js';
import { badArgument, missingParameter } from '../errors.js';
import type { Obj } from '../model/mailbox.js';
import type { Tenant } from '../model/tenant.js';

/** A cmdlet's results: resumable from a position, so paging never regenerates skipped items. */
export interface Results {
  from(position: number): Iterable<[number, Obj]>;
}

export function arrayResults(items: readonly Obj[]): Results {
  return {
    *from(position) {
      for (let i = position; i < items.length; i++) yield [i, items[i]!];
    },
  };
}

export interface CmdletContext {
  tenant: Tenant;
  params: Params;
  caller: CallerIdentity;
  now: Date;
  warnings: string[];
}

export interface ServerCmdlet {
  name: string;
  /** Changes state: refused for read-only callers, honours -Confirm/-WhatIf validation calls. */
  write: boolean;
  run(ctx: CmdletContext): Results | Obj[] | Obj | void;
  /** Name of the target for the ShouldProcess text, from the parameters. */
  target?: (params: Params) => string;
}

/** Case-insensitive access to the `Parameters` object of a request. */
export class Params {
  private readonly map = new Map<string, [string, unknown]>();
  constructor(raw: Record<string, unknown> | undefined | null) {
    for (const [k, v] of Object.entries(raw ?? {})) if (!k.includes('@')) this.map.set(k.toLowerCase(), [k, v]);
  }
  names(): string[] {
    return [...this.map.values()].map(([k]) => k);
  }
  has(name: string): boolean {
    const v = this.map.get(name.toLowerCase());
    return v !== undefined && v[1] !== null && v[1] !== undefined;
  }
  /** Present even when null (e.g. `-ForwardingSmtpAddress $null`). */
  given(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  raw(name: string): unknown {
    return this.map.get(name.toLowerCase())?.[1];
  }
  string(name: string): string | undefined {
    const v = this.raw(name);
    if (v === null || v === undefined) return undefined;
    if (Array.isArray(v)) return v.map(String).join(',');
    return String(v);
  }
  required(name: string): string {
    const v = this.string(name);
    if (v === undefined || v === '') throw missingParameter(name);
    return v;
  }
  list(name: string): string[] | undefined {
    const v = this.raw(name);
    if (v === null || v === undefined) return undefined;
    if (Array.isArray(v)) return v.map(String);
    return String(v).split(',').map((s) => s.trim()).filter(Boolean);
  }
  bool(name: string): boolean | undefined {
    const v = this.raw(name);
    if (v === null || v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (/^(true|1|\$true)$/i.test(String(v))) return true;
    if (/^(false|0|\$false)$/i.test(String(v))) return false;
    throw badArgument(`Cannot process argument transformation on parameter '${name}'. Cannot convert value "${String(v)}" to type "System.Boolean".`);
  }
  switch(name: string): boolean {
    return this.bool(name) === true;
  }
  int(name: string): number | undefined {
    const v = this.raw(name);
    if (v === null || v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n)) throw badArgument(`Cannot process argument transformation on parameter '${name}'. Cannot convert value "${String(v)}" to type "System.Int32".`);
    return n;
  }
  date(name: string): Date | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(v) || !/T/.test(v) ? v : `${v}Z`);
    if (Number.isNaN(d.getTime())) throw badArgument(`Cannot process argument transformation on parameter '${name}'. Cannot convert value "${v}" to type "System.DateTime".`);
    return d;
  }
  /** `-ResultSize`: a positive number or `Unlimited` (default 1000). */
  resultSize(defaultSize = 1000): number {
    const v = this.string('ResultSize');
    if (v === undefined) return defaultSize;
    if (/^unlimited$/i.test(v)) return Infinity;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw badArgument(`Cannot process argument transformation on parameter 'ResultSize'. Cannot convert value "${v}" to type "Microsoft.Exchange.Data.Unlimited\`1[System.UInt32]".`);
    return n;
  }
}

/** Applies `@{Add=...; Remove=...}` or a replacement list to a multivalued property. */
export function editList(current: readonly string[], value: unknown): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const get = (k: string) => {
      const key = Object.keys(v).find((x) => x.toLowerCase() === k);
      const raw = key ? v[key] : undefined;
      return raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
    };
    const remove = new Set(get('remove').map((s) => s.toLowerCase()));
    const out = current.filter((x) => !remove.has(x.toLowerCase()));
    for (const a of get('add')) if (!out.some((x) => x.toLowerCase() === a.toLowerCase())) out.push(a);
    return out;
  }
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : String(value).split(',').map((s) => s.trim()).filter(Boolean);
}
