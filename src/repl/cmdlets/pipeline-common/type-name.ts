/**
 * The .NET type name of a value as PowerShell reports it (Select-Object's
 * `Selected.<type>`, Get-Member's TypeName, CSV #TYPE lines).
 */
import { PSHashtable } from '../../values/hashtable.js';
import { TimeSpan } from '../../values/timespan.js';
import { DateTime, PSObject } from './values.js';

export function typeNameOf(value: unknown): string {
  if (value instanceof PSObject) return value.typeName;
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return numberTypeName(value);
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof DateTime) return 'System.DateTime';
  if (value instanceof TimeSpan) return 'System.TimeSpan';
  if (value instanceof PSHashtable) return value.typeName;
  const named = value as { typeName?: unknown } | null;
  if (named && typeof named.typeName === 'string') return named.typeName;
  if (value && (value as object).constructor?.name === 'ScriptBlock') return 'System.Management.Automation.ScriptBlock';
  return 'System.Object';
}

/** Integral values are Int32 when they fit, else Int64; the rest Double (the value layer's convention). */
function numberTypeName(n: number): string {
  if (!Number.isInteger(n)) return 'System.Double';
  return n >= -2147483648 && n <= 2147483647 ? 'System.Int32' : 'System.Int64';
}
